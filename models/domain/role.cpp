#include "domain/role.h"

#include <QCoreApplication>

namespace Taktline {

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Owner:
        return true;
    case Role::Planner:
        return permission != Permission::ManageUsers && permission != Permission::CorrectReports
            && permission != Permission::ViewAuditLog;
    case Role::Supervisor:
        switch (permission) {
        case Permission::ViewDashboard:
        case Permission::ViewWorkOrders:
        case Permission::ViewMachines:
        case Permission::UseStation:
        case Permission::CorrectReports:
        case Permission::ViewTraceability:
        case Permission::ManageMaterial:
        case Permission::ViewReports:
        case Permission::ViewMasterData:
        case Permission::AnswerAndon:
        case Permission::Inspect:
        case Permission::DisposeNonconformance:
            return true;
        default:
            return false;
        }
    case Role::Operator:
        return permission == Permission::UseStation;
    }
    return false;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Planner:
        return QStringLiteral("planner");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Operator:
        return QStringLiteral("operator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Owner, Role::Planner, Role::Supervisor, Role::Operator}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("Taktline::Role", "Owner");
    case Role::Planner:
        return QCoreApplication::translate("Taktline::Role", "Planner");
    case Role::Supervisor:
        return QCoreApplication::translate("Taktline::Role", "Supervisor");
    case Role::Operator:
        return QCoreApplication::translate("Taktline::Role", "Operator");
    }
    return {};
}

QString permissionDisplayName(Permission permission)
{
    switch (permission) {
    case Permission::ViewDashboard:
        return QCoreApplication::translate("Taktline::Role", "view the dashboard");
    case Permission::AnswerAndon:
        return QCoreApplication::translate("Taktline::Role", "answer andon calls");
    case Permission::ViewWorkOrders:
        return QCoreApplication::translate("Taktline::Role", "view work orders");
    case Permission::EditWorkOrders:
        return QCoreApplication::translate("Taktline::Role", "edit work orders");
    case Permission::ViewMachines:
        return QCoreApplication::translate("Taktline::Role", "view machines");
    case Permission::UseStation:
        return QCoreApplication::translate("Taktline::Role", "report production");
    case Permission::CorrectReports:
        return QCoreApplication::translate("Taktline::Role", "correct production reports");
    case Permission::ViewTraceability:
        return QCoreApplication::translate("Taktline::Role", "view traceability");
    case Permission::ManageMaterial:
        return QCoreApplication::translate("Taktline::Role", "receive, block and ship material");
    case Permission::ViewReports:
        return QCoreApplication::translate("Taktline::Role", "view reports");
    case Permission::ViewMasterData:
        return QCoreApplication::translate("Taktline::Role", "view master data");
    case Permission::EditMasterData:
        return QCoreApplication::translate("Taktline::Role", "edit master data");
    case Permission::EditSettings:
        return QCoreApplication::translate("Taktline::Role", "change settings");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Taktline::Role", "manage user accounts");
    case Permission::ViewAuditLog:
        return QCoreApplication::translate("Taktline::Role", "view the audit log");
    case Permission::Inspect:
        return QCoreApplication::translate("Taktline::Role", "record inspections");
    case Permission::DisposeNonconformance:
        return QCoreApplication::translate("Taktline::Role", "dispose of nonconforming pieces");
    case Permission::ApproveConcession:
        return QCoreApplication::translate("Taktline::Role", "approve concessions");
    }
    return {};
}

} // namespace Taktline
