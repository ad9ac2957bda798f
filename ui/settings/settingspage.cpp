#include "settings/settingspage.h"

#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/access/passwordhasher.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"
#include "settings/auditlogpanel.h"
#include "settings/backuppanel.h"
#include "settings/calendareditor.h"
#include "settings/identifiersbox.h"
#include "settings/syncpanel.h"
#include "settings/userspanel.h"
#include "station/stationsettingsbox.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Taktline {

SettingsPage::SettingsPage(Workspace *workspace, LanguageManager *language, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_language(language)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(16, 12, 16, 16);
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->addWidget(createLanguageBox());
    left->addWidget(createFactoryBox());
    left->addWidget(createPasswordBox());
    left->addWidget(new StationSettingsBox(workspace, m_banner, this));
    left->addWidget(new IdentifiersBox(workspace, m_banner, this));
    left->addStretch(1);
    columns->addLayout(left, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(new CalendarEditor(workspace, m_banner, content));
    if (workspace->access()->allows(Permission::ManageUsers)) {
        auto *users = new QGroupBox(tr("User accounts"), content);
        auto *usersLayout = new QVBoxLayout(users);
        usersLayout->addWidget(new UsersPanel(workspace, m_banner, users));
        right->addWidget(users, 1);
    }
    right->addStretch(0);
    columns->addLayout(right, 3);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The owner's audit log is a tab beside the settings; other roles see no tab bar at all.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    scroll->setObjectName(QStringLiteral("generalSettingsTab"));
    m_tabs->addTab(scroll, tr("General"));
    if (workspace->access()->allows(Permission::ViewAuditLog)) {
        m_auditLog = new AuditLogPanel(workspace, m_banner, m_tabs);
        m_tabs->addTab(m_auditLog, tr("Audit log"));
    }
    // Backups are the owner's: where the factory's copies go, and replacing the file with one.
    const auto &session = workspace->access()->session();
    if (session && session->role == Role::Owner) {
        m_backups = new BackupPanel(workspace, m_banner, m_tabs);
        m_tabs->addTab(m_backups, tr("Backup"));
        connect(m_backups, &BackupPanel::restoreRequested, this, &SettingsPage::restoreRequested);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bannerHolder = new QVBoxLayout;
    bannerHolder->setContentsMargins(16, 8, 16, 0);
    bannerHolder->addWidget(m_banner);
    layout->addLayout(bannerHolder);
    layout->addWidget(m_tabs);
}

void SettingsPage::addSyncTab(SyncController *sync)
{
    if (m_sync || !sync)
        return;
    m_sync = new SyncPanel(m_workspace, sync, m_banner, m_tabs);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("syncSettingsTab"));
    scroll->setWidget(m_sync);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->insertTab(1, scroll, tr("Sync"));
    connect(m_sync, &SyncPanel::conflictsRequested, this, &SettingsPage::conflictsRequested);
}

void SettingsPage::showTab(const QString &tab)
{
    if (tab == QLatin1String("sync") && m_sync)
        m_tabs->setCurrentIndex(1);
    else if (tab == QLatin1String("audit") && m_auditLog)
        m_tabs->setCurrentWidget(m_auditLog);
    else if (tab == QLatin1String("backup") && m_backups)
        m_tabs->setCurrentWidget(m_backups);
    else if (tab == QLatin1String("general"))
        m_tabs->setCurrentIndex(0);
}

QWidget *SettingsPage::createLanguageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    m_languageCombo = new QComboBox(box);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : LanguageManager::availableLanguages())
        m_languageCombo->addItem(LanguageManager::nativeName(code), code);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language->current()));
    auto *note = new QLabel(tr("Takes effect at once, for you on this computer."), box);
    note->setObjectName(QStringLiteral("placeholderNote"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Interface language:"), m_languageCombo);
    form->addRow(QString(), note);
    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        m_language->applyAndStore(m_languageCombo->itemData(index).toString());
    });
    return box;
}

QWidget *SettingsPage::createFactoryBox()
{
    auto *box = new QGroupBox(tr("Factory"), this);
    m_factoryName = new QLineEdit(m_workspace->settings()->factoryName(), box);
    m_factoryName->setObjectName(QStringLiteral("factoryNameEdit"));
    auto *save = new QPushButton(tr("Save"), box);
    save->setObjectName(QStringLiteral("saveFactoryButton"));
    const bool canEdit = m_workspace->access()->allows(Permission::EditSettings);
    m_factoryName->setReadOnly(!canEdit);
    save->setVisible(canEdit);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_factoryName, 1);
    nameRow->addWidget(save);
    auto *path = new QLabel(QDir::toNativeSeparators(m_workspace->database().path()), box);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Factory name:"), nameRow);
    form->addRow(tr("Database file:"), path);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveFactoryName);
    return box;
}

QWidget *SettingsPage::createPasswordBox()
{
    auto *box = new QGroupBox(tr("My password"), this);
    m_oldPassword = new QLineEdit(box);
    m_newPassword = new QLineEdit(box);
    m_confirmPassword = new QLineEdit(box);
    for (QLineEdit *edit : {m_oldPassword, m_newPassword, m_confirmPassword})
        edit->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(PasswordHasher::strengthHint());
    auto *change = new QPushButton(tr("Change password"), box);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Current password:"), m_oldPassword);
    form->addRow(tr("New password:"), m_newPassword);
    form->addRow(tr("Repeat new password:"), m_confirmPassword);
    form->addRow(QString(), change);
    connect(change, &QPushButton::clicked, this, &SettingsPage::changePassword);
    box->setVisible(!m_workspace->access()->userId().isEmpty());
    return box;
}

void SettingsPage::saveFactoryName()
{
    if (Outcome saved = m_workspace->settings()->setFactoryName(m_factoryName->text()); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    m_banner->showMessage(tr("The factory name is saved."), MessageBanner::Kind::Success);
}

void SettingsPage::changePassword()
{
    if (m_newPassword->text() != m_confirmPassword->text()) {
        m_banner->showMessage(tr("The two new passwords are not the same."));
        return;
    }
    const Outcome changed = m_workspace->auth()->changeOwnPassword(m_oldPassword->text(),
                                                                   m_newPassword->text());
    if (!changed) {
        m_banner->showMessage(changed.error());
        return;
    }
    for (QLineEdit *edit : {m_oldPassword, m_newPassword, m_confirmPassword})
        edit->clear();
    m_banner->showMessage(tr("Your password is changed."), MessageBanner::Kind::Success);
}

} // namespace Taktline
