#include "station/movepanel.h"

#include "common/fields/scaninputguard.h"
#include "services/station/stationmove.h"
#include "station/quantitykeypad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

MovePanel::MovePanel(StationMove *move, QWidget *parent)
    : QWidget(parent)
    , m_move(move)
    , m_where(new QLabel(this))
    , m_what(new QLabel(this))
    , m_available(new QLabel(this))
    , m_quantity(new QLineEdit(this))
    , m_keypad(new QuantityKeypad(this))
    , m_moveButton(new QPushButton(tr("Move"), this))
    , m_cancelButton(new QPushButton(tr("Cancel move"), this))
{
    setObjectName(QStringLiteral("movePanel"));
    m_where->setObjectName(QStringLiteral("moveWhere"));
    // One line each, never wrapped: a wrapped label gives its height away to the keypad.
    m_what->setObjectName(QStringLiteral("moveWhat"));
    m_available->setObjectName(QStringLiteral("moveAvailable"));
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantity->setProperty("active", true);
    m_quantity->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // No caption above the box: the tablet's 800 pixels hold the place, what and how many.
    m_quantity->setPlaceholderText(tr("Pieces"));
    m_quantity->setMaxLength(12);
    m_quantity->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    ScanInputGuard::protect(m_quantity);
    m_keypad->setTarget(m_quantity);
    m_moveButton->setObjectName(QStringLiteral("reportButton"));
    m_moveButton->setFocusPolicy(Qt::NoFocus);
    m_cancelButton->setObjectName(QStringLiteral("cancelMoveButton"));
    m_cancelButton->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_moveButton, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_where);
    layout->addWidget(m_what);
    layout->addWidget(m_available);
    layout->addWidget(m_quantity);
    layout->addWidget(m_keypad, 1);
    layout->addLayout(buttons);

    connect(m_moveButton, &QPushButton::clicked, this, &MovePanel::confirm);
    connect(m_quantity, &QLineEdit::returnPressed, this, &MovePanel::confirm);
    connect(m_cancelButton, &QPushButton::clicked, m_move, &StationMove::cancel);
    connect(m_move, &StationMove::changed, this, &MovePanel::update);
    connect(m_move, &StationMove::moved, m_quantity, &QLineEdit::clear);
    update();
}

void MovePanel::update()
{
    m_where->setText(tr("Move to %1 %2").arg(m_move->placeCode(), m_move->placeName()));
    m_what->setText(m_move->hasSource() ? m_move->what()
                                        : tr("Scan the traveller, a lot or a serial"));
    m_available->setText(m_move->available());
    m_available->setVisible(!m_move->available().isEmpty());
    m_moveButton->setEnabled(m_move->hasSource());
    if (!m_move->active())
        m_quantity->clear();
}

void MovePanel::confirm()
{
    const QString text = m_quantity->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || text.isEmpty()) {
        emit refused(text.isEmpty()
                         ? tr("Type how many pieces move on the keypad, then press Move.")
                         : tr("\"%1\" is not a number. Clear the box with C and type the quantity "
                              "again.")
                               .arg(text));
        return;
    }
    m_move->confirm(value);
}

} // namespace Taktline
