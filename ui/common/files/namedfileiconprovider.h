#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>

class QFileDialog;

namespace Taktline {

// Icons and type names for the files a file dialog lists, from their names alone. Qt's own
// provider reads a file whose name says nothing (factory.sqlite, its -wal and -shm) to guess its
// type, and closing that descriptor drops every POSIX lock SQLite holds on the file for this
// process: another process may then delete the -wal under us. This one never opens a file.
class NamedFileIconProvider final : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::NamedFileIconProvider)

public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

    // Makes DIALOG list files with this provider, and outside Windows use Qt's own dialog
    // rather than the platform's, which may read files in this process to sniff their type.
    // (Windows locks are per handle, so its native dialog cannot drop SQLite's.)
    static void protect(QFileDialog &dialog);
};

} // namespace Taktline
