#pragma once

#include "services/dashboard/dashboardfigures.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

class KpiTile;

// What the dashboard's key-figure tiles say for the figures: attainment, on-time delivery, OEE,
// first-pass yield and the andon times, each with what it is made of, or the sentence why not.
class DashboardTiles final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardTiles)

public:
    // TILES by key: attainment, onTime, oee, firstPass, andon.
    static void fill(const QHash<QString, KpiTile *> &tiles, const DashboardFigures &figures);
};

} // namespace Taktline
