#pragma once

#include "domain/outcome.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class MasterDataService;
class SignInLockout;
class StationPinRepository;

// The optional station PIN (工位PIN码) typed after the badge scan, so that no one reports under
// a colleague's badge: set and cleared by whoever may edit employees, kept only as an Argon2id
// hash, checked here (never in the UI). Every attempt is audited; five wrong PINs in a row lock
// the badge for five minutes (doubling after, up to an hour). A right PIN gives a confirmation
// that the reporting service asks for while the factory requires PINs.
class StationPinService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinimumLength = 4;
    static constexpr int MaximumLength = 8;
    static constexpr qint64 FirstLockMs = 5 * 60 * 1000;

    StationPinService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                      AuditRepository *audit, const MasterDataService *masterData,
                      QObject *parent = nullptr);
    ~StationPinService() override;

    // The rule a new PIN must meet (4 to 8 digits, not one digit repeated nor a straight run);
    // the failure says why.
    static Outcome checkFormat(const QString &pin);
    static QString formatHint();

    // Needs EditMasterData; PIN and CONFIRMATION must match.
    Outcome setPin(const QString &employeeId, const QString &pin, const QString &confirmation);
    Outcome clearPin(const QString &employeeId);
    Result<bool> hasPin(const QString &employeeId) const;
    Result<int> activeEmployeesWithoutPin() const;

    // Checks EMPLOYEE_ID's PIN at this station. A right PIN returns a confirmation (an
    // unguessable token held only in this process); a wrong one, a locked badge or an employee
    // without a PIN is refused with a message the operator understands.
    Result<QString> confirm(const QString &employeeId, const QString &pin);
    // True when CONFIRMATION came from confirm() for EMPLOYEE_ID and is not yet released.
    bool isConfirmed(const QString &employeeId, const QString &confirmation) const;
    // The operator left: the confirmation no longer lets anything be reported.
    void release(const QString &confirmation);
    // When EMPLOYEE_ID's badge lock ends (UTC ms, by the workspace clock); 0 when not locked.
    Result<qint64> lockedUntil(const QString &employeeId) const;

signals:
    void pinChanged(const QString &employeeId);

private:
    Outcome store(const QString &employeeId, const QString &hash, const QString &action);
    Result<SignInLockout> lockoutOf(const QString &employeeId) const;
    Outcome audit(const QString &employeeId, const QString &action);
    QString lockedMessage(const SignInLockout &lockout) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
    std::unique_ptr<StationPinRepository> m_pins;
    QHash<QString, QString> m_confirmed; // confirmation → employee id
};

} // namespace Taktline
