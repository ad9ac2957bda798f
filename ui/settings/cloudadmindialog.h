#pragma once

#include "sync/cloudadmin.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Taktline {

// Asks for the sync server's admin login, to add or lock out a device. Nothing is kept.
class CloudAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    CloudAdminDialog(const CloudAdmin::Server &start, QWidget *parent = nullptr);

    CloudAdmin::Server server() const;
    // The login the owner typed, or nothing when cancelled.
    static std::optional<CloudAdmin::Server> ask(QWidget *parent, const CloudAdmin::Server &start);

private:
    CloudAdmin::Server m_start;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace Taktline
