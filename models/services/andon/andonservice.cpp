#include "services/andon/andonservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QLocale>

#include <algorithm>

namespace Taktline {

namespace {

const QString EscalateKey = QStringLiteral("andon.escalate_minutes");

// One call per row with its earliest acknowledgement and close (two devices may both answer),
// read by column name.
const QString CallSelect = QStringLiteral(
    "SELECT c.id, c.machine_id, m.code AS machine_code, m.name AS machine_name, "
    "m.name_en AS machine_name_en, m.workshop, c.kind, c.note, c.employee_id, "
    "coalesce(e.name, '') AS employee_name, c.called_at, "
    "(SELECT min(a.at) FROM andon_responses a WHERE a.call_id = c.id AND a.action = "
    "'acknowledged') "
    " AS acknowledged_at, "
    "(SELECT coalesce(nullif(u.display_name, ''), u.username) FROM andon_responses a "
    " LEFT JOIN users u ON u.id = a.user_id WHERE a.call_id = c.id AND a.action = 'acknowledged' "
    " ORDER BY a.at, a.id LIMIT 1) AS acknowledged_by, "
    "(SELECT min(a.at) FROM andon_responses a WHERE a.call_id = c.id AND a.action = 'closed') "
    " AS closed_at, "
    "(SELECT coalesce(nullif(u.display_name, ''), u.username) FROM andon_responses a "
    " LEFT JOIN users u ON u.id = a.user_id WHERE a.call_id = c.id AND a.action = 'closed' "
    " ORDER BY a.at, a.id LIMIT 1) AS closed_by, "
    "(SELECT a.note FROM andon_responses a WHERE a.call_id = c.id AND a.action = 'closed' "
    " ORDER BY a.at, a.id LIMIT 1) AS close_note "
    "FROM andon_calls c JOIN machines m ON m.id = c.machine_id "
    "LEFT JOIN employees e ON e.id = c.employee_id ");

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

AndonCall readCall(const QSqlQuery &query)
{
    const auto text = [&query](const char *name) {
        return query.value(QLatin1String(name)).toString();
    };
    const auto ms = [&query](const char *name) {
        return query.value(QLatin1String(name)).toLongLong();
    };
    AndonCall call;
    call.id = text("id");
    call.machineId = text("machine_id");
    call.machineCode = text("machine_code");
    const QString nameEn = text("machine_name_en");
    call.machineName = chineseUi() || nameEn.isEmpty() ? text("machine_name") : nameEn;
    call.workshop = text("workshop");
    call.kind = andonKindFromKey(text("kind")).value_or(AndonKind::Supervisor);
    call.note = text("note");
    call.employeeId = text("employee_id");
    call.employeeName = text("employee_name");
    call.calledAtMs = ms("called_at");
    call.acknowledgedAtMs = ms("acknowledged_at");
    call.acknowledgedBy = text("acknowledged_by");
    call.closedAtMs = ms("closed_at");
    call.closedBy = text("closed_by");
    call.closeNote = text("close_note");
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
    machine.prepare(
        QStringLiteral("SELECT code, active FROM machines WHERE id = :id AND deleted = 0"));
    machine.bindValue(QStringLiteral(":id"), machineId);
    if (Outcome read = Sql::exec(machine, tr("read the machine")); !read)
        return read;
    if (!machine.next())
        return Outcome::failure(tr("This machine does not exist."));
    const QString code = machine.value(QStringLiteral("code")).toString();
    if (!machine.value(QStringLiteral("active")).toBool())
        return Outcome::failure(tr("Machine %1 is deactivated; it cannot call.").arg(code));
    // Who called: an unknown or departed employee is refused in words, not by the foreign key.
    if (!employeeId.isEmpty()) {
        QSqlQuery employee(db);
        employee.prepare(
            QStringLiteral("SELECT active FROM employees WHERE id = :id AND deleted = 0"));
        employee.bindValue(QStringLiteral(":id"), employeeId);
        if (Outcome read = Sql::exec(employee, tr("read the employee")); !read)
            return read;
        if (!employee.next() || !employee.value(QStringLiteral("active")).toBool())
            return Outcome::failure(tr("This employee is not active; sign in again to call."));
    }
    const QString id = newUuidV7();
    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        // Checked inside the transaction that writes, so two presses cannot both pass.
        QSqlQuery open(db);
        open.prepare(QStringLiteral(
            "SELECT 1 FROM andon_calls c WHERE c.machine_id = :machine AND c.kind = :kind AND NOT "
            "EXISTS (SELECT 1 FROM andon_responses a WHERE a.call_id = c.id AND a.action = "
            "'closed')"));
        open.bindValue(QStringLiteral(":machine"), machineId);
        open.bindValue(QStringLiteral(":kind"), andonKindKey(kind));
        if (Outcome read = Sql::exec(open, tr("read the open andon calls")); !read)
            return read;
        if (open.next())
            return Outcome::failure(
                tr("Machine %1 has already called for %2; the call is still open.")
                    .arg(code, andonKindDisplayName(kind)));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO andon_calls (id, machine_id, kind, note, employee_id, called_at, "
            "device_id, user_id) VALUES (:id, :machine, :kind, :note, :employee, :at, :device, "
            ":user)"));
        insert.bindValue(QStringLiteral(":id"), id);
        insert.bindValue(QStringLiteral(":machine"), machineId);
        insert.bindValue(QStringLiteral(":kind"), andonKindKey(kind));
        insert.bindValue(QStringLiteral(":note"), Sql::text(note.trimmed()));
        insert.bindValue(QStringLiteral(":employee"), Sql::nullable(employeeId));
        insert.bindValue(QStringLiteral(":at"), m_clock.nowMs());
        insert.bindValue(QStringLiteral(":device"), m_db->deviceId());
        insert.bindValue(QStringLiteral(":user"), Sql::text(m_access->userId()));
        if (Outcome inserted = Sql::exec(insert, tr("save the andon call")); !inserted)
            return inserted;
        m_db->afterCommit([this] { emit callsChanged(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return id;
}

Result<AndonCall> AndonService::find(const QString &callId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(CallSelect + QStringLiteral("WHERE c.id = :id"));
    query.bindValue(QStringLiteral(":id"), callId);
    if (Outcome read = Sql::exec(query, tr("read the andon call")); !read)
        return read;
    if (!query.next())
        return Outcome::failure(tr("This andon call does not exist."));
    return readCall(query);
}

// The call to be answered, or why it cannot be: no right to answer, no such call, closed.
Result<AndonCall> AndonService::answerable(const QString &callId) const
{
    if (Outcome allowed = m_access->require(Permission::AnswerAndon); !allowed)
        return allowed;
    const Result<AndonCall> found = find(callId);
    if (!found)
        return found.outcome();
    if (found.value().state() == AndonState::Closed)
        return Outcome::failure(
            tr("The call from %1 is already closed.").arg(found.value().machineCode));
    return found;
}

Outcome AndonService::acknowledge(const QString &callId, const QString &note)
{
    const Result<AndonCall> found = answerable(callId);
    if (!found)
        return found.outcome();
    const AndonCall &call = found.value();
    if (call.state() == AndonState::Acknowledged) {
        return Outcome::failure(
            call.acknowledgedBy.isEmpty()
                ? tr("The call from %1 is already acknowledged.").arg(call.machineCode)
                : tr("%1 already answered the call from %2.")
                      .arg(call.acknowledgedBy, call.machineCode));
    }
    // Never before the call itself: another device's clock may run a little ahead of ours.
    return respond(callId, QStringLiteral("acknowledged"), note, call.calledAtMs);
}

Outcome AndonService::close(const QString &callId, const QString &note)
{
    const Result<AndonCall> found = answerable(callId);
    if (!found)
        return found.outcome();
    return respond(callId, QStringLiteral("closed"), note,
                   std::max(found.value().calledAtMs, found.value().acknowledgedAtMs));
}

Outcome AndonService::respond(const QString &callId, const QString &action, const QString &note,
                              qint64 notBeforeMs)
{
    const QSqlDatabase db = m_db->connection();
    return m_db->inTransaction([&]() -> Outcome {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO andon_responses (id, call_id, action, note, employee_id, at, device_id, "
            "user_id) VALUES (:id, :call, :action, :note, NULL, :at, :device, :user)"));
        insert.bindValue(QStringLiteral(":id"), newUuidV7());
        insert.bindValue(QStringLiteral(":call"), callId);
        insert.bindValue(QStringLiteral(":action"), action);
        insert.bindValue(QStringLiteral(":note"), Sql::text(note.trimmed()));
        insert.bindValue(QStringLiteral(":at"), std::max(m_clock.nowMs(), notBeforeMs));
        insert.bindValue(QStringLiteral(":device"), m_db->deviceId());
        insert.bindValue(QStringLiteral(":user"), Sql::text(m_access->userId()));
        if (Outcome inserted = Sql::exec(insert, tr("save the answer to the andon call"));
            !inserted)
            return inserted;
        m_db->afterCommit([this] { emit callsChanged(); });
        return Outcome::success();
    });
}

Result<QList<AndonCall>> AndonService::openCalls(const QString &workshop) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(CallSelect +
                  QStringLiteral(
                      "WHERE NOT EXISTS (SELECT 1 FROM andon_responses a WHERE "
                      "a.call_id = c.id AND a.action = 'closed') AND (coalesce(:workshop, '') = '' "
                      "OR m.workshop = :workshop) ORDER BY c.called_at, c.id"));
    query.bindValue(QStringLiteral(":workshop"), Sql::text(workshop));
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
    return m_db->inTransaction([&]() -> Outcome {
        if (Outcome set = settings.setValue(EscalateKey, QString::number(minutes)); !set)
            return set;
        m_db->afterCommit([this] { emit callsChanged(); });
        return Outcome::success();
    });
}

} // namespace Taktline
