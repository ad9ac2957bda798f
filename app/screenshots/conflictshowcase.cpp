#include "conflictshowcase.h"

#include "services/planning/workorderservice.h"
#include "services/sync/conflictservice.h"
#include "services/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Taktline {

namespace {

// Two tablets of the demo factory, as the server names devices.
const QString TabletA = QStringLiteral("0190a000-0000-7000-8000-0000000000a2");
const QString TabletB = QStringLiteral("0190a000-0000-7000-8000-0000000000b3");

void insert(Workspace &workspace, const QString &kind, const QString &table, const QString &rowId,
            const QString &subject, const QJsonArray &details, qint64 foundAt)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (id, kind, tbl, row_id, "
                                 "subject, details, found_at) VALUES (:id, :kind, :tbl, :row_id, "
                                 ":subject, :details, :found_at)"));
    query.bindValue(QStringLiteral(":id"), QString(kind + QLatin1Char('/') + rowId));
    query.bindValue(QStringLiteral(":kind"), kind);
    query.bindValue(QStringLiteral(":tbl"), table);
    query.bindValue(QStringLiteral(":row_id"), rowId);
    query.bindValue(QStringLiteral(":subject"), subject);
    query.bindValue(QStringLiteral(":details"),
                    QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":found_at"), foundAt);
    query.exec();
}

} // namespace

void addShowcaseConflicts(Workspace &workspace)
{
    WorkOrderFilter filter;
    filter.states = {WorkOrderState::InProgress};
    const Result<QList<WorkOrderListRow>> running = workspace.workOrders()->page(filter, 0, 2);
    if (!running || running.value().size() < 2)
        return;
    const qint64 now = workspace.clock().nowMs();
    const WorkOrderListRow &first = running.value().at(0);
    const WorkOrderListRow &second = running.value().at(1);
    insert(workspace, QStringLiteral("over_reported"), QStringLiteral("work_orders"), first.id,
           first.number + QStringLiteral(" / 20"),
           {QJsonObject{{QStringLiteral("device"), TabletA}, {QStringLiteral("good"), 50}},
            QJsonObject{{QStringLiteral("device"), TabletB}, {QStringLiteral("good"), 50}}},
           now - 25 * 60 * 1000);
    insert(workspace, QStringLiteral("duplicate_code"), QStringLiteral("products"),
           QStringLiteral("0190a000-0000-7000-8000-00000000f100"), QStringLiteral("FL-100"),
           {QJsonObject{{QStringLiteral("device"), TabletA},
                        {QStringLiteral("at"), double(now - 3 * 3600 * 1000)}},
            QJsonObject{{QStringLiteral("device"), TabletB},
                        {QStringLiteral("at"), double(now - 2 * 3600 * 1000)}}},
           now - 90 * 60 * 1000);
    insert(workspace, QStringLiteral("cancelled_while_reported"), QStringLiteral("work_orders"),
           second.id, second.number,
           {QJsonObject{{QStringLiteral("device"), TabletA}, {QStringLiteral("cancelled"), true}},
            QJsonObject{{QStringLiteral("device"), TabletB}, {QStringLiteral("good"), 12}}},
           now - 5 * 60 * 1000);
    emit workspace.conflicts()->conflictsChanged();
}

} // namespace Taktline
