#include "services/masterdata/settingsservice.h"

#include "barcode/scantext.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/serials/serialpattern.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Taktline {

namespace {
const QString FactoryNameKey = QStringLiteral("factory_name");
const QString DemoKey = QStringLiteral("demo");
const QString IdentifierPrefixKey = QStringLiteral("identifier_prefix");
const QString LabelsCarryIdentifierKey = QStringLiteral("labels_carry_identifier");
const QString SerialPatternKey = QStringLiteral("serial_pattern");
// The national top-level node of China's industrial-internet identifier resolution system.
const QString NationalTopLevelCode = QStringLiteral("88");
constexpr int MinPrefixParts = 3;
// What BarcodeCodec reads back in a scanned identifier.
constexpr int MaxPrefixParts = 8;
constexpr int MaxPartDigits = 10;

QString translate(const char *text)
{
    return QCoreApplication::translate("Taktline::SettingsService", text);
}
} // namespace

SettingsService::SettingsService(std::shared_ptr<Database> db, const Clock &clock,
                                 AccessControl *access, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(m_db->connection())
    , m_access(access)
{
}

QString SettingsService::factoryName() const
{
    return m_repository.value(FactoryNameKey);
}

Outcome SettingsService::setFactoryName(const QString &name)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    const QString trimmed = name.simplified();
    if (trimmed.size() > 80)
        return Outcome::failure(translate("The factory name can have at most 80 characters."));
    Outcome saved = m_repository.setValue(FactoryNameKey, trimmed);
    if (saved)
        emit settingsChanged();
    return saved;
}

bool SettingsService::isDemo() const
{
    return m_repository.value(DemoKey) == QLatin1String("1");
}

Outcome SettingsService::markAsDemo()
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    return m_repository.setValue(DemoKey, QStringLiteral("1"));
}

QString SettingsService::identifierPrefix() const
{
    return m_repository.value(IdentifierPrefixKey);
}

bool SettingsService::labelsCarryIdentifier() const
{
    return m_repository.value(LabelsCarryIdentifierKey) == QLatin1String("1");
}

QString SettingsService::labelIdentifierPrefix() const
{
    return labelsCarryIdentifier() ? identifierPrefix() : QString();
}

Result<QString> SettingsService::normalizedIdentifierPrefix(const QString &prefix)
{
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    const QString text = ScanText::cleaned(prefix);
    if (text.isEmpty())
        return QStringLiteral(""); // not null: the settings table holds no NULL
    const QString shown = ScanText::shown(text);
    if (!digitsAndDots.match(text).hasMatch()) {
        return Outcome::failure(translate("The enterprise prefix '%1' may contain only digits "
                                          "separated by dots, such as 88.118.8.")
                                    .arg(shown));
    }
    const QStringList parts = text.split(u'.');
    if (parts.contains(QString())) {
        return Outcome::failure(translate("The enterprise prefix '%1' has an empty part: two dots "
                                          "in a row, or a dot at the start or the end.")
                                    .arg(shown));
    }
    if (parts.first() != NationalTopLevelCode) {
        return Outcome::failure(translate("The enterprise prefix '%1' must start with the "
                                          "national top-level code 88, such as 88.118.8.")
                                    .arg(shown));
    }
    if (parts.size() < MinPrefixParts) {
        return Outcome::failure(translate("The enterprise prefix '%1' is incomplete: it has 88, "
                                          "the industry code and the enterprise number, such as "
                                          "88.118.8 or 88.1002.35.")
                                    .arg(shown));
    }
    bool tooLongPart = false;
    for (const QString &part : parts)
        tooLongPart = tooLongPart || part.size() > MaxPartDigits;
    if (parts.size() > MaxPrefixParts || tooLongPart) {
        return Outcome::failure(translate("The enterprise prefix '%1' is too long: at most %2 "
                                          "parts of at most %3 digits each.")
                                    .arg(shown)
                                    .arg(MaxPrefixParts)
                                    .arg(MaxPartDigits));
    }
    return text;
}

Outcome SettingsService::setIdentifierSettings(const QString &prefix, bool labelsCarry)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    const Result<QString> normalized = normalizedIdentifierPrefix(prefix);
    if (!normalized)
        return normalized.outcome();
    if (labelsCarry && normalized.value().isEmpty()) {
        return Outcome::failure(translate("Labels can only carry the identifier when the "
                                          "enterprise prefix is set. Enter the prefix your "
                                          "secondary node assigned, such as 88.118.8."));
    }
    if (normalized.value() == identifierPrefix() && labelsCarry == labelsCarryIdentifier())
        return Outcome::success();
    Outcome saved = m_db->inTransaction([&]() {
        if (Outcome done = m_repository.setValue(IdentifierPrefixKey, normalized.value()); !done)
            return done;
        return m_repository.setValue(LabelsCarryIdentifierKey,
                                     labelsCarry ? QStringLiteral("1") : QStringLiteral("0"));
    });
    if (saved)
        emit settingsChanged();
    return saved;
}

Outcome SettingsService::setIdentifierPrefix(const QString &prefix)
{
    return setIdentifierSettings(prefix, labelsCarryIdentifier());
}

Outcome SettingsService::setLabelsCarryIdentifier(bool carry)
{
    return setIdentifierSettings(identifierPrefix(), carry);
}

QString SettingsService::serialPattern() const
{
    const QString pattern = m_repository.value(SerialPatternKey);
    return pattern.isEmpty() ? QStringLiteral("{WO}-{seq:4}") : pattern;
}

Outcome SettingsService::setSerialPattern(const QString &pattern)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    const QString trimmed = pattern.trimmed();
    if (Outcome valid = SerialPattern::check(trimmed, m_clock.today()); !valid)
        return valid;
    if (trimmed == serialPattern())
        return Outcome::success();
    Outcome saved = m_repository.setValue(SerialPatternKey, trimmed);
    if (saved)
        emit settingsChanged();
    return saved;
}

} // namespace Taktline
