#pragma once

#include "services/backup/backupservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Taktline {

class Workspace;

// Before a restore (恢复): what the chosen backup holds beside the factory file in use, where
// the file in use is saved first, the passphrase when the backup is encrypted. Accepting checks
// the backup in full; a backup that fails the check is refused here and nothing is closed.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const BackupEntry &entry, Workspace *workspace, QWidget *parent = nullptr);

    QString passphrase() const;
    QLineEdit *passphraseEdit() const { return m_passphrase; } // null unless encrypted
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *problemLabel() const { return m_problem; }
    void accept() override;

private:
    QWidget *createComparison(Workspace *workspace);

    BackupEntry m_entry;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Taktline
