#include "testworkspace.h"

#include "demo/demofactory.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"

#include <QTest>

namespace Taktline {

TestWorkspace::TestWorkspace(SignIn as, bool demo, const Clock &clock)
{
    reopen();
    m_workspace->setClock(clock);
    if (demo) {
        const Outcome built = DemoFactory::build(*m_workspace, DemoOptions());
        if (!built)
            qFatal("demo factory: %s", qPrintable(built.error()));
    }
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
