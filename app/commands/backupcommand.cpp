#include "backupcommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "passphraseprompt.h"
#include "services/access/accesscontrol.h"
#include "services/backup/backupservice.h"
#include "services/workspace.h"
#include "storage/backup/backupcipher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Taktline {

namespace {

// The context of the backup and restore commands' messages.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupCommand)
};

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            BackupCommand::tr("The factory database (default: %1).")
                .arg(QDir::toNativeSeparators(defaultDatabasePath())),
            QStringLiteral("path")};
}

QCommandLineOption passphraseOption()
{
    return {QStringLiteral("passphrase-env"),
            BackupCommand::tr(
                "Read the backup passphrase from the environment variable VAR (never give it on "
                "the command line). Without it an encrypted backup asks on the terminal."),
            QStringLiteral("VAR")};
}

// The passphrase for FILE: from --passphrase-env, else asked when FILE is encrypted.
Result<QString> passphraseFor(const QCommandLineParser &parser, const QString &file)
{
    if (parser.isSet(QStringLiteral("passphrase-env")))
        return PassphrasePrompt::fromEnvironment(parser.value(QStringLiteral("passphrase-env")));
    if (!BackupCipher::isEncrypted(file))
        return QString();
    return PassphrasePrompt::ask(BackupCommand::tr("Passphrase of the backup: "));
}

void printEntry(const BackupEntry &entry)
{
    const QLocale locale;
    printLine(BackupCommand::tr("File:         %1").arg(QDir::toNativeSeparators(entry.filePath)));
    printLine(BackupCommand::tr("State:        %1").arg(backupStateDisplayName(entry.state)));
    if (!entry.problem.isEmpty())
        printLine(BackupCommand::tr("Problem:      %1").arg(entry.problem));
    printLine(BackupCommand::tr("Kind:         %1%2")
                  .arg(backupKindDisplayName(entry.kind),
                       entry.encrypted ? BackupCommand::tr(", encrypted") : QString()));
    if (entry.takenAt.isValid())
        printLine(BackupCommand::tr("Taken:        %1")
                      .arg(entry.takenAt.toLocalTime().toString(Qt::ISODate)));
    printLine(BackupCommand::tr("Size:         %1").arg(locale.formattedDataSize(entry.sizeBytes)));
    if (entry.state == BackupEntry::State::Modified ||
        entry.state == BackupEntry::State::Unreadable)
        return;
    const BackupContents &contents = entry.contents;
    printLine(BackupCommand::tr("Factory:      %1").arg(contents.factoryName));
    printLine(BackupCommand::tr("Schema:       %1").arg(contents.schemaVersion));
    printLine(BackupCommand::tr("Work orders:  %1").arg(contents.workOrders));
    printLine(BackupCommand::tr("Reports:      %1").arg(contents.reports));
    printLine(BackupCommand::tr("Last report:  %1")
                  .arg(contents.lastReportAt
                           ? contents.lastReportAt->toLocalTime().toString(Qt::ISODate)
                           : BackupCommand::tr("none")));
}

int verifyFile(const QCommandLineParser &parser)
{
    const QString file = parser.value(QStringLiteral("verify"));
    const Result<QString> passphrase = passphraseFor(parser, file);
    if (!passphrase) {
        printError(passphrase.error());
        return 1;
    }
    const BackupEntry entry = BackupService::verify(file, passphrase.value());
    printEntry(entry);
    return entry.state == BackupEntry::State::Good ? 0 : 1;
}

} // namespace

int runBackupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupCommand::tr(
        "Writes a verified backup of the factory database (an online copy: Taktline may keep "
        "running), or checks one with --verify."));
    parser.addHelpOption();
    parser.addOptions({
        dbOption(),
        {QStringLiteral("out"),
         BackupCommand::tr(
             "The folder to write the backup to (default: the backup folder set in Settings ▸ "
             "Backup)."),
         QStringLiteral("dir")},
        {QStringLiteral("verify"),
         BackupCommand::tr("Check the backup FILE instead: its hash, its encryption and "
                           "SQLite's integrity check. Exit code 0 only when it is good."),
         QStringLiteral("file")},
        passphraseOption(),
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(BackupCommand::tr("Unexpected argument %1.")
                       .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("verify")))
        return verifyFile(parser);

    QString passphrase;
    if (parser.isSet(QStringLiteral("passphrase-env"))) {
        const Result<QString> given =
            PassphrasePrompt::fromEnvironment(parser.value(QStringLiteral("passphrase-env")));
        if (!given) {
            printError(given.error());
            return 2;
        }
        passphrase = given.value();
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(path, Database::IfMissing::Refuse);
    if (!workspace) {
        printError(workspace.error());
        return 1;
    }
    Workspace &ws = *workspace.value();
    ws.access()->signInAsSystem();
    const QString folder = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                               : ws.backups()->settings().folder;
    if (folder.isEmpty()) {
        printError(BackupCommand::tr(
            "No backup folder is set for this PC. Give one with --out DIR, or choose it "
            "in Settings ▸ Backup."));
        return 1;
    }
    const Result<BackupEntry> written =
        ws.backups()->backupNow(BackupKind::Manual, folder, passphrase);
    if (!written) {
        printError(written.error());
        return 1;
    }
    printEntry(written.value());
    return 0;
}

int runRestoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupCommand::tr(
        "Replaces the factory database with the content of a backup, after checking the backup "
        "and saving the current file as a before-restore backup. Close Taktline on this file "
        "first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 BackupCommand::tr("The backup to restore."));
    parser.addOptions({dbOption(), passphraseOption()});
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(BackupCommand::tr("Name exactly one backup file to restore."));
        return 2;
    }
    const QString file = parser.positionalArguments().constFirst();
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    // The safety copy goes to this PC's backup folder, or else beside the backup restored.
    QString safetyFolder = QFileInfo(file).absolutePath();
    if (QFileInfo(path).size() > 0) {
        Result<std::unique_ptr<Workspace>> workspace =
            Workspace::open(path, Database::IfMissing::Refuse);
        if (!workspace) {
            printError(workspace.error());
            return 1;
        }
        const QString configured = workspace.value()->backups()->settings().folder;
        if (!configured.isEmpty() && QFileInfo(configured).isDir())
            safetyFolder = configured;
    }
    const Result<QString> passphrase = passphraseFor(parser, file);
    if (!passphrase) {
        printError(passphrase.error());
        return 1;
    }
    const Result<BackupEntry> safety =
        BackupService::restore(path, file, passphrase.value(), safetyFolder);
    if (!safety) {
        printError(safety.error());
        return 1;
    }
    printLine(BackupCommand::tr("Restored %1 into %2.")
                  .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()),
                       QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    if (safety.value().filePath.isEmpty()) {
        printLine(BackupCommand::tr(
            "There was no factory file there before; it was made from the backup."));
        return 0;
    }
    printLine(BackupCommand::tr("The file as it was before is saved as:"));
    printEntry(safety.value());
    return 0;
}

} // namespace Taktline
