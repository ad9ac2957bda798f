#include "dashboard/dashboardcards.h"

#include "dashboard/chartcard.h"
#include "dashboard/dashboardcharts.h"
#include "domain/planning/workcalendar.h"
#include "services/dashboard/dashboardservice.h"

#include <QTime>

#include <algorithm>

namespace Taktline {

void DashboardCards::fill(const QHash<QString, ChartCard *> &cards, const DashboardFigures &f,
                          const DashboardPeriod &period, const WorkCalendar &calendar,
                          const Drill &drill)
{
    const auto click = [drill](const char *key) {
        return [drill, key](int index) {
            drill(QString::fromLatin1(key), index);
        };
    };
    const QString hint = tr("Click a bar for its rows");
    const QString oeeMissing =
        f.oeeError.isEmpty() ? DashboardService::noticeText(DashboardNotice::NoOee) : f.oeeError;
    ChartCard *oee = cards.value(QStringLiteral("oee"));
    const bool anyOee =
        f.oee && std::any_of(f.oee->rows.cbegin(), f.oee->rows.cend(), [](const OeeRow &row) {
            return row.figures.availability.has_value();
        });
    if (anyOee)
        oee->setChart(DashboardCharts::oee(*f.oee, click("oee")), hint);
    else if (f.oee && !f.oee->total.notices.isEmpty())
        oee->setNotice(OeeService::noticeText(f.oee->total.notices.constFirst()));
    else
        oee->setNotice(oeeMissing);
    ChartCard *losses = cards.value(QStringLiteral("losses"));
    if (f.oee && f.oee->total.elements.pot() > 0)
        losses->setChart(DashboardCharts::losses(f.losses, click("losses")), hint);
    else if (f.oee && !f.oee->total.notices.isEmpty())
        losses->setNotice(OeeService::noticeText(f.oee->total.notices.constFirst()));
    else
        losses->setNotice(oeeMissing);
    ChartCard *downtime = cards.value(QStringLiteral("downtime"));
    if (!f.downtime.isEmpty())
        downtime->setChart(DashboardCharts::downtime(f.downtime, click("downtime")), hint);
    else
        downtime->setNotice(f.oee ? tr("No stops in this period.") : oeeMissing);
    ChartCard *defects = cards.value(QStringLiteral("defects"));
    if (!f.defects.isEmpty())
        defects->setChart(DashboardCharts::defects(f.defects, click("defects")), hint);
    else
        defects->setNotice(f.yieldMade > 0
                               ? tr("No defective pieces in this period.")
                               : DashboardService::noticeText(DashboardNotice::NoReports));
    ChartCard *output = cards.value(QStringLiteral("output"));
    QStringList labels;
    for (const OutputSlot &slot : f.output) {
        const qint64 local =
            slot.startMs - calendar.startOfDayUtcMs(calendar.localDate(slot.startMs));
        labels.append(
            period.isSingleDay()
                ? QTime::fromMSecsSinceStartOfDay(int(local)).toString(QStringLiteral("HH:mm"))
                : calendar.localDate(slot.startMs).toString(QStringLiteral("MM-dd")));
    }
    if (!f.output.isEmpty())
        output->setChart(DashboardCharts::output(f.output, labels, click("output")), hint);
    else
        output->setNotice(
            tr("The calendar has no working time in this period and nothing was reported."));
    ChartCard *wip = cards.value(QStringLiteral("wip"));
    if (!f.wip.isEmpty())
        wip->setChart(DashboardCharts::wip(f.wip, click("wip")), hint);
    else
        wip->setNotice(tr("No pieces are waiting between steps."));
    ChartCard *yield = cards.value(QStringLiteral("yield"));
    const QList<ProductYield> shown = DashboardCharts::shownYields(f.yields);
    if (!shown.isEmpty())
        yield->setChart(DashboardCharts::yields(shown, click("yield")), hint);
    else
        yield->setNotice(DashboardService::noticeText(DashboardNotice::NoReports));
}

} // namespace Taktline
