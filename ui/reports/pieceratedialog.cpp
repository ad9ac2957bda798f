#include "reports/pieceratedialog.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "reports/ratespinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

PieceRateDialog::PieceRateDialog(const QString &productText, const QStringList &operations,
                                 const PieceRate &initial, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_save(std::move(save))
    , m_operation(new QComboBox(this))
    , m_rate(new RateSpinBox(this))
    , m_validFrom(new DateEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("pieceRateDialog"));
    setWindowTitle(initial.id.isEmpty() ? tr("New piece rate") : tr("Edit piece rate"));
    setMinimumWidth(420);
    m_operation->setObjectName(QStringLiteral("operationCombo"));
    m_operation->setEditable(true); // an operation renamed since, or not in the routing yet
    m_operation->setInsertPolicy(QComboBox::NoInsert);
    m_operation->addItems(operations);
    m_operation->setCurrentText(initial.operationName.isEmpty() && !operations.isEmpty()
                                    ? operations.constFirst()
                                    : initial.operationName);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(4);
    m_rate->setSingleStep(0.01);
    m_rate->setPrefix(QStringLiteral("¥ "));
    m_rate->setAccelerated(true);
    m_rate->setValue(initial.rate);
    m_validFrom->setObjectName(QStringLiteral("validFromEdit"));
    m_validFrom->setDate(initial.validFrom.isValid() ? initial.validFrom : QDate::currentDate());

    auto *product = new QLabel(productText, this);
    product->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *hint = new QLabel(tr("Good pieces reported on or after this day are paid at this rate, "
                               "until a rate with a later day applies."),
                            this);
    hint->setObjectName(QStringLiteral("placeholderNote"));
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Product:"), product);
    form->addRow(tr("Operation *:"), m_operation);
    form->addRow(tr("Rate per good piece *:"), m_rate);
    form->addRow(tr("Valid from *:"), m_validFrom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PieceRateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PieceRateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_rate->setFocus();
}

PieceRate PieceRateDialog::rate() const
{
    PieceRate rate = m_initial;
    rate.operationName = m_operation->currentText().simplified();
    rate.rate = m_rate->typedValue(); // "-0.5" as typed, for the service to refuse
    rate.validFrom = m_validFrom->date();
    return rate;
}

QString PieceRateDialog::errorText() const
{
    return m_banner->text();
}

void PieceRateDialog::accept()
{
    if (m_rate->hasAcceptableInput())
        m_rate->interpretText(); // a value still being typed counts
    if (Outcome saved = m_save(rate()); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
