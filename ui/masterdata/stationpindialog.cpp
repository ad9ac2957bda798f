#include "masterdata/stationpindialog.h"

#include "common/fields/scaninputguard.h"
#include "common/messagebanner.h"
#include "services/station/stationpinservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QLineEdit *pinField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(StationPinService::MaximumLength);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(StationPinService::MaximumLength)),
        field));
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData);
    ScanInputGuard::protect(field);
    return field;
}

} // namespace

StationPinDialog::StationPinDialog(StationPinService *pins, const QString &employeeId,
                                   const QString &name, const QString &badge, QWidget *parent)
    : QDialog(parent)
    , m_pins(pins)
    , m_employeeId(employeeId)
    , m_state(new QLabel(this))
    , m_pin(pinField(QStringLiteral("pinEdit"), this))
    , m_repeat(pinField(QStringLiteral("repeatPinEdit"), this))
    , m_error(new MessageBanner(this))
    , m_set(new QPushButton(tr("Set PIN"), this))
    , m_clear(new QPushButton(tr("Clear PIN"), this))
{
    setObjectName(QStringLiteral("stationPinDialog"));
    setWindowTitle(tr("Station PIN of %1 (%2)").arg(name, badge));
    m_state->setObjectName(QStringLiteral("pinStateLabel"));
    m_state->setWordWrap(true);
    m_set->setObjectName(QStringLiteral("setPinButton"));
    m_set->setDefault(true);
    m_clear->setObjectName(QStringLiteral("clearPinButton"));
    auto *hint = new QLabel(StationPinService::formatHint(), this);
    hint->setObjectName(QStringLiteral("pinHintLabel"));
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("New PIN:"), m_pin);
    form->addRow(tr("Repeat the PIN:"), m_repeat);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_set, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QPushButton::clicked, this, &StationPinDialog::setPin);
    connect(m_clear, &QPushButton::clicked, this, &StationPinDialog::clearPin);

    auto *explain = new QLabel(tr("When Settings ▸ Station asks for a PIN after the badge, the "
                                  "employee types this PIN at the station after scanning the "
                                  "badge. Five wrong PINs lock the badge for a few minutes; a "
                                  "new PIN lifts the lock."),
                               this);
    explain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateState();
}

QString StationPinDialog::errorText() const
{
    return m_error->text();
}

void StationPinDialog::updateState()
{
    const Result<bool> has = m_pins->hasPin(m_employeeId);
    const bool set = has && has.value();
    m_state->setText(set ? tr("This employee has a station PIN.")
                         : tr("This employee has no station PIN yet."));
    m_clear->setEnabled(set);
}

void StationPinDialog::setPin()
{
    const Outcome saved = m_pins->setPin(m_employeeId, m_pin->text(), m_repeat->text());
    m_pin->clear();
    m_repeat->clear();
    if (!saved) {
        m_error->showMessage(saved.error());
        m_pin->setFocus();
        return;
    }
    accept();
}

void StationPinDialog::clearPin()
{
    if (const Outcome cleared = m_pins->clearPin(m_employeeId); !cleared) {
        m_error->showMessage(cleared.error());
        return;
    }
    accept();
}

} // namespace Taktline
