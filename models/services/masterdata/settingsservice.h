#pragma once

#include "storage/settingsrepository.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;

// Factory-wide settings that every device shares (not per-user preferences like language).
class SettingsService final : public QObject
{
    Q_OBJECT
public:
    SettingsService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    QObject *parent = nullptr);

    QString factoryName() const;
    Outcome setFactoryName(const QString &name);
    bool isDemo() const;
    Outcome markAsDemo(); // only the demo builder calls this

    // The enterprise prefix (企业前缀) of industrial-internet identifiers such as 88.118.8;
    // empty when none is set.
    QString identifierPrefix() const;
    // Whether lot and serial labels carry the identifier PREFIX/LOT:… or PREFIX/SN:….
    bool labelsCarryIdentifier() const;
    // The prefix lot and serial labels carry, or empty when they carry none.
    QString labelIdentifierPrefix() const;
    // Needs EditSettings. Saves both or, when one is refused, neither: the prefix must be 88
    // followed by at least two more numbers, dot-separated (spaces around it and a Chinese input
    // method's full-width digits and dots are tidied); an empty prefix clears it, and labels
    // can only carry the identifier when a prefix is set.
    Outcome setIdentifierSettings(const QString &prefix, bool labelsCarry);
    Outcome setIdentifierPrefix(const QString &prefix);
    Outcome setLabelsCarryIdentifier(bool carry);
    // PREFIX as it is stored ("88.118.8"), empty for an empty text, or why it is no prefix.
    static Result<QString> normalizedIdentifierPrefix(const QString &prefix);

    // The pattern new serial numbers (序列号) are offered with, {WO}-{seq:4} until one is set.
    QString serialPattern() const;
    // Needs EditSettings. A pattern SerialService would refuse is refused with its message, and
    // the saved one is kept.
    Outcome setSerialPattern(const QString &pattern);

signals:
    void settingsChanged();

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    SettingsRepository m_repository;
    AccessControl *m_access;
};

} // namespace Taktline
