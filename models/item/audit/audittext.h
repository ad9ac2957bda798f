#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

// The kinds of records the audit page filters by; each covers one or more stored entity names.
enum class AuditKind { WorkOrder, Lot, Shipment, MasterData, Routing, Bom, User, SignIn, Settings };

// The audit log's stored keys ("work_order", "block") in the user's language.
namespace AuditText {

QList<AuditKind> allKinds();
QString kindName(AuditKind kind);           // translated: 工单
QStringList kindEntities(AuditKind kind);   // the entity names stored for it
QString entityName(const QString &entity);  // translated; the key itself when unknown
QString actionName(const QString &entity, const QString &action); // translated: 已冻结
QString shortDetail(const QString &detail); // one line, at most a hundred characters
// The stored actions and entity names whose names in the UI contain TEXT ("冻结" → "block").
QStringList actionsMatching(const QString &text);
QStringList entitiesMatching(const QString &text);

} // namespace AuditText
} // namespace Taktline
