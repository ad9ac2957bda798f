#pragma once

#include "services/dashboard/dashboardfigures.h"
#include "services/dashboard/dashboardperiod.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Taktline {

class ChartCard;
class WorkCalendar;

// Puts the figures on the dashboard's chart cards: each card gets its chart, or, when there is
// nothing to draw, the sentence why; a click on a bar calls DRILL with the card's key and the
// bar's index.
class DashboardCards final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardCards)

public:
    using Drill = std::function<void(const QString &key, int index)>;
    static void fill(const QHash<QString, ChartCard *> &cards, const DashboardFigures &figures,
                     const DashboardPeriod &period, const WorkCalendar &calendar,
                     const Drill &drill);
};

} // namespace Taktline
