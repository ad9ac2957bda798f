#include "item/audit/audittext.h"

#include "domain/masterdata/masterdataspecs.h"
#include "domain/planning/workorder.h"

#include <QCoreApplication>

namespace Taktline::AuditText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Taktline::AuditText", text);
}

struct ActionName
{
    const char *key;
    const char *text;
};

const ActionName ActionNames[] = {
    {"create", QT_TRANSLATE_NOOP("Taktline::AuditText", "Created")},
    {"update", QT_TRANSLATE_NOOP("Taktline::AuditText", "Changed")},
    {"replace", QT_TRANSLATE_NOOP("Taktline::AuditText", "Replaced")},
    {"remove", QT_TRANSLATE_NOOP("Taktline::AuditText", "Removed")},
    {"restore", QT_TRANSLATE_NOOP("Taktline::AuditText", "Restored")},
    {"rename", QT_TRANSLATE_NOOP("Taktline::AuditText", "Renamed")},
    {"activate", QT_TRANSLATE_NOOP("Taktline::AuditText", "Activated")},
    {"deactivate", QT_TRANSLATE_NOOP("Taktline::AuditText", "Deactivated")},
    {"badge_printed", QT_TRANSLATE_NOOP("Taktline::AuditText", "Badge printed")},
    {"password", QT_TRANSLATE_NOOP("Taktline::AuditText", "Password changed")},
    {"receive", QT_TRANSLATE_NOOP("Taktline::AuditText", "Received")},
    {"block", QT_TRANSLATE_NOOP("Taktline::AuditText", "Blocked")},
    {"unblock", QT_TRANSLATE_NOOP("Taktline::AuditText", "Unblocked")},
    {"receive_finished", QT_TRANSLATE_NOOP("Taktline::AuditText", "Finished goods received")},
    {"ship", QT_TRANSLATE_NOOP("Taktline::AuditText", "Shipped")},
    {"generate_serials", QT_TRANSLATE_NOOP("Taktline::AuditText", "Serial numbers generated")},
    {"dispatch", QT_TRANSLATE_NOOP("Taktline::AuditText", "Moved in the dispatch list")},
    {"rush", QT_TRANSLATE_NOOP("Taktline::AuditText", "Inserted as a rush order")},
    {"operations", QT_TRANSLATE_NOOP("Taktline::AuditText", "Operations changed")},
    {"success", QT_TRANSLATE_NOOP("Taktline::AuditText", "Signed in")},
    {"failure", QT_TRANSLATE_NOOP("Taktline::AuditText", "Sign-in failure")},
    {"unlock", QT_TRANSLATE_NOOP("Taktline::AuditText", "Unlocked")},
    {"refused-locked", QT_TRANSLATE_NOOP("Taktline::AuditText", "Refused: locked")},
    {"refused-inactive", QT_TRANSLATE_NOOP("Taktline::AuditText", "Refused: account deactivated")},
    {"pin-set", QT_TRANSLATE_NOOP("Taktline::AuditText", "Station PIN set")},
    {"pin-clear", QT_TRANSLATE_NOOP("Taktline::AuditText", "Station PIN cleared")},
    {"pin-locked", QT_TRANSLATE_NOOP("Taktline::AuditText", "Badge locked: wrong PINs")},
};

} // namespace

QList<AuditKind> allKinds()
{
    return {AuditKind::WorkOrder, AuditKind::Lot,  AuditKind::Shipment,
            AuditKind::MasterData, AuditKind::Routing, AuditKind::Bom,
            AuditKind::User,      AuditKind::SignIn, AuditKind::Settings};
}

QString kindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::WorkOrder: return tr("Work order");
    case AuditKind::Lot: return tr("Material lot");
    case AuditKind::Shipment: return tr("Shipment");
    case AuditKind::MasterData: return tr("Master data");
    case AuditKind::Routing: return tr("Routing");
    case AuditKind::Bom: return tr("BOM line");
    case AuditKind::User: return tr("User account");
    case AuditKind::SignIn: return tr("Sign-in");
    case AuditKind::Settings: return tr("Settings");
    }
    return {};
}

QStringList kindEntities(AuditKind kind)
{
    switch (kind) {
    case AuditKind::WorkOrder: return {QStringLiteral("work_order"), QStringLiteral("work_orders")};
    case AuditKind::Lot: return {QStringLiteral("material_lots")};
    case AuditKind::Shipment: return {QStringLiteral("shipments")};
    case AuditKind::MasterData: {
        QStringList keys;
        for (MasterDataKind data : allMasterDataKinds())
            keys << entitySpec(data).key;
        return keys;
    }
    case AuditKind::Routing: return {QStringLiteral("routing")};
    case AuditKind::Bom: return {QStringLiteral("bom_lines")};
    case AuditKind::User: return {QStringLiteral("user")};
    case AuditKind::SignIn: return {QStringLiteral("sign-in"), QStringLiteral("station-pin")};
    case AuditKind::Settings: return {QStringLiteral("settings")};
    }
    return {};
}

QString entityName(const QString &entity)
{
    for (MasterDataKind data : allMasterDataKinds()) {
        if (entitySpec(data).key == entity)
            return entitySpec(data).displaySingular();
    }
    for (AuditKind kind : allKinds()) {
        if (kindEntities(kind).contains(entity))
            return kindName(kind);
    }
    return entity;
}

QString actionName(const QString &entity, const QString &action)
{
    for (const ActionName &name : ActionNames) {
        if (action == QLatin1String(name.key))
            return tr(name.text);
    }
    if (kindEntities(AuditKind::WorkOrder).contains(entity)) {
        if (const std::optional<WorkOrderState> state = workOrderStateFromKey(action))
            return tr("State changed to %1").arg(workOrderStateDisplayName(*state));
    }
    return action;
}

QString shortDetail(const QString &detail)
{
    const QString line = detail.simplified();
    constexpr int Longest = 100;
    return line.size() > Longest ? line.left(Longest - 1) + QChar(0x2026) : line;
}

QStringList actionsMatching(const QString &text)
{
    const QString wanted = text.trimmed();
    QStringList keys;
    if (wanted.isEmpty())
        return keys;
    for (const ActionName &name : ActionNames) {
        if (tr(name.text).contains(wanted, Qt::CaseInsensitive))
            keys << QString::fromLatin1(name.key);
    }
    for (WorkOrderState state : allWorkOrderStates()) {
        if (actionName(QStringLiteral("work_order"), workOrderStateKey(state))
                .contains(wanted, Qt::CaseInsensitive))
            keys << workOrderStateKey(state);
    }
    return keys;
}

QStringList entitiesMatching(const QString &text)
{
    const QString wanted = text.trimmed();
    QStringList keys;
    if (wanted.isEmpty())
        return keys;
    for (AuditKind kind : allKinds()) {
        for (const QString &entity : kindEntities(kind)) {
            if (entityName(entity).contains(wanted, Qt::CaseInsensitive)
                || kindName(kind).contains(wanted, Qt::CaseInsensitive))
                keys << entity;
        }
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace Taktline::AuditText
