#include "dashboard/dashboardtiles.h"

#include "dashboard/dashboardcharts.h"
#include "dashboard/kpitile.h"
#include "domain/masterdata/masterrecord.h"
#include "item/palette.h"
#include "services/dashboard/dashboardservice.h"

#include <QLocale>

namespace Taktline {

namespace {

QString percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 1) + QStringLiteral(" %");
}

QString minutes(double seconds)
{
    return QLocale().toString(seconds / 60.0, 'f', 1);
}

} // namespace

void DashboardTiles::fill(const QHash<QString, KpiTile *> &tiles, const DashboardFigures &f)
{
    KpiTile *attainment = tiles.value(QStringLiteral("attainment"));
    const QString planned = tr("Done %1 of %2 planned pcs")
                                .arg(quantityText(f.doneQty, 0), quantityText(f.plannedQty, 0));
    if (f.attainment)
        attainment->setFigure(percent(*f.attainment), DashboardCharts::bandColour(*f.attainment),
                              planned);
    else
        attainment->setNotice(DashboardService::noticeText(*f.attainmentNotice) + QLatin1Char(' ') +
                              tr("Done: %1 pcs.").arg(quantityText(f.doneQty, 0)));

    KpiTile *onTime = tiles.value(QStringLiteral("onTime"));
    if (f.onTimeRate)
        onTime->setFigure(percent(*f.onTimeRate), DashboardCharts::bandColour(*f.onTimeRate),
                          tr("%1 of %2 orders finished by their due date; %3 open orders late")
                              .arg(f.onTimeOrders)
                              .arg(f.finishedOrders.size())
                              .arg(f.lateOrders.size()));
    else
        onTime->setNotice(DashboardService::noticeText(DashboardNotice::NoCompletedOrders));

    KpiTile *oee = tiles.value(QStringLiteral("oee"));
    if (f.oee && f.oee->total.figures.oee) {
        const OeeFigures &total = f.oee->total.figures;
        QString detail =
            tr("A %1 · E %2 · Q %3")
                .arg(percent(total.availability.value_or(0)),
                     percent(total.effectiveness.value_or(0)), percent(total.quality.value_or(0)));
        // A figure with a caveat (standard-time basis, reasons not classed) says it beneath.
        if (!f.oee->total.notices.isEmpty())
            detail += QLatin1Char('\n') + OeeService::noticeText(f.oee->total.notices.constFirst());
        oee->setFigure(percent(*total.oee), DashboardCharts::bandColour(*total.oee), detail);
    } else if (f.oee && !f.oee->total.notices.isEmpty()) {
        oee->setNotice(OeeService::noticeText(f.oee->total.notices.constFirst()));
    } else {
        oee->setNotice(f.oeeError.isEmpty() ? DashboardService::noticeText(DashboardNotice::NoOee)
                                            : f.oeeError);
    }

    KpiTile *firstPass = tiles.value(QStringLiteral("firstPass"));
    if (f.firstPassYield)
        firstPass->setFigure(percent(*f.firstPassYield),
                             DashboardCharts::bandColour(*f.firstPassYield),
                             tr("%1 of %2 pcs good the first time")
                                 .arg(quantityText(f.yieldGood, 0), quantityText(f.yieldMade, 0)));
    else
        firstPass->setNotice(DashboardService::noticeText(DashboardNotice::NoReports));

    KpiTile *andon = tiles.value(QStringLiteral("andon"));
    if (f.responseSeconds || f.repairSeconds)
        andon->setFigure(
            tr("%1 / %2 min")
                .arg(f.responseSeconds ? minutes(*f.responseSeconds) : QStringLiteral("—"),
                     f.repairSeconds ? minutes(*f.repairSeconds) : QStringLiteral("—")),
            Palette::Ink, tr("%n call(s)", nullptr, f.andonCalls));
    else if (f.andonCalls)
        andon->setFigure(QStringLiteral("—"), Palette::Red,
                         tr("%n call(s), none answered yet", nullptr, f.andonCalls));
    else
        andon->setNotice(DashboardService::noticeText(DashboardNotice::NoAndonCalls));
}

} // namespace Taktline
