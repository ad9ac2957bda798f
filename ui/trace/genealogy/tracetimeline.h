#pragma once

#include <QTreeWidget>

namespace Taktline {

class TraceTreeModel;

// The timeline beside the genealogy tree: every node that happened at a moment, in time
// order, under a heading per day. Selecting an entry tells which tree node it is.
class TraceTimeline final : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn };

    explicit TraceTimeline(QWidget *parent = nullptr);

    // Rebuilds the entries from MODEL's nodes (those with a time).
    void setTrace(const TraceTreeModel *model);
    // Selects the entry of NODE_ID without emitting nodeSelected; clears the selection when
    // the node has no time.
    void selectNode(int nodeId);
    int selectedNode() const; // -1: none
    // The node ids of the entries from top to bottom, and the day headings' texts.
    QList<int> nodesInOrder() const;
    QStringList dayHeadings() const;

signals:
    void nodeSelected(int nodeId);
    void nodeActivated(int nodeId);

private:
    QTreeWidgetItem *entryOf(int nodeId) const;
    QString dayHeading(const QDate &day) const;
    bool m_quiet = false;
};

} // namespace Taktline
