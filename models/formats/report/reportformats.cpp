#include "formats/report/reportformats.h"

#include <xlsxwriter.h>

namespace Taktline {

namespace {

QByteArray decimalsPart(int decimals)
{
    return decimals > 0 ? '.' + QByteArray(decimals, '0') : QByteArray();
}

} // namespace

ReportFormats::ReportFormats(lxw_workbook *workbook)
    : m_workbook(workbook)
{
}

QByteArray ReportFormats::numberFormat(const ReportColumn &column)
{
    const int decimals = std::clamp(column.decimals, 0, 10);
    switch (column.kind) {
    case ReportColumnKind::Text:
        return {};
    case ReportColumnKind::Integer:
        return QByteArrayLiteral("#,##0");
    case ReportColumnKind::Decimal:
        return "#,##0" + decimalsPart(decimals);
    case ReportColumnKind::Percent:
        return '0' + decimalsPart(decimals) + '%';
    case ReportColumnKind::Date:
        return QByteArrayLiteral("yyyy-mm-dd");
    case ReportColumnKind::DateTime:
        return QByteArrayLiteral("yyyy-mm-dd hh:mm");
    case ReportColumnKind::Hours:
        return '0' + decimalsPart(decimals);
    }
    return {};
}

lxw_format *ReportFormats::header(const ReportColumn &column)
{
    const bool number = column.kind != ReportColumnKind::Text;
    lxw_format *&format = number ? m_numberHeader : m_header;
    if (!format) {
        format = workbook_add_format(m_workbook);
        format_set_bold(format);
        format_set_bg_color(format, 0xDDE7F0);
        format_set_bottom(format, LXW_BORDER_THIN);
        format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        if (number)
            format_set_align(format, LXW_ALIGN_RIGHT);
    }
    return format;
}

lxw_format *ReportFormats::cell(const ReportColumn &column)
{
    const QByteArray code = numberFormat(column);
    return code.isEmpty() ? nullptr : format(code, Role::Cell);
}

lxw_format *ReportFormats::total(const ReportColumn &column)
{
    return format(numberFormat(column), Role::Total);
}

lxw_format *ReportFormats::note()
{
    if (!m_note) {
        m_note = workbook_add_format(m_workbook);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x595959);
    }
    return m_note;
}

lxw_format *ReportFormats::format(const QByteArray &numberFormat, Role role)
{
    const QByteArray key = char(role) + numberFormat;
    if (lxw_format *known = m_formats.value(key))
        return known;
    lxw_format *made = workbook_add_format(m_workbook);
    if (!numberFormat.isEmpty())
        format_set_num_format(made, numberFormat.constData());
    if (role == Role::Total) {
        format_set_bold(made);
        format_set_top(made, LXW_BORDER_THIN);
    }
    m_formats.insert(key, made);
    return made;
}

} // namespace Taktline
