#pragma once

#include "domain/outcome.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Taktline {

class LanguageManager;
class MainWindow;
class Workspace;

// Keeps one factory file open in one main window for the app: signs in, signs out and back in,
// and for a restore closes the window and the file, has BackupService restore the backup, and
// opens the file again for a new sign-in.
class WorkspaceHost final : public QObject
{
    Q_OBJECT
public:
    // Signs someone in on a freshly opened workspace; false when the user gave up.
    using SignIn = std::function<bool(Workspace *)>;

    WorkspaceHost(const QString &path, std::unique_ptr<Workspace> workspace,
                  LanguageManager *language, SignIn signIn, QObject *parent = nullptr);
    ~WorkspaceHost() override;

    // Signs in and shows the window; false when nobody signed in.
    bool start();
    Workspace *workspace() const { return m_workspace.get(); }
    MainWindow *window() const { return m_window.get(); }

    // Closes the window and the file, restores FILE into its place and opens it again. A refused
    // restore reopens the file as it was and says why on the new window; false then, or when the
    // file could not be opened again or nobody signed in (the app quits: quitRequested()).
    bool restore(const QString &file, const QString &passphrase);

signals:
    void quitRequested();

private:
    bool showWindow(); // a new window on m_workspace, after a sign-in
    void signOutAndIn();

    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    LanguageManager *m_language;
    SignIn m_signIn;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Taktline
