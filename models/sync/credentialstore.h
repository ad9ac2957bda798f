#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/outcome.h"
#include "domain/sync/syncconnection.h"

namespace Taktline {

// Keeps a device's sync password in the platform's credential store (Windows Credential
// Manager, the macOS keychain, Secret Service on Linux) through QtKeychain, keyed by the
// device's login and server. Never in the SQLite file or QSettings. Where no store exists
// (a server without a desktop session, CI), the password may come from the environment
// variable TAKTLINE_SYNC_PASSWORD instead; that variable, when set, always wins.
class CredentialStore final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::CredentialStore)

public:
    static constexpr const char *passwordVariable = "TAKTLINE_SYNC_PASSWORD";

    // "login@host:port/database": one entry per device login and server.
    static QString key(const SyncConnection &connection);
    // True when TAKTLINE_SYNC_PASSWORD is set (headless use and tests).
    static bool fromEnvironment();

    // The password for CONNECTION, or why there is none (no entry, no credential store).
    static Result<QString> read(const SyncConnection &connection);
    // Stores PASSWORD for CONNECTION; refuses, saying so, where there is no credential store
    // and TAKTLINE_SYNC_PASSWORD is not set. With the variable set nothing is stored.
    static Outcome write(const SyncConnection &connection, const QString &password);
    // Forgets the password for CONNECTION (success when there was none or no store).
    static Outcome remove(const SyncConnection &connection);

    static QString noStoreMessage(const QString &detail);
};

} // namespace Taktline
