#pragma once

#include <QString>

#include <optional>

namespace Taktline {

// Who a user is in the factory; decides what the user may do (see roleAllows()).
enum class Role { Owner, Planner, Supervisor, Operator };

// Everything that is gated by role, in the UI and in the services alike.
enum class Permission {
    ViewDashboard,
    ViewWorkOrders,
    EditWorkOrders,
    ViewMachines,
    UseStation,
    CorrectReports,
    ViewTraceability,
    ManageMaterial, // receive, block and ship lots (收料, 冻结, 发货)
    ViewReports,
    ViewMasterData,
    EditMasterData,
    EditSettings,
    ManageUsers,
    ViewAuditLog, // who changed what, when, on which device (审计日志): the owner only
    AnswerAndon,  // acknowledge and close andon calls (安灯响应): owner, planner, supervisor
    Inspect,      // record inspections and nonconformances (质检): owner, planner, supervisor
    DisposeNonconformance, // rework, repair, scrap (不合格品处理): owner, planner, supervisor
    ApproveConcession,     // approve a concession or a return to supplier: owner, planner
};

bool roleAllows(Role role, Permission permission);

QString roleKey(Role role);                            // stored in the database
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role);                    // translated
QString permissionDisplayName(Permission permission);  // translated, "edit master data"

} // namespace Taktline
