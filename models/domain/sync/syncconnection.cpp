#include "domain/sync/syncconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace Taktline {

namespace {

const QLatin1String scheme("taktline-sync:?");

QString tr(const char *text)
{
    return QCoreApplication::translate("Taktline::SyncConnection", text);
}

} // namespace

QString SyncConnection::toInvite(const QString &password) const
{
    const auto pair = [](const char *key, const QString &value) -> QString {
        return QString::fromLatin1(key) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    return scheme + QStringList{pair("host", host),         pair("port", QString::number(port)),
                                pair("db", database),       pair("login", login),
                                pair("password", password), pair("tls", tlsKey(tls))}
                        .join(QLatin1Char('&'));
}

Result<SyncConnection> SyncConnection::fromInvite(const QString &text, QString *password)
{
    const QString invite = text.trimmed();
    if (!invite.startsWith(scheme, Qt::CaseInsensitive)) {
        return Outcome::failure(tr("This is not a Taktline sync invitation: it should start "
                                   "with \"taktline-sync:?\"."));
    }
    QHash<QString, QString> values;
    const QStringList pairs = invite.mid(scheme.size()).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const auto eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq).toLower();
        values.insert(key,
                      eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toLatin1()));
    }
    const QList<std::pair<const char *, const char *>> required = {
        {"host", QT_TRANSLATE_NOOP("Taktline::SyncConnection", "the server")},
        {"db", QT_TRANSLATE_NOOP("Taktline::SyncConnection", "the database")},
        {"login", QT_TRANSLATE_NOOP("Taktline::SyncConnection", "the device login")},
        {"password", QT_TRANSLATE_NOOP("Taktline::SyncConnection", "the password")},
    };
    for (const auto &[key, what] : required) {
        if (values.value(QString::fromLatin1(key)).isEmpty()) {
            return Outcome::failure(tr("The sync invitation is incomplete: %1 is missing. "
                                       "Make a new one with \"taktline cloud add-device\".")
                                        .arg(tr(what)));
        }
    }
    SyncConnection connection;
    connection.host = values.value(QStringLiteral("host"));
    connection.database = values.value(QStringLiteral("db"));
    connection.login = values.value(QStringLiteral("login"));
    if (values.contains(QStringLiteral("port"))) {
        bool ok = false;
        connection.port = values.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || connection.port < 1 || connection.port > 65535) {
            return Outcome::failure(tr("The sync invitation names port \"%1\", which is not a "
                                       "port number.")
                                        .arg(values.value(QStringLiteral("port"))));
        }
    }
    const QString tls =
        values.value(QStringLiteral("tls"), QStringLiteral("verify-full")).toLower();
    if (const std::optional<Tls> mode = tlsFromKey(tls))
        connection.tls = *mode;
    else
        return Outcome::failure(tr("The sync invitation asks for the encryption \"%1\"; Taktline "
                                   "knows verify-full, require and disable.")
                                    .arg(tls));
    if (password)
        *password = values.value(QStringLiteral("password"));
    return connection;
}

QString SyncConnection::tlsKey(Tls tls)
{
    switch (tls) {
    case Tls::Disable:
        return QStringLiteral("disable");
    case Tls::Require:
        return QStringLiteral("require");
    case Tls::VerifyFull:
        break;
    }
    return QStringLiteral("verify-full");
}

std::optional<SyncConnection::Tls> SyncConnection::tlsFromKey(const QString &key)
{
    for (Tls tls : {Tls::VerifyFull, Tls::Require, Tls::Disable}) {
        if (key == tlsKey(tls))
            return tls;
    }
    return std::nullopt;
}

} // namespace Taktline
