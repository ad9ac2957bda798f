#include "services/reports/oeereport.h"

#include "services/oee/oeeservice.h"
#include "services/reports/reportreaders.h"
#include "services/reports/reportscope.h"

namespace Taktline {

namespace {

using K = ReportColumnKind;

enum Column {
    Machine,
    Pot,
    PlannedDown,
    Pbt,
    Setup,
    Failures,
    Unclassified,
    Apt,
    Ideal,
    FullyProductive,
    Produced,
    Good,
    Availability,
    Effectiveness,
    Quality,
    Oee
};

QVariant figure(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

Result<ReportDocument> OeeReport::build(const ReportScope &c)
{
    OeeQuery query;
    query.fromMs = c.fromMs;
    query.toMs = c.toMs;
    query.grouping = OeeGrouping::Machine;
    if (!c.machineId.isEmpty())
        query.machineIds = {c.machineId};
    query.workshop = c.request.workshop;
    if (query.fromMs >= c.nowMs)
        return Outcome::failure(tr("The period has not begun yet: there is no OEE to tell."));
    const Result<OeeResult> computed = c.readers->oee().compute(query, c.nowMs);
    if (!computed)
        return computed.outcome();

    const auto hours = [](const QString &header) {
        return ReportScope::column(header, K::Hours, true);
    };
    ReportSheet sheet;
    sheet.name = tr("OEE by machine");
    sheet.columns = {ReportScope::column(tr("Machine"), K::Text),
                     hours(tr("Planned operation time (h)")),
                     hours(tr("Planned downtime (h)")),
                     hours(tr("Planned busy time (h)")),
                     hours(tr("Set-up (h)")),
                     hours(tr("Failures (h)")),
                     hours(tr("Unclassified (h)")),
                     hours(tr("Actual production time (h)")),
                     hours(tr("Ideal time (h)")),
                     hours(tr("Fully productive time (h)")),
                     ReportScope::column(tr("Produced"), K::Integer, true),
                     ReportScope::column(tr("Good qty"), K::Integer, true),
                     ReportScope::ratio(tr("Availability"), Apt, Pbt),
                     ReportScope::ratio(tr("Effectiveness"), Ideal, Apt),
                     ReportScope::ratio(tr("Quality"), Good, Produced),
                     ReportScope::column(tr("OEE"), K::Percent, false, 1)};
    QList<QVariantList> rows;
    QStringList notices;
    const std::optional<double> totalOee = computed.value().total.figures.oee;
    for (const OeeRow &row : computed.value().rows) {
        const OeeElements &e = row.elements;
        rows.append({row.label, e.pot() / 3600, e.plannedDownSeconds / 3600, e.pbt() / 3600,
                     e.setupSeconds / 3600, e.availabilitySeconds / 3600,
                     e.unclassifiedSeconds / 3600, e.apt() / 3600, e.idealSeconds / 3600,
                     e.fullyProductiveSeconds() / 3600, e.producedQty, e.goodQty,
                     figure(row.figures.availability), figure(row.figures.effectiveness),
                     figure(row.figures.quality), figure(row.figures.oee)});
        for (OeeNotice notice : row.notices)
            notices << tr("%1: %2").arg(row.label, OeeService::noticeText(notice));
    }
    sheet.rows = std::make_shared<ListRows>(rows);
    sheet.notes =
        QStringList{
            tr("OEE by ISO 22400-2, the OEE page's figures: availability = actual production time "
               "÷ "
               "planned busy time; effectiveness = ideal time ÷ actual production time; quality = "
               "good ÷ produced; OEE = A × E × Q."),
            tr("The totals divide the summed times, never average the machines' percentages; an "
               "empty figure has no time or no production to divide by."),
            totalOee
                ? tr("OEE of all these machines (A × E × Q of the totals): %1%.")
                      .arg(QString::number(*totalOee * 100, 'f', 1))
                : tr("OEE of all these machines: none (no time or no production to divide by)."),
        } +
        notices;
    ReportChart chart;
    chart.type = ReportChart::Type::Column;
    chart.title = tr("OEE per machine");
    chart.categoryColumn = Machine;
    chart.valueColumns = {Availability, Effectiveness, Quality, Oee};
    sheet.chart = chart;
    ReportDocument document;
    document.sheets.push_back(std::move(sheet));
    return document;
}

} // namespace Taktline
