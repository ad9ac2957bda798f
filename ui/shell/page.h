#pragma once

#include "domain/role.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Taktline {

// The pages of the navigation rail, in rail order.
enum class Page { Dashboard, WorkOrders, Machines, Station, Traceability, Reports, MasterData,
                  Conflicts, Settings, Quality };

QList<Page> allPages();
QString pageKey(Page page);                 // "masterdata", for the command line
std::optional<Page> pageFromKey(const QString &key);
QString pageTitle(Page page);               // translated
QString pageIconPath(Page page);
Permission pagePermission(Page page);       // who sees the page in the rail
// Whether a user holding what ALLOWS says sees PAGE: its permission, and for the Quality page
// also whoever reads the reports.
bool pageVisible(Page page, const std::function<bool(Permission)> &allows);

} // namespace Taktline
