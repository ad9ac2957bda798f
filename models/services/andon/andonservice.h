#pragma once

#include "domain/andon/andoncall.h"
#include "domain/outcome.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;

// Andon (安灯): a station calls for material, quality, maintenance or a supervisor; the call is a
// fact with who, where and when; a supervisor acknowledges it and closes it (facts too). An
// unanswered call escalates after the factory's set time (andon.escalate_minutes, default 10).
// Response and repair times feed the dashboard.
class AndonService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultEscalateMinutes = 10;

    AndonService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                 QObject *parent = nullptr);
    ~AndonService() override;

    // Needs UseStation. A second open call of the same kind at the same machine is refused
    // (the first is still waiting); answers the new call's id.
    Result<QString> call(const QString &machineId, AndonKind kind, const QString &employeeId,
                         const QString &note = {});
    // Need AnswerAndon (owner, planner, supervisor). Acknowledging a closed call, or closing
    // one twice, is refused with a clear message.
    Outcome acknowledge(const QString &callId, const QString &note = {});
    Outcome close(const QString &callId, const QString &note = {});

    // One call with its answers, or why there is none.
    Result<AndonCall> find(const QString &callId) const;
    // Calls not closed yet, oldest first; of one workshop when WORKSHOP is not empty.
    Result<QList<AndonCall>> openCalls(const QString &workshop = {}) const;
    // Calls made in [fromMs, toMs), oldest first (the dashboard's response and repair times).
    Result<QList<AndonCall>> calls(qint64 fromMs, qint64 toMs) const;

    qint64 escalateAfterMs() const;
    Outcome setEscalateAfterMinutes(int minutes); // 1 … 240; needs EditSettings

signals:
    void callsChanged();

private:
    Result<AndonCall> answerable(const QString &callId) const;
    Outcome respond(const QString &callId, const QString &action, const QString &note,
                    qint64 notBeforeMs);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
};

} // namespace Taktline
