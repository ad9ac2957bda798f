#include "station/quantitykeypad.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Taktline {

namespace {

constexpr int MaxLength = 9; // a million pieces and a decimal part is plenty for one report

} // namespace

QuantityKeypad::QuantityKeypad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quantityKeypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    struct Key
    {
        QString key, label;
        int row, column, columnSpan;
    };
    const QList<Key> keys{
        {QStringLiteral("7"), QStringLiteral("7"), 0, 0, 1},
        {QStringLiteral("8"), QStringLiteral("8"), 0, 1, 1},
        {QStringLiteral("9"), QStringLiteral("9"), 0, 2, 1},
        {QStringLiteral("back"), QStringLiteral("⌫"), 0, 3, 1},
        {QStringLiteral("4"), QStringLiteral("4"), 1, 0, 1},
        {QStringLiteral("5"), QStringLiteral("5"), 1, 1, 1},
        {QStringLiteral("6"), QStringLiteral("6"), 1, 2, 1},
        {QStringLiteral("clear"), QStringLiteral("C"), 1, 3, 1},
        {QStringLiteral("1"), QStringLiteral("1"), 2, 0, 1},
        {QStringLiteral("2"), QStringLiteral("2"), 2, 1, 1},
        {QStringLiteral("3"), QStringLiteral("3"), 2, 2, 1},
        {QStringLiteral("."), QStringLiteral("."), 2, 3, 1},
        {QStringLiteral("0"), QStringLiteral("0"), 3, 0, 4},
    };
    for (const Key &key : keys) {
        auto *button = new QPushButton(key.label, this);
        button->setObjectName(QStringLiteral("keypadKey"));
        button->setProperty("key", key.key);
        button->setFocusPolicy(Qt::NoFocus); // the quantity box keeps the focus
        button->setAutoRepeat(key.key == QLatin1String("back"));
        button->setMinimumSize(64, 56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        if (key.key == QLatin1String("back"))
            button->setAccessibleName(tr("Delete the last digit"));
        else if (key.key == QLatin1String("clear"))
            button->setAccessibleName(tr("Clear the quantity"));
        grid->addWidget(button, key.row, key.column, 1, key.columnSpan);
        m_buttons.insert(key.key, button);
        connect(button, &QPushButton::clicked, this, [this, k = key.key] { press(k); });
    }
}

void QuantityKeypad::setTarget(QLineEdit *target)
{
    m_target = target;
}

QString QuantityKeypad::applyKey(const QString &text, const QString &key)
{
    if (key == QLatin1String("clear"))
        return {};
    if (key == QLatin1String("back"))
        return text.left(text.size() - 1);
    if (text.size() >= MaxLength)
        return text;
    if (key == QLatin1String("."))
        return text.contains(u'.') ? text : (text.isEmpty() ? QStringLiteral("0.") : text + key);
    if (text == QLatin1String("0"))
        return key; // no leading zeros
    return text + key;
}

void QuantityKeypad::press(const QString &key)
{
    if (m_target) {
        m_target->setText(applyKey(m_target->text(), key));
        m_target->setCursorPosition(m_target->text().size());
    }
    emit keyPressed(key);
}

} // namespace Taktline
