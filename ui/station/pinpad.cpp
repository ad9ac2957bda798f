#include "station/pinpad.h"

#include "common/fields/scaninputguard.h"
#include "services/station/stationpinservice.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Taktline {

PinPad::PinPad(QWidget *parent)
    : QFrame(parent)
    , m_who(new QLabel(this))
    , m_field(new QLineEdit(this))
{
    setObjectName(QStringLiteral("pinPad"));
    m_who->setObjectName(QStringLiteral("pinWho"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    auto *prompt = new QLabel(tr("Type your PIN"), this);
    prompt->setObjectName(QStringLiteral("pinPrompt"));
    prompt->setAlignment(Qt::AlignCenter);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setMaxLength(StationPinService::MaximumLength);
    m_field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(StationPinService::MaximumLength)),
        m_field));
    m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData);
    m_field->setAccessibleName(tr("PIN"));
    // Digits from a keyboard arrive as keys even while a Chinese input method is on.
    ScanInputGuard::protect(m_field);
    connect(m_field, &QLineEdit::returnPressed, this, &PinPad::submit);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    struct Key
    {
        QString key, label;
        int row, column;
    };
    const QList<Key> keys{
        {QStringLiteral("1"), QStringLiteral("1"), 0, 0},
        {QStringLiteral("2"), QStringLiteral("2"), 0, 1},
        {QStringLiteral("3"), QStringLiteral("3"), 0, 2},
        {QStringLiteral("4"), QStringLiteral("4"), 1, 0},
        {QStringLiteral("5"), QStringLiteral("5"), 1, 1},
        {QStringLiteral("6"), QStringLiteral("6"), 1, 2},
        {QStringLiteral("7"), QStringLiteral("7"), 2, 0},
        {QStringLiteral("8"), QStringLiteral("8"), 2, 1},
        {QStringLiteral("9"), QStringLiteral("9"), 2, 2},
        {QStringLiteral("clear"), tr("Clear"), 3, 0},
        {QStringLiteral("0"), QStringLiteral("0"), 3, 1},
        {QStringLiteral("back"), QStringLiteral("⌫"), 3, 2},
    };
    for (const Key &key : keys) {
        auto *button = new QPushButton(key.label, this);
        button->setObjectName(QStringLiteral("pinKey"));
        button->setProperty("key", key.key);
        button->setFocusPolicy(Qt::NoFocus); // the field keeps the focus for typed digits
        button->setMinimumSize(110, 76);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        grid->addWidget(button, key.row, key.column);
        m_buttons.insert(key.key, button);
        connect(button, &QPushButton::clicked, this, [this, k = key.key] { press(k); });
    }
    m_buttons.value(QStringLiteral("back"))->setAccessibleName(tr("Delete the last digit"));
    m_buttons.value(QStringLiteral("back"))->setAutoRepeat(true);

    auto *cancel = new QPushButton(tr("Not me"), this);
    cancel->setObjectName(QStringLiteral("pinCancel"));
    cancel->setFocusPolicy(Qt::NoFocus);
    cancel->setMinimumHeight(76);
    auto *ok = new QPushButton(tr("OK"), this);
    ok->setObjectName(QStringLiteral("pinOk"));
    ok->setFocusPolicy(Qt::NoFocus);
    ok->setMinimumHeight(76);
    m_buttons.insert(QStringLiteral("cancel"), cancel);
    m_buttons.insert(QStringLiteral("ok"), ok);
    connect(cancel, &QPushButton::clicked, this, &PinPad::cancelled);
    connect(ok, &QPushButton::clicked, this, &PinPad::submit);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(cancel, 1);
    actions->addWidget(ok, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_who);
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    layout->addLayout(grid, 1);
    layout->addLayout(actions);
}

void PinPad::ask(const QString &name, const QString &badge)
{
    m_who->setText(tr("%1  (badge %2)").arg(name, badge));
    clear();
    m_field->setFocus();
}

void PinPad::clear()
{
    m_field->clear();
}

void PinPad::press(const QString &key)
{
    if (key == QLatin1String("clear"))
        m_field->clear();
    else if (key == QLatin1String("back"))
        m_field->backspace();
    else if (m_field->text().size() < StationPinService::MaximumLength)
        m_field->insert(key);
}

void PinPad::submit()
{
    const QString pin = m_field->text();
    m_field->clear(); // a PIN never stays on screen, not even masked
    emit submitted(pin);
}

} // namespace Taktline
