#include "testworkspace.h"

#include "democache.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"

#include <QTest>

namespace Taktline {

TestWorkspace::TestWorkspace(SignIn as, bool demo, const Clock &clock)
{
    if (demo) {
        copyDemo(DemoOptions(), clock);
    } else {
        reopen();
        m_workspace->setClock(clock);
    }
    signIn(as);
}

TestWorkspace::TestWorkspace(SignIn as, const DemoOptions &options, const Clock &clock)
{
    copyDemo(options, clock);
    signIn(as);
}

void TestWorkspace::copyDemo(const DemoOptions &options, const Clock &clock)
{
    const Result<Clock> copied = DemoCache::copyTo(path(), options, clock);
    if (!copied)
        qFatal("demo factory: %s", qPrintable(copied.error()));
    m_savedClock = copied.value();
    reopen();
}

void TestWorkspace::signIn(SignIn as)
{
    const QHash<SignIn, Role> roles = {{SignIn::Owner, Role::Owner},
                                       {SignIn::Planner, Role::Planner},
                                       {SignIn::Supervisor, Role::Supervisor},
                                       {SignIn::Operator, Role::Operator}};
    if (as != SignIn::None)
        m_workspace->access()->signIn({QStringLiteral("test-user"), QStringLiteral("tester"),
                                       QStringLiteral("Tester"), roles.value(as)});
}

void TestWorkspace::close()
{
    m_savedClock = m_workspace ? m_workspace->clock() : m_savedClock;
    m_workspace.reset();
}

void TestWorkspace::reopen()
{
    // The same factory at the same time: a clock set by the test stays set.
    const Clock clock = m_workspace ? m_workspace->clock() : m_savedClock;
    m_workspace.reset();
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path());
    if (!opened)
        qFatal("open test workspace: %s", qPrintable(opened.error()));
    m_workspace = std::move(opened.value());
    m_workspace->setClock(clock);
}

} // namespace Taktline
