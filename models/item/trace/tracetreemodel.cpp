#include "item/trace/tracetreemodel.h"

#include "item/palette.h"
#include "item/trace/tracetext.h"

#include <QBrush>
#include <QFont>

namespace Taktline {

TraceTreeModel::TraceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TraceTreeModel::setTrace(TraceNode root)
{
    beginResetModel();
    m_entries.clear();
    m_root = std::move(root);
    addEntry(*m_root, -1, 0);
    endResetModel();
}

void TraceTreeModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_root.reset();
    endResetModel();
}

int TraceTreeModel::addEntry(const TraceNode &node, int parent, int row)
{
    const int id = int(m_entries.size());
    m_entries.append({&node, parent, row, {}});
    int childRow = 0;
    for (const TraceNode &child : node.children) {
        const int childId = addEntry(child, id, childRow++);
        m_entries[id].children.append(childId);
    }
    return id;
}

const TraceNode *TraceTreeModel::node(int nodeId) const
{
    return nodeId >= 0 && nodeId < m_entries.size() ? m_entries.at(nodeId).node : nullptr;
}

int TraceTreeModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? int(index.internalId()) : -1;
}

QModelIndex TraceTreeModel::indexOfNode(int nodeId, int column) const
{
    if (nodeId < 0 || nodeId >= m_entries.size())
        return {};
    return createIndex(m_entries.at(nodeId).row, column, quintptr(nodeId));
}

QModelIndex TraceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_entries.isEmpty() ? createIndex(0, column, quintptr(0))
                                                : QModelIndex();
    const Entry &entry = m_entries.at(nodeId(parent));
    if (row >= entry.children.size())
        return {};
    return createIndex(row, column, quintptr(entry.children.at(row)));
}

QModelIndex TraceTreeModel::parent(const QModelIndex &child) const
{
    const int id = nodeId(child);
    if (id <= 0)
        return {};
    return indexOfNode(m_entries.at(id).parent);
}

int TraceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_entries.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_entries.at(nodeId(parent)).children.size());
}

int TraceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void TraceTreeModel::setCompactTimes(bool compact)
{
    if (compact == m_compactTimes)
        return;
    emit layoutAboutToBeChanged();
    m_compactTimes = compact;
    emit layoutChanged(); // every row's time changes its width; no row moves
}

QVariant TraceTreeModel::displayData(const TraceNode &node, int column) const
{
    switch (column) {
    case TitleColumn:
        return node.title;
    case CodeColumn:
        return TraceText::shownCode(node);
    case TimeColumn:
        return m_compactTimes ? TraceText::shortTimeText(node.atMs)
                              : TraceText::timeText(node.atMs);
    case EmployeeColumn:
        return TraceText::who(node);
    case MachineColumn:
        return TraceText::machine(node);
    case QuantityColumn:
        return TraceText::quantityText(node);
    case ResultColumn:
        return TraceText::result(node);
    default:
        return {};
    }
}

QVariant TraceTreeModel::data(const QModelIndex &index, int role) const
{
    const TraceNode *n = node(nodeId(index));
    if (!n)
        return {};
    const bool problem = TraceText::isProblem(*n);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*n, index.column());
    case Qt::ToolTipRole: {
        QString tip = TraceText::kindName(TraceText::kindKey(*n)) + QStringLiteral(": ") + n->title;
        if (const QString result = TraceText::result(*n); !result.isEmpty())
            tip += QStringLiteral("\n") + result;
        if (m_compactTimes && n->atMs > 0)
            tip += QStringLiteral("\n") + TraceText::timeText(n->atMs);
        if (!TraceText::drillCode(*n).isEmpty())
            tip += QStringLiteral("\n") +
                   tr("Double-click to trace %1.").arg(TraceText::drillCode(*n));
        return tip;
    }
    case Qt::DecorationRole:
        return index.column() == TitleColumn
                   ? QVariant(TraceText::kindIcon(TraceText::kindKey(*n), problem))
                   : QVariant();
    case Qt::ForegroundRole:
        if (problem)
            return QBrush(Palette::Red);
        if (TraceText::isVoided(*n))
            return QBrush(Palette::Disabled);
        return {};
    case Qt::FontRole: {
        if (!problem && index.column() != TitleColumn && nodeId(index) != 0)
            return {};
        QFont font;
        font.setBold(problem || nodeId(index) == 0);
        font.setStrikeOut(TraceText::isVoided(*n));
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() == QuantityColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case NodeIdRole:
        return nodeId(index);
    case KindRole:
        return TraceText::kindKey(*n);
    case DrillCodeRole:
        return TraceText::drillCode(*n);
    case ProblemRole:
        return problem;
    case AtMsRole:
        return n->atMs;
    default:
        return {};
    }
}

QVariant TraceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("What");
    case CodeColumn:
        return tr("Code");
    case TimeColumn:
        return tr("When");
    case EmployeeColumn:
        return tr("Who");
    case MachineColumn:
        return tr("Machine");
    case QuantityColumn:
        return tr("Quantity");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace Taktline
