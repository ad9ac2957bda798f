#include "services/access/accesscontrol.h"

#include <QCoreApplication>

namespace Taktline {

AccessControl::AccessControl(QObject *parent)
    : QObject(parent)
{}

void AccessControl::signIn(const UserSession &session)
{
    m_session = session;
    emit sessionChanged();
}

void AccessControl::signInAsSystem()
{
    signIn({QString(), QStringLiteral("system"), QStringLiteral("system"), Role::Owner});
}

void AccessControl::signOut()
{
    m_session.reset();
    emit sessionChanged();
}

bool AccessControl::allows(Permission permission) const
{
    return m_session && roleAllows(m_session->role, permission);
}

Outcome AccessControl::require(Permission permission) const
{
    if (!m_session) {
        return Outcome::failure(
            QCoreApplication::translate("Taktline::AccessControl", "Please sign in first."));
    }
    if (roleAllows(m_session->role, permission))
        return Outcome::success();
    return Outcome::failure(QCoreApplication::translate("Taktline::AccessControl",
                                                        "You are signed in as %1 (%2). This role "
                                                        "may not %3.")
                                .arg(m_session->displayName, roleDisplayName(m_session->role),
                                     permissionDisplayName(permission)));
}

} // namespace Taktline
