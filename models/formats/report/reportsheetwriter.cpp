#include "formats/report/reportsheetwriter.h"

#include "formats/report/reportformats.h"
#include "formats/report/xlsxtableexporter.h"

#include <QDateTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr int ProgressEvery = 2000;
constexpr double MaxWidth = 60;
constexpr qsizetype MaxCellText = 32767; // Excel's limit for one cell
// Rows a sheet holds, less the header and the totals row.
constexpr qint64 MaxDataRows = 1048576 - 2;

bool isNumber(int typeId)
{
    switch (typeId) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

// A number QVariant's value without a conversion through QVariant's general machinery.
double numberOf(const QVariant &value)
{
    const void *data = value.constData();
    switch (value.typeId()) {
    case QMetaType::Int:
        return *static_cast<const int *>(data);
    case QMetaType::LongLong:
        return double(*static_cast<const qlonglong *>(data));
    case QMetaType::Double:
        return *static_cast<const double *>(data);
    default:
        return value.toDouble();
    }
}

bool isSummable(ReportColumnKind kind)
{
    return kind == ReportColumnKind::Integer || kind == ReportColumnKind::Decimal ||
           kind == ReportColumnKind::Percent || kind == ReportColumnKind::Hours;
}

// The width a number takes as its column's format shows it.
double numberWidth(double number, const ReportColumn &column)
{
    const int decimals = std::clamp(column.decimals, 0, 10);
    switch (column.kind) {
    case ReportColumnKind::Integer:
    case ReportColumnKind::Decimal: {
        const int places = column.kind == ReportColumnKind::Integer ? 0 : decimals;
        const double digits = std::floor(std::log10(std::max(std::fabs(number), 1.0))) + 1;
        return digits + std::floor((digits - 1) / 3) + (places > 0 ? places + 1 : 0) +
               (number < 0 ? 1 : 0);
    }
    case ReportColumnKind::Percent:
        return double(QString::number(number * 100, 'f', decimals).size() + 1);
    case ReportColumnKind::Date:
        return 10;
    case ReportColumnKind::DateTime:
        return 16;
    default:
        return double(QString::number(number, 'f', decimals).size());
    }
}

lxw_datetime excelDateTime(const QDate &date, const QTime &time)
{
    lxw_datetime value{};
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hour = time.hour();
    value.min = time.minute();
    value.sec = time.second() + time.msec() / 1000.0;
    return value;
}

QByteArray columnRange(int column, qint64 firstRow, qint64 lastRow)
{
    QByteArray letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(char('A' + (c - 1) % 26));
    return letters + QByteArray::number(firstRow + 1) + ':' + letters +
           QByteArray::number(lastRow + 1);
}

} // namespace

bool ReportSheetWriter::Progress::step()
{
    ++written;
    if (written % ProgressEvery == 0)
        return finish();
    return !cancelled;
}

bool ReportSheetWriter::Progress::finish()
{
    if (callback && reported != written) {
        reported = written;
        cancelled = cancelled || !callback(written, expected);
    }
    return !cancelled;
}

ReportSheetWriter::ReportSheetWriter(ReportFormats &formats, const ReportSheet &sheet,
                                     lxw_worksheet *worksheet)
    : m_formats(formats)
    , m_sheet(sheet)
    , m_worksheet(worksheet)
    , m_utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    ReportColumn date;
    date.kind = ReportColumnKind::Date;
    m_dateFormat = formats.cell(date);
    date.kind = ReportColumnKind::DateTime;
    m_dateTimeFormat = formats.cell(date);
    for (const ReportColumn &column : sheet.columns) {
        Column written;
        written.kind = column.kind;
        written.format = formats.cell(column);
        written.width = std::max(6.0, XlsxTableExporter::displayWidth(column.header) +
                                          3); // + the filter button
        m_columns.push_back(written);
    }
}

Outcome ReportSheetWriter::write(Progress &progress, const Page &page)
{
    const int columns = int(m_columns.size());
    // Widths first: in constant-memory mode a written row cannot be revisited.
    QList<QVariantList> firstRows;
    QVariantList values;
    bool more = m_sheet.rows != nullptr;
    while (more && firstRows.size() < WidthRows) {
        values.clear();
        more = m_sheet.rows->next(values);
        if (more)
            firstRows.append(values);
    }
    judgeWidths(firstRows);

    for (int c = 0; c < columns; ++c) {
        // A blank header cell is shaded like the others.
        lxw_format *header = m_formats.header(m_sheet.columns.at(c));
        worksheet_write_blank(m_worksheet, 0, lxw_col_t(c), header);
        writeText(0, quint16(c), m_sheet.columns.at(c).header, header);
    }
    for (const QVariantList &row : std::as_const(firstRows)) {
        if (Outcome written = writeRow(row); !written || !progress.step())
            return written;
    }
    firstRows.clear();
    while (more) {
        values.clear();
        more = m_sheet.rows->next(values);
        if (!more)
            break;
        if (Outcome written = writeRow(values); !written || !progress.step())
            return written;
    }

    if (columns > 0) {
        // Before the totals row: in constant-memory mode a range must end in the current row.
        worksheet_freeze_panes(m_worksheet, 1, 0);
        worksheet_autofilter(m_worksheet, 0, 0, lxw_row_t(m_rows), lxw_col_t(columns - 1));
    }
    quint32 next = quint32(m_rows) + 1;
    if (m_rows == 0) {
        writeText(next++, 0, tr("No data for this period."), m_formats.note());
    } else if (m_sheet.totalsRow && columns > 0) {
        writeTotals(next++);
    }
    if (!m_sheet.notes.isEmpty())
        ++next; // a blank row between the table and its notes
    for (const QString &note : m_sheet.notes)
        writeText(next++, 0, note, m_formats.note());

    setUpPrinting(page);
    return Outcome::success();
}

void ReportSheetWriter::judgeWidths(const QList<QVariantList> &rows)
{
    const int columns = int(m_columns.size());
    for (const QVariantList &row : rows) {
        for (int c = 0; c < std::min(columns, int(row.size())); ++c) {
            const QVariant &value = row.at(c);
            double width = 0;
            if (isNumber(value.typeId()))
                width = numberWidth(numberOf(value), m_sheet.columns.at(c));
            else if (value.typeId() == QMetaType::QDate)
                width = 10;
            else if (value.typeId() == QMetaType::QDateTime)
                width = m_columns[c].kind == ReportColumnKind::Date ? 10 : 16;
            else if (value.isValid())
                width = XlsxTableExporter::displayWidth(value.toString());
            m_columns[c].width = std::max(m_columns[c].width, width + 2);
        }
    }
    for (int c = 0; c < columns; ++c) {
        // A total is wider than the rows it adds up.
        const double width =
            m_sheet.columns.at(c).summed ? m_columns[c].width + 2 : m_columns[c].width;
        worksheet_set_column(m_worksheet, lxw_col_t(c), lxw_col_t(c), std::min(width, MaxWidth),
                             nullptr);
    }
}

Outcome ReportSheetWriter::writeRow(const QVariantList &values)
{
    if (m_rows >= MaxDataRows) {
        return Outcome::failure(tr("The sheet %1 has more rows than an Excel sheet can hold "
                                   "(%2). Choose a shorter period.")
                                    .arg(m_sheet.name)
                                    .arg(MaxDataRows));
    }
    ++m_rows;
    const auto row = quint32(m_rows);
    const int count = std::min(int(m_columns.size()), int(values.size()));
    for (int c = 0; c < count; ++c)
        writeCell(row, quint16(c), values.at(c));
    return Outcome::success();
}

void ReportSheetWriter::writeCell(quint32 row, quint16 column, const QVariant &value)
{
    Column &target = m_columns[column];
    const int type = value.typeId();
    if (isNumber(type)) {
        const double number = numberOf(value);
        if (!std::isfinite(number))
            return;
        worksheet_write_number(m_worksheet, row, column, number, target.format);
        target.sum += number;
        return;
    }
    switch (type) {
    case QMetaType::UnknownType:
        return; // a null QVariant: an empty cell
    case QMetaType::QString:
        writeText(row, column, *static_cast<const QString *>(value.constData()), nullptr);
        return;
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return;
        if (date.year() < 1900) { // before Excel's first day: as text
            writeText(row, column, date.toString(Qt::ISODate), nullptr);
            return;
        }
        lxw_datetime when = excelDateTime(date, QTime(0, 0));
        const bool ownFormat =
            target.kind == ReportColumnKind::Date || target.kind == ReportColumnKind::DateTime;
        worksheet_write_datetime(m_worksheet, row, column, &when,
                                 ownFormat ? target.format : m_dateFormat);
        return;
    }
    case QMetaType::QDateTime: {
        QDateTime dateTime = value.toDateTime();
        if (!dateTime.isValid())
            return;
        if (dateTime.timeSpec() != Qt::LocalTime)
            dateTime = dateTime.toLocalTime();
        if (dateTime.date().year() < 1900) {
            writeText(row, column, dateTime.toString(Qt::ISODate), nullptr);
            return;
        }
        const bool dateOnly = target.kind == ReportColumnKind::Date;
        lxw_datetime when =
            excelDateTime(dateTime.date(), dateOnly ? QTime(0, 0) : dateTime.time());
        lxw_format *format = dateOnly || target.kind == ReportColumnKind::DateTime
                                 ? target.format
                                 : m_dateTimeFormat;
        worksheet_write_datetime(m_worksheet, row, column, &when, format);
        return;
    }
    case QMetaType::Bool:
        worksheet_write_boolean(m_worksheet, row, column, value.toBool() ? 1 : 0, nullptr);
        return;
    default:
        writeText(row, column, value.toString(), nullptr);
        return;
    }
}

void ReportSheetWriter::writeText(quint32 row, quint16 column, QStringView text, lxw_format *format)
{
    if (text.isEmpty())
        return;
    text = text.left(MaxCellText);
    const auto needed = size_t(m_utf8.requiredSpace(text.size())) + 1;
    if (m_text.size() < needed)
        m_text.resize(needed);
    char *end = m_utf8.appendToBuffer(m_text.data(), text);
    *end = '\0';
    worksheet_write_string(m_worksheet, row, column, m_text.data(), format);
}

void ReportSheetWriter::writeTotals(quint32 row)
{
    const int columns = int(m_columns.size());
    const qint64 last = m_rows; // 0-based row of the last data row
    bool labelWritten = false;
    for (int c = 0; c < columns; ++c) {
        const ReportColumn &column = m_sheet.columns.at(c);
        lxw_format *format = m_formats.total(column);
        const bool ratio = column.ratioOf.has_value() && column.ratioOf->first >= 0 &&
                           column.ratioOf->first < columns && column.ratioOf->second >= 0 &&
                           column.ratioOf->second < columns;
        if (ratio) {
            const auto [numerator, denominator] = *column.ratioOf;
            const QByteArray formula = "=IFERROR(SUBTOTAL(109," + columnRange(numerator, 1, last) +
                                       ")/SUBTOTAL(109," + columnRange(denominator, 1, last) +
                                       "),\"\")";
            const double below = m_columns[denominator].sum;
            if (below != 0)
                worksheet_write_formula_num(m_worksheet, row, lxw_col_t(c), formula.constData(),
                                            format, m_columns[numerator].sum / below);
            else
                worksheet_write_formula_str(m_worksheet, row, lxw_col_t(c), formula.constData(),
                                            format, "");
        } else if (column.summed && isSummable(column.kind)) {
            const QByteArray formula = "=SUBTOTAL(109," + columnRange(c, 1, last) + ')';
            worksheet_write_formula_num(m_worksheet, row, lxw_col_t(c), formula.constData(), format,
                                        m_columns[c].sum);
        } else if (!labelWritten) {
            writeText(row, quint16(c), tr("Total"), m_formats.total(ReportColumn()));
            labelWritten = true;
        } else {
            worksheet_write_blank(m_worksheet, row, lxw_col_t(c), format);
        }
    }
}

void ReportSheetWriter::setUpPrinting(const Page &page)
{
    worksheet_set_paper(m_worksheet, 9); // A4
    worksheet_set_landscape(m_worksheet);
    worksheet_fit_to_pages(m_worksheet, 1, 0);
    worksheet_repeat_rows(m_worksheet, 0, 0);
    worksheet_set_margins(m_worksheet, 0.5, 0.5, 0.75, 0.75);
    lxw_header_footer_options options{};
    options.margin = 0.3;
    worksheet_set_header_opt(m_worksheet, page.header.constData(), &options);
    worksheet_set_footer_opt(m_worksheet, page.footer.constData(), &options);
}

} // namespace Taktline
