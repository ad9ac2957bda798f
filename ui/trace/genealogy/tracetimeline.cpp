#include "trace/genealogy/tracetimeline.h"

#include "common/lists/wrappedtextdelegate.h"
#include "item/palette.h"
#include "item/trace/tracetext.h"
#include "item/trace/tracetreemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace Taktline {

namespace {

constexpr int NodeIdRole = Qt::UserRole + 1;

} // namespace

TraceTimeline::TraceTimeline(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("traceTimeline"));
    setColumnCount(2);
    setHeaderLabels({tr("Time"), tr("Event")});
    setRootIsDecorated(false);
    setIndentation(0);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setExpandsOnDoubleClick(false);
    setTextElideMode(Qt::ElideRight);
    // An event wraps rather than cut: the timeline is narrow beside the tree on a tablet.
    WrappedTextDelegate::install(this, EventColumn, 2);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_quiet)
            return;
        if (const int id = selectedNode(); id >= 0)
            emit nodeSelected(id);
    });
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const QVariant id = item->data(TimeColumn, NodeIdRole); id.isValid())
            emit nodeActivated(id.toInt());
    });
}

QString TraceTimeline::dayHeading(const QDate &day) const
{
    // "2026-11-23 Monday" in the user's language, as a heading above the day's entries.
    return day.toString(Qt::ISODate) + QLatin1Char(' ') +
           QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat);
}

void TraceTimeline::setTrace(const TraceTreeModel *model)
{
    const QScopedValueRollback quiet(m_quiet, true);
    clear();
    QList<int> timed;
    for (int id = 0; id < model->nodeCount(); ++id) {
        if (model->node(id)->atMs > 0)
            timed.append(id);
    }
    std::stable_sort(timed.begin(), timed.end(),
                     [model](int a, int b) { return model->node(a)->atMs < model->node(b)->atMs; });
    QDate currentDay;
    for (const int id : std::as_const(timed)) {
        const TraceNode &node = *model->node(id);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(node.atMs);
        if (at.date() != currentDay) {
            currentDay = at.date();
            auto *day = new QTreeWidgetItem(this);
            day->setText(TimeColumn, dayHeading(currentDay));
            day->setFirstColumnSpanned(true);
            day->setFlags(Qt::ItemIsEnabled);
            QFont bold = font();
            bold.setBold(true);
            day->setFont(TimeColumn, bold);
            day->setForeground(TimeColumn, Palette::AccentText);
            day->setBackground(TimeColumn, Palette::HeaderFill);
        }
        const bool problem = TraceText::isProblem(node);
        auto *entry = new QTreeWidgetItem(this);
        entry->setData(TimeColumn, NodeIdRole, id);
        entry->setText(TimeColumn, at.toString(QStringLiteral("HH:mm")));
        entry->setText(EventColumn, node.title);
        entry->setIcon(EventColumn, TraceText::kindIcon(TraceText::kindKey(node), problem));
        entry->setToolTip(EventColumn, TraceText::kindName(TraceText::kindKey(node)) +
                                           QStringLiteral(": ") + node.title);
        if (problem) {
            entry->setForeground(TimeColumn, Palette::Red);
            entry->setForeground(EventColumn, Palette::Red);
        }
    }
}

QTreeWidgetItem *TraceTimeline::entryOf(int nodeId) const
{
    for (int row = 0; row < topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = topLevelItem(row);
        if (item->data(TimeColumn, NodeIdRole) == QVariant(nodeId))
            return item;
    }
    return nullptr;
}

void TraceTimeline::selectNode(int nodeId)
{
    const QScopedValueRollback quiet(m_quiet, true);
    QTreeWidgetItem *entry = entryOf(nodeId);
    clearSelection();
    if (!entry)
        return;
    setCurrentItem(entry);
    scrollToItem(entry);
}

int TraceTimeline::selectedNode() const
{
    const QList<QTreeWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return -1;
    const QVariant id = items.constFirst()->data(TimeColumn, NodeIdRole);
    return id.isValid() ? id.toInt() : -1;
}

QList<int> TraceTimeline::nodesInOrder() const
{
    QList<int> ids;
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (const QVariant id = topLevelItem(row)->data(TimeColumn, NodeIdRole); id.isValid())
            ids.append(id.toInt());
    }
    return ids;
}

QStringList TraceTimeline::dayHeadings() const
{
    QStringList days;
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (!topLevelItem(row)->data(TimeColumn, NodeIdRole).isValid())
            days.append(topLevelItem(row)->text(TimeColumn));
    }
    return days;
}

} // namespace Taktline
