#pragma once

#include <QString>

#include <optional>

#include "domain/outcome.h"

namespace Taktline {

// How this device reaches its sync server. Kept per device (never synced); the password is not
// here: it lives in the platform's credential store (CredentialStore).
struct SyncConnection
{
    enum class Tls {
        Disable,   // only for a server on this PC or a test on 127.0.0.1
        Require,   // encrypted, the certificate not checked
        VerifyFull // encrypted and the server's certificate checked against caFile / the system
    };

    QString host;
    int port = 5432;
    QString database;
    QString login;      // the device's own PostgreSQL login (made by `taktline cloud add-device`)
    Tls tls = Tls::VerifyFull;
    QString caFile;     // a CA certificate file for VerifyFull ("" = the system's)

    bool isComplete() const { return !host.isEmpty() && !database.isEmpty() && !login.isEmpty(); }

    // The invitation `cloud add-device` prints and shows as a QR code:
    // "taktline-sync:?host=…&port=…&db=…&login=…&password=…&tls=verify-full|require|disable"
    // (percent-encoded). fromInvite() fills the connection and the password, or says what is wrong.
    QString toInvite(const QString &password) const;

    // The TLS mode as the invitation, the settings and the command line spell it
    // ("verify-full", "require", "disable"); tlsFromKey() is empty for anything else.
    static QString tlsKey(Tls tls);
    static std::optional<Tls> tlsFromKey(const QString &key);
    static Result<SyncConnection> fromInvite(const QString &text, QString *password);
};

} // namespace Taktline
