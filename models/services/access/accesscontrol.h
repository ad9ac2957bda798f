#pragma once

#include "domain/outcome.h"
#include "domain/role.h"

#include <QObject>

namespace Taktline {

// Who is signed in on this window or command: a user id, a name to show and a role.
struct UserSession
{
    QString userId;        // empty for the command line's system session
    QString username;
    QString displayName;
    Role role = Role::Operator;
};

// Holds the current session and answers whether it may do something. Services ask it
// before every change, so a refused action is refused whatever the UI shows.
class AccessControl final : public QObject
{
    Q_OBJECT
public:
    explicit AccessControl(QObject *parent = nullptr);

    bool isSignedIn() const { return m_session.has_value(); }
    const std::optional<UserSession> &session() const { return m_session; }
    QString userId() const { return m_session ? m_session->userId : QString(); }

    void signIn(const UserSession &session);
    void signInAsSystem(); // command-line tools (demo, import) act as the owner
    void signOut();

    bool allows(Permission permission) const;
    Outcome require(Permission permission) const;

signals:
    void sessionChanged();

private:
    std::optional<UserSession> m_session;
};

} // namespace Taktline
