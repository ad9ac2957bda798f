#include "shell/page.h"

#include <QCoreApplication>

namespace Taktline {

QList<Page> allPages()
{
    return {Page::Dashboard, Page::WorkOrders,   Page::Machines, Page::Station,
            Page::Traceability, Page::Quality,  Page::Reports,    Page::MasterData,
            Page::Conflicts,
            Page::Settings};
}

QString pageKey(Page page)
{
    switch (page) {
    case Page::Dashboard: return QStringLiteral("dashboard");
    case Page::WorkOrders: return QStringLiteral("workorders");
    case Page::Machines: return QStringLiteral("machines");
    case Page::Station: return QStringLiteral("station");
    case Page::Traceability: return QStringLiteral("traceability");
    case Page::Quality: return QStringLiteral("quality");
    case Page::Reports: return QStringLiteral("reports");
    case Page::MasterData: return QStringLiteral("masterdata");
    case Page::Conflicts: return QStringLiteral("conflicts");
    case Page::Settings: return QStringLiteral("settings");
    }
    return {};
}

std::optional<Page> pageFromKey(const QString &key)
{
    for (Page page : allPages()) {
        if (pageKey(page) == key.toLower())
            return page;
    }
    return std::nullopt;
}

QString pageTitle(Page page)
{
    switch (page) {
    case Page::Dashboard: return QCoreApplication::translate("Taktline::Page", "Dashboard");
    case Page::WorkOrders: return QCoreApplication::translate("Taktline::Page", "Work orders");
    case Page::Machines: return QCoreApplication::translate("Taktline::Page", "Machines");
    case Page::Station: return QCoreApplication::translate("Taktline::Page", "Station");
    case Page::Traceability: return QCoreApplication::translate("Taktline::Page", "Traceability");
    case Page::Quality: return QCoreApplication::translate("Taktline::Page", "Quality");
    case Page::Reports: return QCoreApplication::translate("Taktline::Page", "Reports");
    case Page::MasterData: return QCoreApplication::translate("Taktline::Page", "Master data");
    case Page::Conflicts: return QCoreApplication::translate("Taktline::Page", "Conflicts");
    case Page::Settings: return QCoreApplication::translate("Taktline::Page", "Settings");
    }
    return {};
}

QString pageIconPath(Page page)
{
    return QStringLiteral(":/icons/nav/") + pageKey(page) + QStringLiteral(".svg");
}

Permission pagePermission(Page page)
{
    switch (page) {
    case Page::Dashboard: return Permission::ViewDashboard;
    case Page::WorkOrders: return Permission::ViewWorkOrders;
    case Page::Machines: return Permission::ViewMachines;
    case Page::Station: return Permission::UseStation;
    case Page::Traceability: return Permission::ViewTraceability;
    case Page::Quality: return Permission::Inspect;
    case Page::Reports: return Permission::ViewReports;
    case Page::MasterData: return Permission::ViewMasterData;
    // Whoever plans sees what the devices disagree on; each action checks its own right.
    case Page::Conflicts: return Permission::ViewWorkOrders;
    // Language and one's own password are everybody's; the page hides what a role may not do.
    case Page::Settings: return Permission::ViewDashboard;
    }
    return Permission::ManageUsers;
}

bool pageVisible(Page page, const std::function<bool(Permission)> &allows)
{
    return allows(pagePermission(page))
           || (page == Page::Quality && allows(Permission::ViewReports));
}

} // namespace Taktline
