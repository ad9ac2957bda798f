#pragma once

#include "demo/demofactory.h"
#include "services/workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace Taktline {

// A factory database in a fresh temporary folder, opened and migrated, for one test.
class TestWorkspace final
{
public:
    enum class SignIn { None, Owner, Planner, Supervisor, Operator };
    // With demo = true it holds the demo factory as built at the time CLOCK says: a copy of the
    // one built once for every test (DemoCache). With the wall clock the copy's clock is the
    // wall clock shifted back by the cache's age, so the demo looks freshly built.
    explicit TestWorkspace(SignIn as = SignIn::Owner, bool demo = false, const Clock &clock = {});
    // The demo built with OPTIONS (copied from the cache too).
    TestWorkspace(SignIn as, const DemoOptions &options, const Clock &clock = {});

    Workspace &operator*() const { return *m_workspace; }
    Workspace *operator->() const { return m_workspace.get(); }
    Workspace *get() const { return m_workspace.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("factory.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    void reopen(); // closes and opens the file again; the clock stays as it was set
    void close();  // closes the file (a restore needs it closed); reopen() opens it again

private:
    void copyDemo(const DemoOptions &options, const Clock &clock);
    void signIn(SignIn as);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Clock m_savedClock; // while closed
};

} // namespace Taktline
