#include "services/station/stationpinservice.h"

#include "domain/access/signinlockout.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/access/passwordhasher.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/station/stationpinrepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Taktline {

namespace {

// Audited per employee: the badge's PIN attempts and changes.
const QString PinEntity = QStringLiteral("station-pin");
const QString Failure = QStringLiteral("failure");
const QString Success = QStringLiteral("success");
const QString Locked = QStringLiteral("pin-locked");
const QString RefusedLocked = QStringLiteral("refused-locked");
const QString SetAction = QStringLiteral("pin-set");
const QString ClearAction = QStringLiteral("pin-clear");

bool isDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar ch) { return ch >= QLatin1Char('0') && ch <= QLatin1Char('9'); });
}

QString newConfirmation()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token +=
            QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
    return token;
}

} // namespace

StationPinService::StationPinService(std::shared_ptr<Database> db, const Clock &clock,
                                     AccessControl *access, AuditRepository *audit,
                                     const MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_pins(std::make_unique<StationPinRepository>(m_db->connection()))
{
}

StationPinService::~StationPinService() = default;

Outcome StationPinService::checkFormat(const QString &pin)
{
    if (pin.size() < MinimumLength || pin.size() > MaximumLength || !isDigits(pin))
        return Outcome::failure(
            tr("A PIN has %1 to %2 digits, nothing else.").arg(MinimumLength).arg(MaximumLength));
    if (PasswordHasher::isGuessable(pin)) // "0000", "1234", "9876"
        return Outcome::failure(
            tr("This PIN is too easy to guess (one digit repeated or a straight run like "
               "1234). Choose another."));
    return Outcome::success();
}

QString StationPinService::formatHint()
{
    return tr("%1 to %2 digits; not 0000 or 1234.").arg(MinimumLength).arg(MaximumLength);
}

Outcome StationPinService::setPin(const QString &employeeId, const QString &pin,
                                  const QString &confirmation)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    if (Outcome format = checkFormat(pin); !format)
        return format;
    if (pin != confirmation)
        return Outcome::failure(tr("The two PINs are not the same."));
    const Result<QString> hash = PasswordHasher::hash(pin);
    if (!hash)
        return hash.outcome();
    return store(employeeId, hash.value(), SetAction);
}

Outcome StationPinService::clearPin(const QString &employeeId)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    return store(employeeId, QString(), ClearAction);
}

Outcome StationPinService::store(const QString &employeeId, const QString &hash,
                                 const QString &action)
{
    if (const Result<MasterRecord> employee =
            m_masterData->find(MasterDataKind::Employee, employeeId);
        !employee)
        return employee.outcome();
    // A new or cleared PIN also lifts a lock: the supervisor has seen the operator.
    const Outcome saved = m_db->inTransaction([&] {
        if (Outcome done = m_pins->setHash(employeeId, hash, m_clock.nowMs()); !done)
            return done;
        return m_audit->append(m_access->userId(), PinEntity, employeeId, action);
    });
    if (saved)
        emit pinChanged(employeeId);
    return saved;
}

Result<bool> StationPinService::hasPin(const QString &employeeId) const
{
    const Result<QString> hash = m_pins->hashFor(employeeId);
    if (!hash)
        return hash.outcome();
    return !hash.value().isEmpty();
}

Result<int> StationPinService::activeEmployeesWithoutPin() const
{
    return m_pins->activeWithoutPin();
}

Result<SignInLockout> StationPinService::lockoutOf(const QString &employeeId) const
{
    const Result<QList<QPair<qint64, QString>>> actions =
        m_audit->actionsFor(PinEntity, employeeId);
    if (!actions)
        return actions.outcome();
    QList<SignInLockout::Event> events;
    for (const auto &[atMs, action] : actions.value()) {
        if (action == Failure)
            events.append({atMs, SignInLockout::Attempt::Failure});
        else if (action == Success)
            events.append({atMs, SignInLockout::Attempt::Success});
        else if (action == SetAction || action == ClearAction)
            events.append({atMs, SignInLockout::Attempt::Unlock});
    }
    return SignInLockout(events, FirstLockMs);
}

Outcome StationPinService::audit(const QString &employeeId, const QString &action)
{
    return m_audit->append(m_access->userId(), PinEntity, employeeId, action,
                           QStringLiteral("device %1").arg(m_db->deviceCode()));
}

QString StationPinService::lockedMessage(const SignInLockout &lockout) const
{
    return tr("Too many wrong PINs: this badge is locked at this station. Try again in %n "
              "minute(s), or ask the supervisor to set a new PIN.",
              nullptr, lockout.minutesLeft(m_clock.nowMs()));
}

Result<QString> StationPinService::confirm(const QString &employeeId, const QString &pin)
{
    const Result<SignInLockout> before = lockoutOf(employeeId);
    if (!before)
        return before.outcome();
    if (before.value().isLocked(m_clock.nowMs())) {
        // Refused without looking at the PIN: a locked badge cannot be guessed at.
        if (Outcome audited = audit(employeeId, RefusedLocked); !audited)
            return audited;
        return Outcome::failure(lockedMessage(before.value()));
    }
    const Result<QString> hash = m_pins->hashFor(employeeId);
    if (!hash)
        return hash.outcome();
    if (hash.value().isEmpty())
        return Outcome::failure(tr("This badge has no station PIN yet. Ask the supervisor to set "
                                   "one under Master data ▸ Employees."));
    if (!PasswordHasher::verify(hash.value(), pin)) {
        if (Outcome audited = audit(employeeId, Failure); !audited)
            return audited;
        const Result<SignInLockout> after = lockoutOf(employeeId);
        if (!after)
            return after.outcome();
        if (after.value().isLocked(m_clock.nowMs())) {
            if (Outcome audited = audit(employeeId, Locked); !audited)
                return audited;
            return Outcome::failure(lockedMessage(after.value()));
        }
        const int left = SignInLockout::FreeFailures - after.value().failuresInARow();
        return Outcome::failure(
            tr("Wrong PIN. %n more wrong PIN(s) lock this badge.", nullptr, left));
    }
    if (Outcome audited = audit(employeeId, Success); !audited)
        return audited;
    const QString confirmation = newConfirmation();
    m_confirmed.insert(confirmation, employeeId);
    return confirmation;
}

bool StationPinService::isConfirmed(const QString &employeeId, const QString &confirmation) const
{
    return !employeeId.isEmpty() && !confirmation.isEmpty() &&
           m_confirmed.value(confirmation) == employeeId;
}

void StationPinService::release(const QString &confirmation)
{
    m_confirmed.remove(confirmation);
}

Result<qint64> StationPinService::lockedUntil(const QString &employeeId) const
{
    const Result<SignInLockout> lockout = lockoutOf(employeeId);
    if (!lockout)
        return lockout.outcome();
    return lockout.value().isLocked(m_clock.nowMs()) ? lockout.value().lockedUntilMs() : 0;
}

} // namespace Taktline
