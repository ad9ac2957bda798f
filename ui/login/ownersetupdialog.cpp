#include "login/ownersetupdialog.h"

#include "common/messagebanner.h"
#include "domain/planning/workcalendar.h"
#include "services/access/factorysetup.h"
#include "services/access/passwordhasher.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Taktline {

OwnerSetupDialog::OwnerSetupDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_factoryName(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_username(new QLineEdit(QStringLiteral("owner"), this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("ownerSetupDialog"));
    setWindowTitle(tr("Set up your factory"));
    setMinimumWidth(560);
    m_factoryName->setObjectName(QStringLiteral("factoryNameEdit"));
    m_factoryName->setPlaceholderText(tr("Required: on travellers, labels and reports"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(PasswordHasher::strengthHint());

    // The computer's zone is offered first: most factories are where their office PC is. A
    // machine set to UTC may name it "Etc/UTC", which Qt does not list; its "UTC" is the same.
    QByteArray system = QTimeZone::systemTimeZoneId();
    if (!QTimeZone::isTimeZoneIdAvailable(system) && system.startsWith("Etc/"))
        system = system.mid(4);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    if (zones.contains(system))
        m_timeZone->addItem(QString::fromLatin1(system), system);
    for (const QByteArray &id : zones) {
        if (id != system)
            m_timeZone->addItem(QString::fromLatin1(id), id);
    }
    m_timeZone->setCurrentIndex(zones.contains(system) ? 0 : -1); // else the user chooses
    m_timeZone->setMaxVisibleItems(16);

    auto *intro = new QLabel(tr("This is a new factory file. Name the factory, confirm when it "
                                "works, and create the owner's account: the owner may do "
                                "everything, including adding the other users."),
                             this);
    intro->setWordWrap(true);
    const QList<Shift> shifts = WorkCalendar::defaultShifts();
    auto *shiftNote =
        new QLabel(tr("Shifts %1–%2 and %3–%4; change them and add holidays later under "
                      "Settings ▸ Working calendar.")
                       .arg(shifts.at(0).start.toString(QStringLiteral("HH:mm")),
                            shifts.at(0).end.toString(QStringLiteral("HH:mm")),
                            shifts.at(1).start.toString(QStringLiteral("HH:mm")),
                            shifts.at(1).end.toString(QStringLiteral("HH:mm"))),
                   this);
    shiftNote->setObjectName(QStringLiteral("placeholderNote"));
    shiftNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Factory name:"), m_factoryName);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Working days:"), createWeekRow());
    form->addRow(QString(), shiftNote);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Your name:"), m_displayName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_confirmation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create factory"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createOwnerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnerSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnerSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The week's boxes are made after the account's fields: Tab follows the form, not that order.
    QWidget *previous = m_timeZone;
    for (QCheckBox *day : std::as_const(m_workingDays)) {
        setTabOrder(previous, day);
        previous = day;
    }
    setTabOrder(previous, m_username);
    m_factoryName->setFocus();
}

QWidget *OwnerSetupDialog::createWeekRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<Qt::DayOfWeek> off = WorkCalendar::defaultCalendar().weeklyDaysOff();
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), row);
        check->setObjectName(QStringLiteral("workingDay_%1").arg(day));
        check->setChecked(!off.contains(Qt::DayOfWeek(day)));
        m_workingDays.append(check);
        layout->addWidget(check);
    }
    layout->addStretch(1);
    return row;
}

QString OwnerSetupDialog::errorText() const
{
    return m_banner->text();
}

void OwnerSetupDialog::accept()
{
    FactorySetupInput input;
    input.factoryName = m_factoryName->text();
    input.timeZoneId = m_timeZone->currentData().toByteArray();
    for (int i = 0; i < m_workingDays.size(); ++i) {
        if (!m_workingDays.at(i)->isChecked())
            input.weeklyDaysOff.append(Qt::DayOfWeek(Qt::Monday + i));
    }
    input.username = m_username->text();
    input.displayName = m_displayName->text();
    input.password = m_password->text();
    input.confirmation = m_confirmation->text();
    if (const Outcome created = FactorySetup::run(m_workspace, input); !created) {
        m_banner->showMessage(created.error());
        if (input.factoryName.trimmed().isEmpty())
            m_factoryName->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
