#pragma once

#include "domain/trace/trace.h"

#include <QAbstractItemModel>

#include <optional>

namespace Taktline {

// A genealogy tree (TraceNode) as a read-only tree model: one row per node with its title,
// code, time, who, machine, quantity and result. Nodes are numbered in TraceNode::flatten()
// order (the root is 0), so the timeline and the exports can point at the same node.
class TraceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CodeColumn,
        TimeColumn,
        EmployeeColumn,
        MachineColumn,
        QuantityColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { NodeIdRole = Qt::UserRole + 1, KindRole, DrillCodeRole, ProblemRole, AtMsRole };

    explicit TraceTreeModel(QObject *parent = nullptr);

    void setTrace(TraceNode root);
    void clear();
    bool isEmpty() const { return !m_root.has_value(); }
    const TraceNode *root() const { return m_root ? &*m_root : nullptr; }
    int nodeCount() const { return int(m_entries.size()); }
    const TraceNode *node(int nodeId) const;
    int nodeId(const QModelIndex &index) const; // -1 for an invalid index
    QModelIndex indexOfNode(int nodeId, int column = TitleColumn) const;
    // Times without the year ("11-23 08:15") for a narrow tree; the tooltip keeps the whole.
    void setCompactTimes(bool compact);
    bool compactTimes() const { return m_compactTimes; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        const TraceNode *node = nullptr;
        int parent = -1; // entry id, -1 for the root
        int row = 0;     // among its parent's children
        QList<int> children;
    };
    int addEntry(const TraceNode &node, int parent, int row);
    QVariant displayData(const TraceNode &node, int column) const;

    std::optional<TraceNode> m_root;
    QList<Entry> m_entries;
    bool m_compactTimes = false;
};

} // namespace Taktline
