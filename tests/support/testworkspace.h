#pragma once

#include "services/workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace Taktline {

// A factory database in a fresh temporary folder, opened and migrated, for one test.
class TestWorkspace final
{
public:
    enum class SignIn { None, Owner, Planner, Supervisor, Operator };
    // With demo = true the demo factory is built into it first, at the time CLOCK says.
    explicit TestWorkspace(SignIn as = SignIn::Owner, bool demo = false, const Clock &clock = {});

    Workspace &operator*() const { return *m_workspace; }
    Workspace *operator->() const { return m_workspace.get(); }
    Workspace *get() const { return m_workspace.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("factory.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    void reopen(); // closes and opens the file again; the clock stays as it was set
    void close();  // closes the file (a restore needs it closed); reopen() opens it again

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Clock m_savedClock; // while closed
};

} // namespace Taktline
