#include "io/wageworkbook.h"

#include "formats/report/xlsxtableexporter.h"
#include "item/reports/wagetotalsmodel.h"

#include <QConcatenateTablesProxyModel>
#include <QDir>
#include <QFileInfo>
#include <QStandardItemModel>

namespace Taktline {

namespace {

QStandardItem *numberItem(const QVariant &value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole); // stays a number: a real number cell in Excel
    return item;
}

} // namespace

QString WageWorkbook::linesPath(const QString &totalsPath)
{
    const QFileInfo info(totalsPath);
    return info.dir().filePath(tr("%1 (lines)").arg(info.completeBaseName()) +
                               QStringLiteral(".xlsx"));
}

Outcome WageWorkbook::write(QAbstractItemModel &totals, const WageTotal &grandTotal,
                            const QAbstractItemModel &lines, const QString &period,
                            const QString &path)
{
    QStandardItemModel totalRow(1, WageTotalsModel::ColumnCount);
    totalRow.setItem(0, WageTotalsModel::NameColumn, new QStandardItem(tr("Total")));
    totalRow.setItem(0, WageTotalsModel::GoodColumn, numberItem(grandTotal.good));
    totalRow.setItem(0, WageTotalsModel::AmountColumn, numberItem(grandTotal.amount));
    totalRow.setItem(0, WageTotalsModel::UnpricedColumn, numberItem(grandTotal.unpricedReports));
    totalRow.setItem(0, WageTotalsModel::UnapprovedColumn,
                     numberItem(grandTotal.unapprovedReports));
    QConcatenateTablesProxyModel sheet;
    sheet.addSourceModel(&totals); // as the table shows it: sorted the same, total row last
    sheet.addSourceModel(&totalRow);
    if (Outcome done = XlsxTableExporter::exportModel(sheet, path, tr("Wages %1").arg(period));
        !done)
        return done;
    return XlsxTableExporter::exportModel(lines, linesPath(path), tr("Lines %1").arg(period));
}

} // namespace Taktline
