#include "io/report/reportchartwriter.h"

#include <xlsxwriter.h>

namespace Taktline {

namespace {

uint8_t chartType(ReportChart::Type type)
{
    switch (type) {
    case ReportChart::Type::Bar:
        return LXW_CHART_BAR;
    case ReportChart::Type::Line:
        return LXW_CHART_LINE;
    case ReportChart::Type::Pie:
        return LXW_CHART_PIE;
    case ReportChart::Type::Column:
        break;
    }
    return LXW_CHART_COLUMN;
}

QList<int> valueColumns(const ReportSheet &sheet)
{
    QList<int> columns;
    for (const int column : sheet.chart->valueColumns) {
        if (column >= 0 && column < sheet.columns.size())
            columns.append(column);
    }
    if (sheet.chart->type == ReportChart::Type::Pie)
        return columns.mid(0, 1); // a pie shows one series
    return columns;
}

} // namespace

bool ReportChartWriter::drawable(const ReportSheet &sheet, qint64 dataRows)
{
    return sheet.chart.has_value() && dataRows > 0 && sheet.chart->maxRows > 0 &&
           sheet.chart->categoryColumn >= 0 && sheet.chart->categoryColumn < sheet.columns.size() &&
           !valueColumns(sheet).isEmpty();
}

void ReportChartWriter::add(lxw_workbook *workbook, const ReportSheet &sheet,
                            const QString &dataSheet, const QString &name, qint64 dataRows,
                            const ReportSheetWriter::Page &page)
{
    const ReportChart &spec = *sheet.chart;
    const QByteArray sheetName = name.toUtf8();
    lxw_chartsheet *chartsheet = workbook_add_chartsheet(workbook, sheetName.constData());
    lxw_chart *chart = workbook_add_chart(workbook, chartType(spec.type));
    if (!chartsheet || !chart)
        return;
    const QByteArray data = dataSheet.toUtf8();
    const auto lastRow = lxw_row_t(std::min<qint64>(dataRows, spec.maxRows));
    const auto category = lxw_col_t(spec.categoryColumn);
    for (const int column : valueColumns(sheet)) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, data.constData(), 1, category, lastRow, category);
        chart_series_set_values(series, data.constData(), 1, lxw_col_t(column), lastRow,
                                lxw_col_t(column));
        chart_series_set_name_range(series, data.constData(), 0, lxw_col_t(column));
    }
    const QByteArray title = spec.title.toUtf8();
    if (!title.isEmpty())
        chart_title_set_name(chart, title.constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chartsheet_set_chart(chartsheet, chart);
    chartsheet_set_paper(chartsheet, 9); // A4
    chartsheet_set_landscape(chartsheet);
    lxw_header_footer_options options{};
    options.margin = 0.3;
    chartsheet_set_header_opt(chartsheet, page.header.constData(), &options);
    chartsheet_set_footer_opt(chartsheet, page.footer.constData(), &options);
}

} // namespace Taktline
