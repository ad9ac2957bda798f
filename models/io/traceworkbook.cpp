#include "io/traceworkbook.h"

#include "formats/report/xlsxtableexporter.h"
#include "item/trace/tracetext.h"

#include <QStandardItemModel>

namespace Taktline {

void TraceWorkbook::fill(QStandardItemModel &table, const TraceNode &root)
{
    table.clear();
    table.setColumnCount(ColumnCount);
    table.setHorizontalHeaderLabels({tr("Level"), tr("Kind"), tr("Code"), tr("What"), tr("When"),
                                     tr("Employee"), tr("Machine"), tr("Quantity"), tr("Result"),
                                     tr("Customer"), tr("Material"), tr("Supplier"),
                                     tr("Supplier lot")});
    for (const auto &[node, depth] : TraceText::rows(root)) {
        QList<QStandardItem *> row;
        auto *level = new QStandardItem;
        level->setData(depth, Qt::DisplayRole); // a number cell, to filter or sort on in Excel
        row << level;
        row << new QStandardItem(TraceText::kindName(TraceText::kindKey(*node)));
        row << new QStandardItem(TraceText::shownCode(*node));
        // Two spaces per level, so the tree still reads as a tree in the sheet.
        row << new QStandardItem(QString(depth * 2, QLatin1Char(' ')) + node->title);
        row << new QStandardItem(TraceText::timeText(node->atMs));
        row << new QStandardItem(TraceText::employee(*node));
        row << new QStandardItem(TraceText::machine(*node));
        auto *quantity = new QStandardItem;
        quantity->setData(TraceText::quantity(*node), Qt::DisplayRole);
        row << quantity;
        row << new QStandardItem(TraceText::result(*node));
        row << new QStandardItem(TraceText::customer(*node));
        row << new QStandardItem(TraceText::material(*node));
        row << new QStandardItem(TraceText::supplier(*node));
        row << new QStandardItem(TraceText::supplierLot(*node));
        table.appendRow(row);
    }
}

Outcome TraceWorkbook::write(const TraceNode &root, TraceDirection direction, const QString &path)
{
    QStandardItemModel table;
    fill(table, root);
    //: Sheet name of a trace export: the direction and the code traced.
    const QString sheet = tr("%1 %2").arg(TraceText::directionName(direction), root.code);
    return XlsxTableExporter::exportModel(table, path, sheet);
}

} // namespace Taktline
