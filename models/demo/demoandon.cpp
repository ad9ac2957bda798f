#include "demo/demoandon.h"

#include "domain/andon/andoncall.h"
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/andon/andonservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>

#include <optional>

namespace Taktline {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// The call an operator makes at a stop, if any.
std::optional<AndonKind> callFor(const DemoStop &stop, int ordinal)
{
    if (stop.reasonCode == QLatin1String("D05"))
        return AndonKind::Maintenance;
    if (stop.reasonCode == QLatin1String("D04"))
        return AndonKind::Material;
    if (stop.reasonCode == QLatin1String("D06"))
        return AndonKind::Quality;
    if (stop.status == MachineStatus::Idle && ordinal % 3 == 0)
        return AndonKind::Supervisor;
    return std::nullopt;
}

QString noteFor(AndonKind kind)
{
    switch (kind) {
    case AndonKind::Material: return u("等料");
    case AndonKind::Quality: return u("尺寸不稳");
    case AndonKind::Maintenance: return u("设备停了");
    case AndonKind::Supervisor: return u("请班长来");
    }
    return {};
}

// Signs the demo's account USERNAME in: calls are made by the operator at the station, answered
// by the supervisor, so every fact says who.
Outcome signInAs(Workspace &workspace, const char *username, Role role)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE username = ? AND deleted = 0"));
    query.addBindValue(QString::fromLatin1(username));
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's accounts")); !done)
        return done;
    if (!query.next())
        return Outcome::failure(QStringLiteral("the demo has no account %1").arg(QLatin1String(username)));
    workspace.access()->signIn({query.value(0).toString(), QString::fromLatin1(username),
                                query.value(1).toString(), role});
    return Outcome::success();
}

// The reason a supervisor gives later to an idle stop nobody explained (the way
// MachineStatusService::giveReason records it): a correcting fact, the event stays as it was.
Outcome giveReasonLater(Workspace &workspace, const DemoStop &stop, const QString &reasonId,
                        qint64 atMs)
{
    QSqlQuery insert(workspace.database().connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO status_event_reasons (id, event_id, downtime_reason_id, note, at, device_id, "
        "user_id) VALUES (:id, :event, :reason, :note, :at, :device, :user)"));
    insert.bindValue(QStringLiteral(":id"), newUuidV7());
    insert.bindValue(QStringLiteral(":event"), stop.eventId);
    insert.bindValue(QStringLiteral(":reason"), reasonId);
    insert.bindValue(QStringLiteral(":note"), u("班长补录：等铝棒到货"));
    insert.bindValue(QStringLiteral(":at"), atMs);
    insert.bindValue(QStringLiteral(":device"), workspace.database().deviceId());
    insert.bindValue(QStringLiteral(":user"), workspace.access()->userId());
    return Sql::exec(insert, QStringLiteral("save the reason given later"));
}

} // namespace

Outcome buildDemoAndon(Workspace &workspace, const QList<DemoStop> &stops)
{
    QRandomGenerator random(20261207);
    const Clock factoryClock = workspace.clock();
    const qint64 now = factoryClock.nowMs();
    const auto restoreClock =
        qScopeGuard([&workspace, factoryClock] { workspace.setClock(factoryClock); });
    AndonService *andon = workspace.andon();
    const QList<MasterRecord> employees =
        workspace.masterData()->list(MasterDataKind::Employee, false).value();
    const QList<MasterRecord> machines =
        workspace.masterData()->list(MasterDataKind::Machine, false).value();
    const auto someone = [&] {
        return employees.isEmpty() ? QString()
                                   : employees.at(random.bounded(int(employees.size()))).id;
    };
    const auto at = [&workspace](qint64 ms) { workspace.setClock(Clock::fixedAt(ms)); };
    const auto backToSystem = qScopeGuard([&workspace] { workspace.access()->signInAsSystem(); });
    const auto operatorCalls = [&] { return signInAs(workspace, "operator", Role::Operator); };
    const auto supervisorAnswers = [&] {
        return signInAs(workspace, "supervisor", Role::Supervisor);
    };

    // Calls at the stops of the last two weeks that are over, answered at their time.
    int ordinal = 0;
    for (const DemoStop &stop : stops) {
        if (stop.startMs < now - 14 * Day || stop.endMs == 0 || stop.endMs > now - 60 * Minute)
            continue;
        const std::optional<AndonKind> kind = callFor(stop, ordinal++);
        const qint64 length = stop.endMs - stop.startMs;
        if (!kind || length < 12 * Minute)
            continue;
        at(stop.startMs + Minute);
        if (Outcome done = operatorCalls(); !done)
            return done;
        // A note always: AndonService binds an empty one as NULL (note is NOT NULL).
        const Result<QString> call = andon->call(stop.machineId, *kind, someone(), noteFor(*kind));
        if (!call)
            return call.outcome();
        at(stop.startMs + Minute + qint64(2 + random.bounded(6)) * Minute);
        if (Outcome done = supervisorAnswers(); !done)
            return done;
        if (Outcome done = andon->acknowledge(call.value(), u("马上到")); !done)
            return done;
        at(std::max(stop.startMs + 10 * Minute, stop.endMs - Minute));
        if (Outcome done = andon->close(call.value(), u("已处理")); !done)
            return done;
    }

    // Now: a call just made, one a supervisor is on, one nobody answered for long (escalated).
    if (machines.size() >= 3) {
        const struct
        {
            int machine;
            AndonKind kind;
            qint64 minutesAgo;
            bool acknowledged;
            const char *note;
        } live[] = {{2, AndonKind::Material, 4, false, "铝棒快用完了"},
                    {0, AndonKind::Quality, 25, true, "首件尺寸偏大"},
                    {machines.size() > 5 ? 5 : 1, AndonKind::Maintenance, 45, false, "主轴异响"}};
        for (const auto &c : live) {
            at(now - c.minutesAgo * Minute);
            if (Outcome done = operatorCalls(); !done)
                return done;
            const Result<QString> call =
                andon->call(machines.at(c.machine).id, c.kind, someone(), u(c.note));
            if (!call)
                return call.outcome();
            if (c.acknowledged) {
                at(now - (c.minutesAgo - 5) * Minute);
                if (Outcome done = supervisorAnswers(); !done)
                    return done;
                if (Outcome done = andon->acknowledge(call.value(), u("马上到")); !done)
                    return done;
            }
        }
    }
    workspace.setClock(factoryClock);
    if (Outcome done = supervisorAnswers(); !done)
        return done;

    // The newest idle stop nobody explained gets its reason later: waiting for material.
    for (auto it = stops.crbegin(); it != stops.crend(); ++it) {
        if (it->status != MachineStatus::Idle || !it->reasonCode.isEmpty() || it->endMs == 0)
            continue;
        const Result<QString> reason =
            workspace.masterData()->idForCode(MasterDataKind::DowntimeReason, QStringLiteral("D04"));
        if (!reason)
            return reason.outcome();
        if (reason.value().isEmpty())
            break;
        return giveReasonLater(workspace, *it, reason.value(), std::min(now - Minute, it->endMs + 2 * 3600 * 1000));
    }
    return Outcome::success();
}

} // namespace Taktline
