#include "item/sync/synctext.h"

#include "item/backup/backuptext.h"

#include <QLocale>

namespace Taktline {

namespace {

QString clockTime(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime().time(), QStringLiteral("HH:mm"));
}

} // namespace

QString SyncText::indicator(const SyncStatus &status)
{
    switch (status.state) {
    case SyncStatus::State::NotConfigured:
        return tr("This PC only");
    case SyncStatus::State::Synced:
        return tr("Synced ✓");
    case SyncStatus::State::Syncing:
        return tr("Syncing…");
    case SyncStatus::State::Waiting:
        return tr("%n waiting", nullptr, status.queuedChanges);
    case SyncStatus::State::Offline:
        return status.offlineSince.isValid()
                   ? tr("Offline since %1").arg(clockTime(status.offlineSince))
                   : tr("Offline");
    case SyncStatus::State::Error:
        return tr("Sync error");
    }
    return {};
}

QString SyncText::sentence(const SyncStatus &status, const QDateTime &now)
{
    switch (status.state) {
    case SyncStatus::State::NotConfigured:
        return tr("No sync server is set up: this PC keeps the whole factory on its own.");
    case SyncStatus::State::Synced:
        return tr("Everything is synced.");
    case SyncStatus::State::Syncing:
        return tr("Syncing with the server now…");
    case SyncStatus::State::Waiting:
        return tr("Changes made here go to the server in a moment.");
    case SyncStatus::State::Offline:
        return tr("The server cannot be reached since %1. Work goes on here and nothing is lost; "
                  "changes wait until it is back.")
            .arg(status.offlineSince.isValid() ? BackupText::when(status.offlineSince, now)
                                               : tr("the last try"));
    case SyncStatus::State::Error:
        return tr("The server refused to sync: %1")
            .arg(status.lastError.isEmpty() ? tr("no reason given.") : status.lastError);
    }
    return {};
}

QString SyncText::summary(const SyncStatus &status, const QDateTime &now)
{
    QStringList lines{sentence(status, now)};
    if (status.state != SyncStatus::State::NotConfigured)
        lines << lastSync(status, now) << queued(status);
    if (status.openConflicts > 0)
        lines << conflicts(status);
    return lines.join(QLatin1Char('\n'));
}

QString SyncText::lastSync(const SyncStatus &status, const QDateTime &now)
{
    if (!status.lastSync.isValid())
        return tr("Not synced yet.");
    return tr("Last sync: %1.").arg(BackupText::when(status.lastSync, now));
}

QString SyncText::queued(const SyncStatus &status)
{
    if (status.queuedChanges == 0)
        return tr("No changes waiting.");
    if (status.queuedReports == 0)
        return tr("%n change(s) waiting", nullptr, status.queuedChanges);
    return tr("%1 (%2)", "changes waiting (reports among them)")
        .arg(tr("%n change(s) waiting", nullptr, status.queuedChanges),
             tr("%n report(s)", nullptr, status.queuedReports));
}

QString SyncText::conflicts(const SyncStatus &status)
{
    if (status.openConflicts == 0)
        return tr("No open conflicts.");
    return tr("%n open conflict(s): see Conflicts.", nullptr, status.openConflicts);
}

QString SyncText::station(const SyncStatus &status)
{
    if (status.state == SyncStatus::State::Offline)
        return tr("Offline, %n report(s) waiting to sync", nullptr, status.queuedReports);
    if (status.state == SyncStatus::State::Error)
        return tr("Not syncing, %n report(s) waiting — tell the office", nullptr,
                  status.queuedReports);
    return {};
}

QString SyncText::firstPull(const SyncStatus &status)
{
    if (status.pullTotal <= 0)
        return {};
    const QLocale locale;
    return tr("Fetching the factory: %1 of %2 changes")
        .arg(locale.toString(status.pullDone), locale.toString(status.pullTotal));
}

QString SyncText::tlsName(SyncConnection::Tls tls)
{
    switch (tls) {
    case SyncConnection::Tls::VerifyFull: return tr("Encrypted, server checked (verify-full)");
    case SyncConnection::Tls::Require: return tr("Encrypted, server not checked (require)");
    case SyncConnection::Tls::Disable: return tr("Not encrypted (disable)");
    }
    return {};
}

QString SyncText::tlsHint(SyncConnection::Tls tls)
{
    switch (tls) {
    case SyncConnection::Tls::VerifyFull:
        return tr("Recommended. The connection is encrypted and Taktline checks that it talks "
                  "to your server, with the CA file below or the computer's own certificates.");
    case SyncConnection::Tls::Require:
        return tr("Encrypted, but anyone who can pose as your server could read the factory's "
                  "data. Use it only on your own network.");
    case SyncConnection::Tls::Disable:
        return tr("Everything travels readable. Only for a server on this PC or a test.");
    }
    return {};
}

QString SyncText::kindName(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::DuplicateCode: return tr("Same code created twice");
    case SyncConflict::Kind::OverReported: return tr("Step reported past its quantity");
    case SyncConflict::Kind::LotOverFed: return tr("Lot fed past its stock");
    case SyncConflict::Kind::SerialShippedTwice: return tr("Serial shipped twice");
    case SyncConflict::Kind::CancelledWhileReported: return tr("Cancelled while reported");
    case SyncConflict::Kind::ChainMismatch: return tr("Hash chain differs");
    }
    return {};
}

} // namespace Taktline
