#pragma once

#include <QCoreApplication>

#include "domain/backup/backupentry.h"
#include "domain/outcome.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Taktline {

// The backup folder's list of its backups (taktline-backups.json): each file's SHA-256, size,
// kind, time and contents, so an edited or ransomware-encrypted backup is noticed before anyone
// restores it.
class BackupManifest final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupManifest)

public:
    static QString fileName();
    // The manifest of FOLDER; empty when there is none or it cannot be read.
    static BackupManifest load(const QString &folder);
    Outcome save() const; // atomically (QSaveFile)

    bool exists() const { return m_exists; }
    std::optional<BackupEntry> find(const QString &fileName) const; // filePath set to the folder's
    QList<BackupEntry> entries() const;
    void put(const BackupEntry &entry);
    void remove(const QString &fileName);

    // The SHA-256 of the file at PATH in lower-case hex; empty when it cannot be read.
    static QString sha256(const QString &path);

private:
    QString m_folder;
    bool m_exists = false;
    QHash<QString, BackupEntry> m_entries; // by file name
};

} // namespace Taktline
