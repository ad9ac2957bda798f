#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Taktline {

class MessageBanner;
class Workspace;

// The first start of a new factory database: name the factory, confirm its time zone and
// working week, and create the owner account, all saved together or not at all.
class OwnerSetupDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OwnerSetupDialog(Workspace *workspace, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    QWidget *createWeekRow();

    Workspace *m_workspace;
    QLineEdit *m_factoryName;
    QComboBox *m_timeZone;
    QList<QCheckBox *> m_workingDays; // Monday first
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    MessageBanner *m_banner;
};

} // namespace Taktline
