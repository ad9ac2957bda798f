#include "settings/userspanel.h"

#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "services/access/authservice.h"
#include "services/access/passwordhasher.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Taktline {

UsersPanel::UsersPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_table(new QTableWidget(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_toggle(new QPushButton(tr("Deactivate / activate"), this))
    , m_unlock(new QPushButton(tr("Unlock sign-in"), this))
{
    m_unlock->setObjectName(QStringLiteral("unlockUserButton"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(180);
    for (Role role : {Role::Operator, Role::Supervisor, Role::Planner, Role::Owner})
        m_role->addItem(roleDisplayName(role), roleKey(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(PasswordHasher::strengthHint());
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    auto *add = new QPushButton(tr("Add user"), this);
    add->setObjectName(QStringLiteral("addUserButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_toggle);
    actions->addWidget(m_unlock);
    actions->addStretch(1);
    auto *exporter = new ListExport(m_table, [] { return tr("Users"); }, m_banner);
    actions->addWidget(exporter->button());
    layout->addLayout(actions);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPanel::toggleSelected);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPanel::unlockSelected);
    connect(workspace->auth(), &AuthService::usersChanged, this, &UsersPanel::reload);
    reload();
}

void UsersPanel::reload()
{
    const Result<QList<UserAccount>> users = m_workspace->auth()->users();
    m_table->setRowCount(0);
    if (!users) {
        m_banner->showMessage(users.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(users.value().size()));
    for (int row = 0; row < users.value().size(); ++row) {
        const UserAccount &user = users.value().at(row);
        QString status = user.active ? tr("Active") : tr("Inactive");
        const Result<qint64> lockedUntil = m_workspace->auth()->lockedUntil(user.username);
        if (lockedUntil && lockedUntil.value() > 0) {
            const QDateTime until =
                QDateTime::fromMSecsSinceEpoch(lockedUntil.value()).toLocalTime();
            status =
                tr("Locked until %1").arg(QLocale().toString(until.time(), QLocale::ShortFormat));
        }
        const QStringList cells = {user.username, user.displayName, roleDisplayName(user.role),
                                   status};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, user.id);
            item->setData(Qt::UserRole + 1, user.active);
            item->setData(Qt::UserRole + 2, user.username);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void UsersPanel::addUser()
{
    const Role role = roleFromKey(m_role->currentData().toString()).value_or(Role::Operator);
    const Outcome added = m_workspace->auth()->createUser(m_username->text(), m_displayName->text(),
                                                          role, m_password->text());
    if (!added) {
        m_banner->showMessage(added.error());
        return;
    }
    m_banner->showMessage(tr("User %1 can now sign in.").arg(m_username->text().trimmed()),
                          MessageBanner::Kind::Success);
    m_username->clear();
    m_displayName->clear();
    m_password->clear();
}

void UsersPanel::toggleSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.constFirst()->data(Qt::UserRole).toString();
    const bool active = selected.constFirst()->data(Qt::UserRole + 1).toBool();
    if (Outcome done = m_workspace->auth()->setUserActive(id, !active); !done)
        m_banner->showMessage(done.error());
}

void UsersPanel::unlockSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString username = selected.constFirst()->data(Qt::UserRole + 2).toString();
    if (Outcome done = m_workspace->auth()->unlock(username); !done) {
        m_banner->showMessage(done.error());
        return;
    }
    m_banner->showMessage(tr("%1 can sign in again.").arg(username), MessageBanner::Kind::Success);
}

} // namespace Taktline
