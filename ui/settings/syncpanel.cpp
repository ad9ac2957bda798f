#include "settings/syncpanel.h"

#include "common/files/namedfileiconprovider.h"
#include "common/messagebanner.h"
#include "item/sync/synctext.h"
#include "scan/camerascanner.h"
#include "services/access/accesscontrol.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"
#include "settings/cloudadminbox.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString stateKey(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Synced: return QStringLiteral("good");
    case SyncStatus::State::Offline:
    case SyncStatus::State::Waiting: return QStringLiteral("waiting");
    case SyncStatus::State::Error: return QStringLiteral("error");
    case SyncStatus::State::NotConfigured:
    case SyncStatus::State::Syncing: return QStringLiteral("neutral");
    }
    return {};
}

} // namespace

SyncPanel::SyncPanel(Workspace *workspace, SyncController *sync, MessageBanner *banner,
                     QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sync(sync)
    , m_banner(banner)
    , m_askInvite([](QWidget *parent) {
        return QInputDialog::getMultiLineText(
            parent, tr("Paste invitation"),
            tr("Paste the invitation the owner made for this device (it starts with "
               "taktline-sync:):"));
    })
    , m_chooseFile([](QWidget *parent, const QString &title, const QString &filter) {
        QFileDialog dialog(parent, title,
                           QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
        NamedFileIconProvider::protect(dialog); // it may be opened on the factory's folder
        dialog.setFileMode(QFileDialog::ExistingFile);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return QString();
        return dialog.selectedFiles().constFirst();
    })
{
    setObjectName(QStringLiteral("syncPanel"));
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(16, 12, 16, 16);
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->addWidget(createStatusBox());
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(createServerBox());
    // Adding and locking out devices is the owner's.
    const auto &session = workspace->access()->session();
    if (session && session->role == Role::Owner)
        left->insertWidget(1, new CloudAdminBox(workspace, sync, banner, this));
    right->addStretch(1);
    columns->addLayout(right, 1);
    connect(m_sync, &SyncController::statusChanged, this, &SyncPanel::showStatus);
    connect(m_sync, &SyncController::connectionTested, this, &SyncPanel::connectionTested);
    showConnection(m_sync->connection());
    showStatus(m_sync->status());
}

QWidget *SyncPanel::createStatusBox()
{
    auto *box = new QGroupBox(tr("This device's sync"), this);
    m_state = wrapped(box, QStringLiteral("syncStateLabel"));
    m_lastSync = wrapped(box, QStringLiteral("syncLastSyncLabel"));
    m_queued = wrapped(box, QStringLiteral("syncQueuedLabel"));
    m_conflicts = wrapped(box, QStringLiteral("syncConflictsLabel"));
    m_openConflicts = new QPushButton(tr("Open Conflicts"), box);
    m_openConflicts->setObjectName(QStringLiteral("openConflictsButton"));
    m_openConflicts->setProperty("link", true);
    m_lastError = wrapped(box, QStringLiteral("syncLastErrorLabel"));
    m_pullText = wrapped(box, QStringLiteral("syncPullLabel"));
    m_pull = new QProgressBar(box);
    m_pull->setObjectName(QStringLiteral("syncPullProgress"));
    m_pull->setTextVisible(false);
    m_syncNow = new QPushButton(tr("Sync now"), box);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setMinimumHeight(44);
    m_syncNow->setDefault(true);
    auto *conflictsRow = new QHBoxLayout;
    conflictsRow->addWidget(m_conflicts, 1);
    conflictsRow->addWidget(m_openConflicts);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_queued);
    layout->addLayout(conflictsRow);
    layout->addWidget(m_lastError);
    layout->addWidget(m_pullText);
    layout->addWidget(m_pull);
    layout->addWidget(m_syncNow, 0, Qt::AlignLeft);
    connect(m_syncNow, &QPushButton::clicked, m_sync, &SyncController::syncNow);
    connect(m_openConflicts, &QPushButton::clicked, this, &SyncPanel::conflictsRequested);
    return box;
}

QWidget *SyncPanel::createServerBox()
{
    auto *box = new QGroupBox(tr("Server"), this);
    auto *paste = new QPushButton(tr("Paste invitation…"), box);
    paste->setObjectName(QStringLiteral("pasteInviteButton"));
    auto *picture = new QPushButton(tr("Read QR code from picture…"), box);
    picture->setObjectName(QStringLiteral("inviteFromPictureButton"));
    auto *inviteNote = new QLabel(tr("The owner makes an invitation for each device: in "
                                     "Settings ▸ Sync on the office PC, or with "
                                     "\"taktline cloud add-device\"."),
                                  box);
    inviteNote->setObjectName(QStringLiteral("placeholderNote"));
    inviteNote->setWordWrap(true);
    m_host = new QLineEdit(box);
    m_host->setObjectName(QStringLiteral("syncHostEdit"));
    m_host->setPlaceholderText(tr("192.168.1.10 or db.example.com"));
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("syncPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setMinimumWidth(100);
    m_database = new QLineEdit(box);
    m_database->setObjectName(QStringLiteral("syncDatabaseEdit"));
    m_login = new QLineEdit(box);
    m_login->setObjectName(QStringLiteral("syncLoginEdit"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("syncPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(box);
    m_tls->setObjectName(QStringLiteral("syncTlsCombo"));
    for (SyncConnection::Tls tls : {SyncConnection::Tls::VerifyFull, SyncConnection::Tls::Require,
                                    SyncConnection::Tls::Disable})
        m_tls->addItem(SyncText::tlsName(tls), int(tls));
    m_tlsHint = wrapped(box, QStringLiteral("placeholderNote"));
    m_caFile = new QLineEdit(box);
    m_caFile->setObjectName(QStringLiteral("syncCaFileEdit"));
    m_caFile->setPlaceholderText(tr("None: the computer's own certificates"));
    auto *chooseCa = new QPushButton(tr("Choose…"), box);
    chooseCa->setObjectName(QStringLiteral("chooseCaFileButton"));
    m_test = new QPushButton(tr("Test connection"), box);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_save = new QPushButton(tr("Save"), box);
    m_save->setObjectName(QStringLiteral("saveSyncButton"));
    for (QPushButton *button : {m_test, m_save})
        button->setMinimumHeight(40);
    m_testResult = wrapped(box, QStringLiteral("syncTestResult"));

    auto *inviteRow = new QHBoxLayout;
    inviteRow->addWidget(paste);
    inviteRow->addWidget(picture);
    inviteRow->addStretch(1);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(chooseCa);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Device login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *tlsColumn = new QVBoxLayout;
    tlsColumn->setSpacing(4);
    tlsColumn->addWidget(m_tls);
    tlsColumn->addWidget(m_tlsHint);
    form->addRow(tr("Encryption:"), tlsColumn);
    form->addRow(tr("CA file:"), caRow);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);
    layout->addLayout(inviteRow);
    layout->addWidget(inviteNote);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);

    // Everyone sees where the device syncs; only whoever may edit settings changes it.
    const bool canEdit = m_workspace->access()->allows(Permission::EditSettings);
    for (QWidget *widget : std::initializer_list<QWidget *>{paste, picture, m_host, m_port,
                                                            m_database, m_login, m_password, m_tls,
                                                            m_caFile, chooseCa, m_test, m_save})
        widget->setEnabled(canEdit);
    inviteNote->setVisible(canEdit);

    connect(paste, &QPushButton::clicked, this, [this] {
        const QString text = m_askInvite(this);
        if (!text.trimmed().isEmpty())
            applyInvite(text);
    });
    connect(picture, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(
            this, tr("Choose the picture of the invitation's QR code"),
            tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            applyInvitePicture(path);
    });
    connect(chooseCa, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(this, tr("Choose the server's CA certificate"),
                                          tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(path));
    });
    connect(m_tls, &QComboBox::currentIndexChanged, this, &SyncPanel::updateTlsHint);
    connect(m_test, &QPushButton::clicked, this, &SyncPanel::testConnection);
    connect(m_save, &QPushButton::clicked, this, &SyncPanel::save);
    return box;
}

void SyncPanel::showConnection(const SyncConnection &connection)
{
    m_host->setText(connection.host);
    m_port->setValue(connection.port);
    m_database->setText(connection.database);
    m_login->setText(connection.login);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(int(connection.tls))));
    m_caFile->setText(QDir::toNativeSeparators(connection.caFile));
    m_password->setPlaceholderText(
        m_sync->isConfigured()
            ? tr("Saved in this computer's credential store; type it again to save a change")
            : QString());
    updateTlsHint();
}

void SyncPanel::updateTlsHint()
{
    const auto tls = SyncConnection::Tls(m_tls->currentData().toInt());
    m_tlsHint->setText(SyncText::tlsHint(tls));
    m_caFile->setEnabled(m_save->isEnabled() && tls == SyncConnection::Tls::VerifyFull);
}

SyncConnection SyncPanel::enteredConnection() const
{
    SyncConnection connection;
    connection.host = m_host->text().trimmed();
    connection.port = m_port->value();
    connection.database = m_database->text().trimmed();
    connection.login = m_login->text().trimmed();
    connection.tls = SyncConnection::Tls(m_tls->currentData().toInt());
    connection.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    return connection;
}

QString SyncPanel::enteredPassword() const
{
    return m_password->text();
}

bool SyncPanel::applyInvite(const QString &text)
{
    QString password;
    const Result<SyncConnection> invite = SyncConnection::fromInvite(text.trimmed(), &password);
    if (!invite) {
        m_banner->showMessage(tr("This invitation cannot be used: %1").arg(invite.error()));
        return false;
    }
    SyncConnection connection = invite.value();
    connection.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed()); // not in invites
    showConnection(connection);
    m_password->setText(password);
    m_testResult->clear();
    m_banner->showMessage(tr("The invitation filled in the server for %1. Press Test connection, "
                             "then Save.")
                              .arg(connection.login),
                          MessageBanner::Kind::Info);
    return true;
}

bool SyncPanel::applyInvitePicture(const QString &path)
{
    const Result<QString> code = CameraScanner::decodeFile(path);
    if (!code) {
        m_banner->showMessage(code.error());
        return false;
    }
    return applyInvite(code.value());
}

void SyncPanel::testConnection()
{
    const SyncConnection connection = enteredConnection();
    if (!connection.isComplete()) {
        m_testResult->setText(tr("Fill in the server, the database and the device login first."));
        m_testResult->setProperty("kind", QStringLiteral("error"));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setProperty("kind", QString());
    m_testResult->setText(tr("Testing the connection to %1…").arg(connection.host));
    m_testResult->style()->polish(m_testResult);
    m_sync->testConnection(connection, enteredPassword());
}

void SyncPanel::connectionTested(bool ok, const QString &message)
{
    m_test->setEnabled(m_save->isEnabled());
    m_testResult->setText(ok ? tr("✓ %1").arg(message) : tr("✗ %1").arg(message));
    m_testResult->setProperty("kind", ok ? QStringLiteral("good") : QStringLiteral("error"));
    m_testResult->style()->polish(m_testResult);
}

void SyncPanel::save()
{
    if (!m_sync->isConfigured() && enteredPassword().isEmpty()) {
        m_banner->showMessage(tr("Type the device's password, or paste its invitation."));
        return;
    }
    if (Outcome saved = m_sync->configure(enteredConnection(), enteredPassword()); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    m_password->clear();
    showConnection(m_sync->connection());
    m_banner->showMessage(tr("The server is saved. This device syncs with it from now on."),
                          MessageBanner::Kind::Success);
    m_sync->syncNow();
}

void SyncPanel::showStatus(const SyncStatus &status)
{
    const QDateTime now = m_workspace->clock().now();
    m_state->setText(SyncText::indicator(status));
    m_state->setProperty("kind", stateKey(status.state));
    m_state->style()->polish(m_state);
    const bool configured = status.state != SyncStatus::State::NotConfigured;
    m_lastSync->setText(configured ? SyncText::sentence(status, now) + QLatin1Char('\n')
                                         + SyncText::lastSync(status, now)
                                   : SyncText::sentence(status, now));
    m_queued->setText(SyncText::queued(status));
    m_queued->setVisible(configured);
    m_conflicts->setText(SyncText::conflicts(status));
    m_conflicts->setVisible(configured || status.openConflicts > 0);
    m_openConflicts->setVisible(status.openConflicts > 0);
    // A refusal is already said in the sentence above; an older error is said here.
    const bool olderError = !status.lastError.isEmpty() && status.state != SyncStatus::State::Error;
    m_lastError->setText(olderError ? tr("Last error: %1").arg(status.lastError) : QString());
    m_lastError->setVisible(olderError);
    const bool pulling = status.pullTotal > 0 && status.pullDone < status.pullTotal;
    m_pullText->setText(SyncText::firstPull(status));
    m_pullText->setVisible(pulling);
    m_pull->setRange(0, std::max(1, status.pullTotal));
    m_pull->setValue(std::min(status.pullDone, status.pullTotal));
    m_pull->setVisible(pulling);
    m_syncNow->setEnabled(configured && status.state != SyncStatus::State::Syncing);
}

} // namespace Taktline
