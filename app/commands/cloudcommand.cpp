#include "cloudcommand.h"

#include "appidentity.h"
#include "barcode/barcodeimage.h"
#include "commandoptions.h"
#include "outputfile.h"
#include "storage/backup/backupinspector.h"
#include "storage/database.h"
#include "sync/cloudadmin.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Taktline {

namespace {

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("host"),
         QCoreApplication::translate("Taktline::CloudCommand", "The PostgreSQL server's address."),
         QStringLiteral("host")},
        {QStringLiteral("port"),
         QCoreApplication::translate("Taktline::CloudCommand", "Its port (default 5432)."),
         QStringLiteral("port")},
        {QStringLiteral("dbname"),
         QCoreApplication::translate("Taktline::CloudCommand",
                                     "The database that holds the sync schema."),
         QStringLiteral("name")},
        {QStringLiteral("user"),
         QCoreApplication::translate("Taktline::CloudCommand",
                                     "The server's admin account (it may create roles)."),
         QStringLiteral("admin")},
        {QStringLiteral("password-env"),
         QCoreApplication::translate(
             "Taktline::CloudCommand",
             "Read the admin's password from the environment variable VAR (default PGPASSWORD); "
             "never give it on the command line."),
         QStringLiteral("VAR")},
        {QStringLiteral("tls"),
         QCoreApplication::translate(
             "Taktline::CloudCommand",
             "Encryption: verify-full (default: encrypted, the certificate checked), require "
             "(encrypted, not checked) or disable (this PC or a test only)."),
         QStringLiteral("mode")},
        {QStringLiteral("ca"),
         QCoreApplication::translate(
             "Taktline::CloudCommand",
             "The CA certificate file that signed the server's certificate."),
         QStringLiteral("file")},
    });
}

// The admin's server from the options, or a message (exit 2) saying what is missing.
Result<CloudAdmin::Server> serverFrom(const QCommandLineParser &parser)
{
    CloudAdmin::Server server;
    server.host = parser.value(QStringLiteral("host"));
    server.database = parser.value(QStringLiteral("dbname"));
    server.user = parser.value(QStringLiteral("user"));
    if (server.host.isEmpty() || server.database.isEmpty() || server.user.isEmpty())
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::CloudCommand", "--host, --dbname and --user are needed."));
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        server.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || server.port < 1 || server.port > 65535)
            return Outcome::failure(QCoreApplication::translate(
                "Taktline::CloudCommand", "--port needs a port number (1–65535)."));
    }
    const QString tls = parser.value(QStringLiteral("tls"));
    if (tls.isEmpty())
        server.tls = SyncConnection::Tls::VerifyFull;
    else if (const std::optional<SyncConnection::Tls> mode = SyncConnection::tlsFromKey(tls))
        server.tls = *mode;
    else
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::CloudCommand", "--tls is verify-full, require or disable."));
    server.caFile = parser.value(QStringLiteral("ca"));
    if (!server.caFile.isEmpty() && !QFileInfo::exists(server.caFile))
        return Outcome::failure(
            QCoreApplication::translate("Taktline::CloudCommand",
                                        "The CA certificate file %1 does not exist.")
                .arg(QDir::toNativeSeparators(server.caFile)));
    const QString variable = parser.isSet(QStringLiteral("password-env"))
                                 ? parser.value(QStringLiteral("password-env"))
                                 : QStringLiteral("PGPASSWORD");
    if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
        return Outcome::failure(
            QCoreApplication::translate("Taktline::CloudCommand",
                                        "The environment variable %1 that should hold the admin's "
                                        "password is not set.")
                .arg(variable));
    }
    server.password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    return server;
}

// Parses ARGS for ACTION; the exit code when it should stop, or the server.
std::optional<int> prepare(QCommandLineParser &parser, const QStringList &args,
                           CloudAdmin::Server *server, bool needsName)
{
    if (std::optional<int> exit = parseOrExit(parser, args))
        return exit;
    if (needsName && parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("Taktline::CloudCommand",
                                               "Give the device's name, e.g. \"Lathe tablet\"."));
        return 2;
    }
    const Result<CloudAdmin::Server> found = serverFrom(parser);
    if (!found) {
        printError(found.error());
        return 2;
    }
    *server = found.value();
    return std::nullopt;
}

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::CloudCommand",
        "Sets up the sync schema in a PostgreSQL database (cloud/*.sql), as the server's "
        "admin. Safe to run again; refuses a server whose schema is newer than this "
        "Taktline."));
    parser.addHelpOption();
    addServerOptions(parser);
    CloudAdmin::Server server;
    if (std::optional<int> exit = prepare(parser, args, &server, false))
        return *exit;
    CloudAdmin admin(server);
    if (const Outcome done = admin.init(); !done) {
        printError(done.error());
        return 1;
    }
    printLine(QCoreApplication::translate(
                  "Taktline::CloudCommand",
                  "The sync server %1:%2, database %3, is ready (schema version %4). Add a "
                  "device with \"taktline cloud add-device NAME\".")
                  .arg(server.host)
                  .arg(server.port)
                  .arg(server.database)
                  .arg(CloudAdmin::SchemaVersion));
    return 0;
}

int runAddDevice(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::CloudCommand",
        "Adds a device (a PC or a tablet) to the factory on the sync server: its own login "
        "with a new random password. Prints what the device needs, once; with --qr-out also "
        "as a QR code the tablet scans in Settings ▸ Sync."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QCoreApplication::translate("Taktline::CloudCommand", "The device's name."));
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate(
             "Taktline::CloudCommand",
             "The factory database whose factory the device joins (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("qr-out"),
         QCoreApplication::translate("Taktline::CloudCommand",
                                     "Also write the invitation as a QR code PNG."),
         QStringLiteral("file.png")},
    });
    addServerOptions(parser);
    CloudAdmin::Server server;
    if (std::optional<int> exit = prepare(parser, args, &server, true))
        return *exit;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    const QString qrOut = parser.value(QStringLiteral("qr-out"));
    if (!qrOut.isEmpty()) {
        if (const Outcome allowed = OutputFile::check(qrOut, {QStringLiteral("png")}, path);
            !allowed) {
            printError(allowed.error());
            return 2;
        }
    }
    const Result<std::shared_ptr<Database>> db = Database::open(path, Database::IfMissing::Refuse);
    if (!db) {
        printError(db.error());
        return 1;
    }
    const BackupContents factory = BackupInspector::contentsOf(db.value()->connection());
    CloudAdmin admin(server);
    const Result<CloudAdmin::NewDevice> added = admin.addDevice(
        parser.positionalArguments().constFirst(), factory.factoryId, factory.factoryName);
    if (!added) {
        printError(added.error());
        return 1;
    }
    const CloudAdmin::NewDevice &device = added.value();
    const QString invite = device.connection.toInvite(device.password);
    printLine(QCoreApplication::translate("Taktline::CloudCommand",
                                          "Device \"%1\" joined the factory \"%2\" as device %3.")
                  .arg(parser.positionalArguments().constFirst(), device.tenantName, device.code));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Server:     %1")
                  .arg(device.connection.host));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Port:       %1")
                  .arg(device.connection.port));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Database:   %1")
                  .arg(device.connection.database));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Login:      %1")
                  .arg(device.connection.login));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Password:   %1")
                  .arg(device.password));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Encryption: %1")
                  .arg(SyncConnection::tlsKey(device.connection.tls)));
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "Invitation: %1").arg(invite));
    printLine(QCoreApplication::translate(
        "Taktline::CloudCommand",
        "The password is shown only now: enter it on the device (Settings ▸ Sync) or "
        "scan the invitation, then keep it nowhere else."));
    if (!qrOut.isEmpty()) {
        const Result<QImage> qr = BarcodeImage::encodeQr(invite, 8);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        const Outcome written =
            !qr ? qr.outcome()
            : qr.value().save(&buffer, "PNG")
                ? OutputFile::write(qrOut, png)
                : Outcome::failure(QCoreApplication::translate("Taktline::CloudCommand",
                                                               "The QR code could not be drawn."));
        if (!written) {
            printError(written.error());
            return 1;
        }
        printLine(QCoreApplication::translate("Taktline::CloudCommand", "QR code:    %1")
                      .arg(QDir::toNativeSeparators(qrOut)));
    }
    return 0;
}

int runRevokeDevice(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::CloudCommand",
        "Locks a device out of the sync server (a lost or replaced tablet): its login can no "
        "longer sign in and its open connection is refused. What it pushed before stays."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QCoreApplication::translate("Taktline::CloudCommand", "The device's name."));
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "Taktline::CloudCommand",
                          "The factory database, when several factories share the server."),
                      QStringLiteral("path")});
    addServerOptions(parser);
    CloudAdmin::Server server;
    if (std::optional<int> exit = prepare(parser, args, &server, true))
        return *exit;
    QString tenant;
    if (parser.isSet(QStringLiteral("db"))) {
        const auto db =
            Database::open(parser.value(QStringLiteral("db")), Database::IfMissing::Refuse);
        if (!db) {
            printError(db.error());
            return 1;
        }
        tenant = BackupInspector::contentsOf(db.value()->connection()).factoryId;
    }
    CloudAdmin admin(server);
    const QString name = parser.positionalArguments().constFirst();
    if (const Outcome done = admin.revokeDevice(name, tenant); !done) {
        printError(done.error());
        return 1;
    }
    printLine(QCoreApplication::translate("Taktline::CloudCommand",
                                          "Device \"%1\" is locked out of the sync server.")
                  .arg(name));
    return 0;
}

int runDevices(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::CloudCommand", "Lists the devices on the sync server."));
    parser.addHelpOption();
    addServerOptions(parser);
    CloudAdmin::Server server;
    if (std::optional<int> exit = prepare(parser, args, &server, false))
        return *exit;
    CloudAdmin admin(server);
    const auto devices = admin.devices();
    if (!devices) {
        printError(devices.error());
        return 1;
    }
    for (const CloudAdmin::Device &device : devices.value()) {
        const QString state =
            device.revokedAt.isValid()
                ? QCoreApplication::translate("Taktline::CloudCommand", "revoked %1")
                      .arg(device.revokedAt.toString(Qt::ISODate))
            : device.bound ? QCoreApplication::translate("Taktline::CloudCommand", "in use")
                           : QCoreApplication::translate("Taktline::CloudCommand", "not used yet");
        printLine(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(device.tenantName, device.code, device.name, device.login, state));
    }
    printLine(QCoreApplication::translate("Taktline::CloudCommand", "%n device(s)", nullptr,
                                          int(devices.value().size())));
    return 0;
}

} // namespace

int runCloudCommand(const QStringList &args)
{
    const QString action = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == QLatin1String("init"))
        return runInit(rest);
    if (action == QLatin1String("add-device"))
        return runAddDevice(rest);
    if (action == QLatin1String("revoke-device"))
        return runRevokeDevice(rest);
    if (action == QLatin1String("devices"))
        return runDevices(rest);
    const QString usage = QCoreApplication::translate(
        "Taktline::CloudCommand",
        "Usage: taktline cloud init --host H [--port P] --dbname D --user ADMIN [--password-env "
        "VAR] "
        "[--tls verify-full|require|disable] [--ca FILE]\n"
        "       taktline cloud add-device NAME [--db PATH] [--qr-out FILE.png] (server options)\n"
        "       taktline cloud revoke-device NAME [--db PATH] (server options)\n"
        "       taktline cloud devices (server options)\n"
        "Sets up a PostgreSQL server for sync and its devices. Each has --help.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printLine(usage);
        return 0;
    }
    if (!action.isEmpty())
        printError(
            QCoreApplication::translate("Taktline::CloudCommand", "unknown cloud action '%1'.")
                .arg(action));
    std::fprintf(stderr, "%s\n", usage.toLocal8Bit().constData());
    return 2;
}

} // namespace Taktline
