#include "synccommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "services/sync/synccontroller.h"
#include "storage/database.h"
#include "sync/credentialstore.h"
#include "sync/syncengine.h"
#include "sync/syncserver.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Taktline {

namespace {

enum Exit { Synced = 0, Offline = 1, BadArguments = 2, NotSetUp = 3, Refused = 4 };

// The command's texts, in one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncCommand)
};

QString stateName(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::NotConfigured:
        return QStringLiteral("not_configured");
    case SyncStatus::State::Synced:
        return QStringLiteral("synced");
    case SyncStatus::State::Syncing:
        return QStringLiteral("syncing");
    case SyncStatus::State::Waiting:
        return QStringLiteral("waiting");
    case SyncStatus::State::Offline:
        return QStringLiteral("offline");
    case SyncStatus::State::Error:
        break;
    }
    return QStringLiteral("error");
}

QString serverText(const SyncConnection &connection)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(connection.login, connection.host)
        .arg(connection.port)
        .arg(connection.database);
}

int printStatus(Database &db, bool json)
{
    const SyncConnection connection = SyncState(db.connection()).connection();
    const SyncStatus status = SyncState(db.connection()).status();
    const QString lastSync = status.lastSync.isValid()
        ? status.lastSync.toString(Qt::ISODate)
        : QString();
    if (json) {
        const QJsonObject root{
            {QStringLiteral("configured"), connection.isComplete()},
            {QStringLiteral("state"), stateName(status.state)},
            {QStringLiteral("server"), connection.isComplete() ? serverText(connection) : QString()},
            {QStringLiteral("tls"), SyncConnection::tlsKey(connection.tls)},
            {QStringLiteral("queued"), status.queuedChanges},
            {QStringLiteral("queued_reports"), status.queuedReports},
            {QStringLiteral("open_conflicts"), status.openConflicts},
            {QStringLiteral("last_sync"), lastSync},
            {QStringLiteral("last_error"), status.lastError}};
        printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return Synced;
    }
    if (!connection.isComplete()) {
        printLine(Text::tr("Sync: not set up; this file works on its own. Queued changes: %1.")
                      .arg(status.queuedChanges));
        return Synced;
    }
    printLine(Text::tr("Server: %1 (TLS: %2)").arg(serverText(connection), SyncConnection::tlsKey(connection.tls)));
    printLine(Text::tr("Queued changes: %1 (reports: %2)")
                  .arg(status.queuedChanges)
                  .arg(status.queuedReports));
    printLine(Text::tr("Last sync: %1").arg(lastSync.isEmpty() ? Text::tr("never") : lastSync));
    printLine(Text::tr("Last error: %1").arg(status.lastError.isEmpty() ? Text::tr("none") : status.lastError));
    if (status.openConflicts > 0)
        printLine(Text::tr("Open conflicts: %1").arg(status.openConflicts));
    return Synced;
}

QString readInvite(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

int connect(Database &db, const QString &invite)
{
    QString password;
    const Result<SyncConnection> connection = SyncConnection::fromInvite(invite, &password);
    if (!connection) {
        printError(connection.error());
        return BadArguments;
    }
    SyncController controller(std::shared_ptr<Database>(&db, [](Database *) {}));
    if (Outcome configured = controller.configure(connection.value(), password); !configured) {
        printError(configured.error());
        return Refused;
    }
    printLine(Text::tr("This device now syncs with %1. Run \"taktline sync\" to send and fetch the "
                 "changes.")
                  .arg(serverText(connection.value())));
    if (CredentialStore::fromEnvironment()) {
        printLine(Text::tr("The password was not stored: it is read from %1 at every sync.")
                      .arg(QString::fromLatin1(CredentialStore::passwordVariable)));
    }
    return Synced;
}

int runRound(Database &db)
{
    const SyncConnection connection = SyncState(db.connection()).connection();
    if (!connection.isComplete()) {
        printError(Text::tr("This file has no sync server set up. Set one up with \"taktline sync "
                      "--connect INVITE\" or in Settings ▸ Sync."));
        return NotSetUp;
    }
    const Result<QString> password = CredentialStore::read(connection);
    if (!password) {
        printError(password.error());
        return Refused;
    }
    SyncEngine engine(db.path(), connection, password.value());
    const Outcome done = engine.syncOnce();
    const SyncStatus status = engine.status();
    if (!done) {
        printError(done.error());
        return status.state == SyncStatus::State::Offline ? Offline : Refused;
    }
    printLine(Text::tr("Synced with %1; changes still queued: %2.")
                  .arg(serverText(connection))
                  .arg(status.queuedChanges));
    return Synced;
}

} // namespace

int runSyncCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Runs one sync round with the factory's sync server: sends this device's queued "
           "changes and fetches the other devices'. For Windows Task Scheduler or cron. Exit "
           "code 0: synced; 1: the server cannot be reached (the changes wait); 2: wrong "
           "arguments; 3: no sync server is set up; 4: the server refused (password, clock, "
           "revoked login, …). The password comes from the credential store, or from the "
           "environment variable %1 where there is none.")
            .arg(QString::fromLatin1(CredentialStore::passwordVariable)));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"),
         Text::tr("The factory database (default: %1).").arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("status"), Text::tr("Say what is queued and how the last sync went; sync nothing.")},
        {QStringLiteral("json"), Text::tr("With --status: print JSON instead of text.")},
        {QStringLiteral("connect"),
         Text::tr("Set this device up from the invitation \"taktline cloud add-device\" printed (\"-\" "
            "reads it from standard input, keeping the password out of the shell history)."),
         QStringLiteral("invite")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("json")) && !parser.isSet(QStringLiteral("status"))) {
        printError(Text::tr("--json goes with --status."));
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("status")) && parser.isSet(QStringLiteral("connect"))) {
        printError(Text::tr("--status and --connect cannot be combined."));
        return BadArguments;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    Result<std::shared_ptr<Database>> db = Database::open(path, Database::IfMissing::Refuse);
    if (!db) {
        printError(db.error());
        return NotSetUp;
    }
    if (parser.isSet(QStringLiteral("status")))
        return printStatus(*db.value(), parser.isSet(QStringLiteral("json")));
    if (parser.isSet(QStringLiteral("connect")))
        return connect(*db.value(), readInvite(parser.value(QStringLiteral("connect"))));
    return runRound(*db.value());
}

} // namespace Taktline
