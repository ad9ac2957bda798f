#include "services/andon/andonservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QLocale>

namespace Taktline {

namespace {

const QString EscalateKey = QStringLiteral("andon.escalate_minutes");

// One call per row with its earliest acknowledgement and close (two devices may both answer).
const QString CallSelect = QStringLiteral(
    "SELECT c.id, c.machine_id, m.code, m.name, m.name_en, m.workshop, c.kind, c.note, "
    "c.employee_id, coalesce(e.name, ''), c.called_at, "
    "(SELECT min(a.at) FROM andon_responses a WHERE a.call_id = c.id AND a.action = 'acknowledged'), "
    "(SELECT coalesce(nullif(u.display_name, ''), u.username) FROM andon_responses a "
    " LEFT JOIN users u ON u.id = a.user_id WHERE a.call_id = c.id AND a.action = 'acknowledged' "
    " ORDER BY a.at, a.id LIMIT 1), "
    "(SELECT min(a.at) FROM andon_responses a WHERE a.call_id = c.id AND a.action = 'closed'), "
    "(SELECT coalesce(nullif(u.display_name, ''), u.username) FROM andon_responses a "
    " LEFT JOIN users u ON u.id = a.user_id WHERE a.call_id = c.id AND a.action = 'closed' "
    " ORDER BY a.at, a.id LIMIT 1), "
    "(SELECT a.note FROM andon_responses a WHERE a.call_id = c.id AND a.action = 'closed' "
    " ORDER BY a.at, a.id LIMIT 1) "
    "FROM andon_calls c JOIN machines m ON m.id = c.machine_id "
    "LEFT JOIN employees e ON e.id = c.employee_id ");

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

AndonCall readCall(const QSqlQuery &query)
{
    AndonCall call;
    call.id = query.value(0).toString();
    call.machineId = query.value(1).toString();
    call.machineCode = query.value(2).toString();
    const QString nameEn = query.value(4).toString();
    call.machineName = chineseUi() || nameEn.isEmpty() ? query.value(3).toString() : nameEn;
    call.workshop = query.value(5).toString();
    call.kind = andonKindFromKey(query.value(6).toString()).value_or(AndonKind::Supervisor);
    call.note = query.value(7).toString();
    call.employeeId = query.value(8).toString();
    call.employeeName = query.value(9).toString();
    call.calledAtMs = query.value(10).toLongLong();
    call.acknowledgedAtMs = query.value(11).toLongLong();
    call.acknowledgedBy = query.value(12).toString();
    call.closedAtMs = query.value(13).toLongLong();
    call.closedBy = query.value(14).toString();
    call.closeNote = query.value(15).toString();
    return call;
}

} // namespace

AndonService::AndonService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                           QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
{
}

AndonService::~AndonService() = default;

Result<QString> AndonService::call(const QString &machineId, AndonKind kind,
                                   const QString &employeeId, const QString &note)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const QSqlDatabase db = m_db->connection();
    QSqlQuery machine(db);
    machine.prepare(QStringLiteral("SELECT code, active FROM machines WHERE id = :id AND deleted = 0"));
    machine.bindValue(QStringLiteral(":id"), machineId);
    if (Outcome read = Sql::exec(machine, tr("read the machine")); !read)
        return read;
    if (!machine.next())
        return Outcome::failure(tr("This machine does not exist."));
    const QString code = machine.value(0).toString();
    if (!machine.value(1).toBool())
        return Outcome::failure(tr("Machine %1 is deactivated; it cannot call.").arg(code));
    QSqlQuery open(db);
    open.prepare(QStringLiteral(
        "SELECT 1 FROM andon_calls c WHERE c.machine_id = :machine AND c.kind = :kind AND NOT "
        "EXISTS (SELECT 1 FROM andon_responses a WHERE a.call_id = c.id AND a.action = 'closed')"));
    open.bindValue(QStringLiteral(":machine"), machineId);
    open.bindValue(QStringLiteral(":kind"), andonKindKey(kind));
    if (Outcome read = Sql::exec(open, tr("read the open andon calls")); !read)
        return read;
    if (open.next())
        return Outcome::failure(tr("Machine %1 has already called for %2; the call is still open.")
                                    .arg(code, andonKindDisplayName(kind)));
    const QString id = newUuidV7();
    Outcome saved = m_db->inTransaction([&] {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO andon_calls (id, machine_id, kind, note, employee_id, called_at, "
            "device_id, user_id) VALUES (:id, :machine, :kind, :note, :employee, :at, :device, "
            ":user)"));
        insert.bindValue(QStringLiteral(":id"), id);
        insert.bindValue(QStringLiteral(":machine"), machineId);
        insert.bindValue(QStringLiteral(":kind"), andonKindKey(kind));
        insert.bindValue(QStringLiteral(":note"), note.trimmed());
        insert.bindValue(QStringLiteral(":employee"),
                         employeeId.isEmpty() ? QVariant() : QVariant(employeeId));
        insert.bindValue(QStringLiteral(":at"), m_clock.nowMs());
        insert.bindValue(QStringLiteral(":device"), m_db->deviceId());
        insert.bindValue(QStringLiteral(":user"), m_access->userId());
        return Sql::exec(insert, tr("save the andon call"));
    });
    if (!saved)
        return saved;
    emit callsChanged();
    return id;
}

Outcome AndonService::acknowledge(const QString &callId, const QString &note)
{
    if (Outcome allowed = m_access->require(Permission::AnswerAndon); !allowed)
        return allowed;
    QSqlQuery query(m_db->connection());
    query.prepare(CallSelect + QStringLiteral("WHERE c.id = :id"));
    query.bindValue(QStringLiteral(":id"), callId);
    if (Outcome read = Sql::exec(query, tr("read the andon call")); !read)
        return read;
    if (!query.next())
        return Outcome::failure(tr("This andon call does not exist."));
    const AndonCall call = readCall(query);
    if (call.state() == AndonState::Closed)
        return Outcome::failure(tr("The call from %1 is already closed.").arg(call.machineCode));
    if (call.state() == AndonState::Acknowledged)
        return Outcome::failure(tr("%1 already answered the call from %2.")
                                    .arg(call.acknowledgedBy, call.machineCode));
    return respond(callId, QStringLiteral("acknowledged"), note);
}

Outcome AndonService::close(const QString &callId, const QString &note)
{
    if (Outcome allowed = m_access->require(Permission::AnswerAndon); !allowed)
        return allowed;
    QSqlQuery query(m_db->connection());
    query.prepare(CallSelect + QStringLiteral("WHERE c.id = :id"));
    query.bindValue(QStringLiteral(":id"), callId);
    if (Outcome read = Sql::exec(query, tr("read the andon call")); !read)
        return read;
    if (!query.next())
        return Outcome::failure(tr("This andon call does not exist."));
    const AndonCall call = readCall(query);
    if (call.state() == AndonState::Closed)
        return Outcome::failure(tr("The call from %1 is already closed.").arg(call.machineCode));
    return respond(callId, QStringLiteral("closed"), note);
}

Outcome AndonService::respond(const QString &callId, const QString &action, const QString &note)
{
    const QSqlDatabase db = m_db->connection();
    Outcome saved = m_db->inTransaction([&] {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO andon_responses (id, call_id, action, note, employee_id, at, device_id, "
            "user_id) VALUES (:id, :call, :action, :note, NULL, :at, :device, :user)"));
        insert.bindValue(QStringLiteral(":id"), newUuidV7());
        insert.bindValue(QStringLiteral(":call"), callId);
        insert.bindValue(QStringLiteral(":action"), action);
        insert.bindValue(QStringLiteral(":note"), note.trimmed());
        insert.bindValue(QStringLiteral(":at"), m_clock.nowMs());
        insert.bindValue(QStringLiteral(":device"), m_db->deviceId());
        insert.bindValue(QStringLiteral(":user"), m_access->userId());
        return Sql::exec(insert, tr("save the answer to the andon call"));
    });
    if (saved)
        emit callsChanged();
    return saved;
}

Result<QList<AndonCall>> AndonService::openCalls(const QString &workshop) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(CallSelect +
                  QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM andon_responses a WHERE "
                                 "a.call_id = c.id AND a.action = 'closed') AND (coalesce(:workshop, '') = '' "
                                 "OR m.workshop = :workshop) ORDER BY c.called_at, c.id"));
    query.bindValue(QStringLiteral(":workshop"), workshop);
    if (Outcome read = Sql::exec(query, tr("read the open andon calls")); !read)
        return read;
    QList<AndonCall> calls;
    while (query.next())
        calls.append(readCall(query));
    return calls;
}

Result<QList<AndonCall>> AndonService::calls(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(CallSelect + QStringLiteral("WHERE c.called_at >= :from AND c.called_at < :to "
                                              "ORDER BY c.called_at, c.id"));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    if (Outcome read = Sql::exec(query, tr("read the andon calls")); !read)
        return read;
    QList<AndonCall> calls;
    while (query.next())
        calls.append(readCall(query));
    return calls;
}

qint64 AndonService::escalateAfterMs() const
{
    SettingsRepository settings(m_db->connection());
    bool ok = false;
    const int minutes = settings.value(EscalateKey).toInt(&ok);
    return qint64(ok && minutes > 0 ? minutes : DefaultEscalateMinutes) * 60 * 1000;
}

Outcome AndonService::setEscalateAfterMinutes(int minutes)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    if (minutes < 1 || minutes > 240)
        return Outcome::failure(tr("Choose between 1 and 240 minutes before an unanswered call "
                                   "escalates."));
    SettingsRepository settings(m_db->connection());
    Outcome saved = m_db->inTransaction(
        [&] { return settings.setValue(EscalateKey, QString::number(minutes)); });
    if (saved)
        emit callsChanged();
    return saved;
}

} // namespace Taktline
