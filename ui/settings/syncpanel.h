#pragma once

#include "domain/sync/syncconnection.h"
#include "domain/sync/syncstatus.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Taktline {

class MessageBanner;
class SyncController;
class Workspace;

// Settings ▸ Sync (同步): where things stand (state in words, last sync, queued changes, open
// conflicts, the last error, a new device's first pull) with Sync now for everyone; and, for
// whoever may edit settings, the server this device syncs with — typed, pasted from an
// invitation or read from its QR code picture — with Test connection and Save.
class SyncPanel final : public QWidget
{
    Q_OBJECT
public:
    SyncPanel(Workspace *workspace, SyncController *sync, MessageBanner *banner,
              QWidget *parent = nullptr);

    // Fills the fields from an invitation (`taktline cloud add-device`); false, and the reason
    // on the banner, when it is not one.
    bool applyInvite(const QString &text);
    // Reads the invitation's QR code from a picture file and applies it.
    bool applyInvitePicture(const QString &path);
    SyncConnection enteredConnection() const;
    QString enteredPassword() const;
    void testConnection();
    void save();
    void showStatus(const SyncStatus &status);

    // The dialogs the buttons open; tests replace them. Empty text means cancelled.
    void setInviteAsker(std::function<QString(QWidget *)> ask) { m_askInvite = std::move(ask); }
    void setFileChooser(std::function<QString(QWidget *, const QString &title,
                                              const QString &filter)> choose)
    {
        m_chooseFile = std::move(choose);
    }

    QLabel *stateLabel() const { return m_state; }
    QLabel *testResultLabel() const { return m_testResult; }

signals:
    void conflictsRequested(); // "see Conflicts"

private:
    QWidget *createStatusBox();
    QWidget *createServerBox();
    void showConnection(const SyncConnection &connection);
    void updateTlsHint();
    void connectionTested(bool ok, const QString &message);

    Workspace *m_workspace;
    SyncController *m_sync;
    MessageBanner *m_banner;
    std::function<QString(QWidget *)> m_askInvite;
    std::function<QString(QWidget *, const QString &, const QString &)> m_chooseFile;
    QLabel *m_state = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_queued = nullptr;
    QLabel *m_conflicts = nullptr;
    QPushButton *m_openConflicts = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_pullText = nullptr;
    QProgressBar *m_pull = nullptr;
    QPushButton *m_syncNow = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_tlsHint = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace Taktline
