#include "shell/workspacehost.h"

#include "common/messagebanner.h"
#include "services/access/authservice.h"
#include "services/backup/backupservice.h"
#include "services/chain/chaincheck.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScopeGuard>

namespace Taktline {

WorkspaceHost::WorkspaceHost(const QString &path, std::unique_ptr<Workspace> workspace,
                             LanguageManager *language, SignIn signIn, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_workspace(std::move(workspace))
    , m_language(language)
    , m_signIn(std::move(signIn))
{
}

WorkspaceHost::~WorkspaceHost()
{
    m_window.reset(); // the window goes before the workspace it shows
}

bool WorkspaceHost::start()
{
    if (!m_signIn(m_workspace.get()))
        return false;
    return showWindow();
}

bool WorkspaceHost::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_language);
    m_window->chainCheck()->schedule(); // soon after the start, then daily
    m_window->setSync(m_workspace->sync(), m_workspace->conflicts());
    m_workspace->sync()->start(); // after a sign-in; does nothing while no server is set up
    connect(m_window.get(), &MainWindow::signOutRequested, this, &WorkspaceHost::signOutAndIn);
    connect(m_window.get(), &MainWindow::restoreRequested, this,
            [this](const QString &file, const QString &passphrase) {
                // Not inside the signal of the window about to be deleted.
                QMetaObject::invokeMethod(
                    this, [this, file, passphrase] { restore(file, passphrase); },
                    Qt::QueuedConnection);
            });
    m_window->show();
    return true;
}

void WorkspaceHost::signOutAndIn()
{
    m_window->hide();
    m_workspace->auth()->signOut();
    if (m_signIn(m_workspace.get()))
        m_window->show();
    else
        emit quitRequested();
}

bool WorkspaceHost::restore(const QString &file, const QString &passphrase)
{
    const QString safetyFolder = m_workspace->backups()->settings().folder;
    // No window is open between the old one and the sign-in on the restored file: the app
    // must not take that for its end.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const auto keepQuitting = qScopeGuard(
        [quitOnClose] { QGuiApplication::setQuitOnLastWindowClosed(quitOnClose); });
    m_window.reset();
    m_workspace.reset();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupEntry> restored =
        BackupService::restore(m_path, file, passphrase, safetyFolder);
    Result<std::unique_ptr<Workspace>> reopened =
        Workspace::open(m_path, Database::IfMissing::Refuse);
    QGuiApplication::restoreOverrideCursor();
    if (!reopened) {
        QString message =
            tr("Taktline cannot open the factory file again: %1").arg(reopened.error());
        if (restored)
            message += u'\n' + tr("The file as it was before the restore is saved as %1.")
                                   .arg(QDir::toNativeSeparators(restored.value().filePath));
        QMessageBox::critical(nullptr, tr("Restore"), message);
        emit quitRequested();
        return false;
    }
    m_workspace = std::move(reopened.value());
    if (!m_signIn(m_workspace.get())) {
        emit quitRequested();
        return false;
    }
    showWindow();
    if (!restored) {
        m_window->banner()->showMessage(
            tr("The backup was not restored: %1 The factory file is as it was.")
                .arg(restored.error()));
        return false;
    }
    m_window->banner()->showMessage(
        tr("The backup is restored. The file as it was before is saved as %1.")
            .arg(QDir::toNativeSeparators(restored.value().filePath)),
        MessageBanner::Kind::Success);
    return true;
}

} // namespace Taktline
