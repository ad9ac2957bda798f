#include "formats/report/xlsxtableexporter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>

namespace Taktline {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

double XlsxTableExporter::displayWidth(QStringView text)
{
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x1100 ? 2.0 : 1.0;
    return width;
}

QString XlsxTableExporter::safeSheetName(const QString &name)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString safe = name;
    safe.replace(forbidden, QStringLiteral("_"));
    safe = safe.trimmed();
    if (safe.isEmpty())
        safe = QStringLiteral("Sheet1");
    return safe.left(31);
}

void XlsxTableExporter::fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

Outcome XlsxTableExporter::exportModel(const QAbstractItemModel &model, const QString &path,
                                       const QString &sheetName, const QList<int> &modelColumns)
{
    const int rows = model.rowCount();
    QList<int> source = modelColumns;
    if (source.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            source.append(c);
    }
    const int columns = int(source.size());
    if (columns == 0)
        return Outcome::failure(tr("There is nothing to export."));

    const QString partPath = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(partPath);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook)
        return Outcome::failure(tr("Could not create %1.").arg(QDir::toNativeSeparators(path)));
    const QByteArray sheetUtf8 = safeSheetName(sheetName).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE7F0);
    format_set_bottom(header, LXW_BORDER_THIN);

    // Widths first: in constant-memory mode rows are streamed and cannot be revisited.
    QList<double> widths(columns, 6.0);
    for (int c = 0; c < columns; ++c)
        widths[c] = std::max(
            widths[c], displayWidth(model.headerData(source.at(c), Qt::Horizontal).toString()) + 2);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c],
                                 displayWidth(model.index(r, source.at(c)).data().toString()) + 2);
    }
    for (int c = 0; c < columns; ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             std::min(widths.at(c), 60.0), nullptr);
    }

    for (int c = 0; c < columns; ++c) {
        const QByteArray text = model.headerData(source.at(c), Qt::Horizontal).toString().toUtf8();
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), text.constData(), header);
    }
    for (int r = 0; r < rows; ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (int c = 0; c < columns; ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const QModelIndex index = model.index(r, source.at(c));
            const QVariant value = index.data(Qt::DisplayRole);
            if (isNumber(value)) {
                worksheet_write_number(sheet, row, col, value.toDouble(), nullptr);
            } else if (const QVariant check = index.data(Qt::CheckStateRole); check.isValid()) {
                worksheet_write_boolean(sheet, row, col, check.toInt() == Qt::Checked, nullptr);
            } else if (!value.toString().isEmpty()) {
                const QByteArray text = value.toString().toUtf8();
                worksheet_write_string(sheet, row, col, text.constData(), nullptr);
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(std::max(rows, 1)),
                         static_cast<lxw_col_t>(columns - 1));

    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partPath);
        return Outcome::failure(
            tr("Could not save %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partPath);
        return Outcome::failure(tr("Could not replace %1. If it is open in Excel, close it and "
                                   "export again.")
                                    .arg(QDir::toNativeSeparators(path)));
    }
    if (!QFile::rename(partPath, path)) {
        return Outcome::failure(tr("Could not save %1.").arg(QDir::toNativeSeparators(path)));
    }
    return Outcome::success();
}

} // namespace Taktline
