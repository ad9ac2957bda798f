#include "workorders/serialsdialog.h"

#include "common/files/savefiledialog.h"
#include "common/labelprintdialog.h"
#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "common/theme.h"
#include "io/seriallabels.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialpattern.h"
#include "services/serials/serialservice.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

// The least height of a field or button a gloved finger hits, as on the other dialogs.
constexpr int TouchHeight = 44;

QString range(const QStringList &serials)
{
    return serials.size() == 1 ? serials.constFirst()
                               : serials.constFirst() + QStringLiteral(" … ") + serials.constLast();
}

} // namespace

SerialsDialog::SerialsDialog(Workspace *workspace, const QString &workOrderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_workOrderId(workOrderId)
    , m_banner(new MessageBanner(this))
    , m_orderText(new QLabel(this))
    , m_existingText(new QLabel(this))
    , m_pattern(new QLineEdit(workspace->settings()->serialPattern(), this))
    , m_count(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_generate(new QPushButton(tr("Generate"), this))
    , m_batchText(new QLabel(this))
    , m_saveLabels(new QPushButton(tr("Save labels as PDF…"), this))
    , m_printLabels(new QPushButton(tr("Print labels…"), this))
{
    setObjectName(QStringLiteral("serialsDialog"));
    setMinimumWidth(640);
    // The theme's min-height would win over setMinimumHeight(): touch-sized fields here.
    setStyleSheet(themed(u"#serialsDialog QLineEdit, #serialsDialog QSpinBox "
                         "{ min-height: %1px; font-size: 15px; }"
                         "#serialsDialog #serialPreview { font-size: 15px; }"
                         "#serialsDialog #serialPreview[problem=\"true\"] "
                         "{ color: @red; font-size: 14px; }")
                      .arg(TouchHeight - 12));
    m_orderText->setObjectName(QStringLiteral("placeholderTitle"));
    m_orderText->setWordWrap(true);
    m_existingText->setObjectName(QStringLiteral("existingSerials"));
    m_pattern->setObjectName(QStringLiteral("serialPatternEdit"));
    m_pattern->setMaxLength(80);
    ScanInputGuard::protect(m_pattern); // letters, digits and dashes
    auto *patternHelp = new QLabel(tr("{WO} the work order number · {yyMMdd} today's date · "
                                      "{seq:4} the piece number with 4 digits"),
                                   this);
    patternHelp->setObjectName(QStringLiteral("placeholderNote"));
    patternHelp->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("serialCountSpin"));
    m_count->setRange(1, SerialPattern::MaxBatch);
    m_count->setGroupSeparatorShown(true);
    m_count->setButtonSymbols(QAbstractSpinBox::NoButtons); // typed: arrows are too small to hit
    m_count->setMinimumWidth(160);
    ScanInputGuard::protect(m_count);
    m_preview->setObjectName(QStringLiteral("serialPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generate->setObjectName(QStringLiteral("generateSerialsButton"));
    m_generate->setProperty("primary", true);
    m_batchText->setObjectName(QStringLiteral("placeholderNote"));
    m_batchText->setWordWrap(true);
    m_saveLabels->setObjectName(QStringLiteral("saveSerialLabelsButton"));
    m_printLabels->setObjectName(QStringLiteral("printSerialLabelsButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a field presses nothing: a second Enter must not make a second batch.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setMinimumHeight(TouchHeight);
    }
    for (QWidget *field : std::initializer_list<QWidget *>{m_pattern, m_count})
        field->setMinimumHeight(TouchHeight);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Serial numbers so far:"), m_existingText);
    form->addRow(tr("Pattern:"), m_pattern);
    form->addRow(QString(), patternHelp);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    form->addRow(tr("How many:"), countRow);
    form->addRow(tr("Will make:"), m_preview);
    auto *generateRow = new QHBoxLayout;
    generateRow->addStretch(1);
    generateRow->addWidget(m_generate);
    auto *labelsRow = new QHBoxLayout;
    labelsRow->addWidget(m_batchText, 1);
    labelsRow->addWidget(m_saveLabels);
    labelsRow->addWidget(m_printLabels);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    layout->addWidget(m_orderText);
    layout->addLayout(form);
    layout->addLayout(generateRow);
    layout->addLayout(labelsRow);
    layout->addStretch(1);
    layout->addWidget(buttons);

    reloadOrder();
    m_count->setValue(lackingCount());
    m_batchText->setText(tr("The labels of the serial numbers you generate here can then be "
                            "saved or printed: one 50×30 mm QR label each."));
    m_saveLabels->setEnabled(false);
    m_printLabels->setEnabled(false);
    updatePreview();

    // A changed pattern or count is previewed anew; the last refusal no longer applies.
    const auto edited = [this] {
        m_banner->hide();
        updatePreview();
    };
    connect(m_pattern, &QLineEdit::textChanged, this, edited);
    connect(m_count, &QSpinBox::valueChanged, this, edited);
    connect(m_generate, &QPushButton::clicked, this, &SerialsDialog::generate);
    connect(m_saveLabels, &QPushButton::clicked, this, &SerialsDialog::chooseLabelsFile);
    connect(m_printLabels, &QPushButton::clicked, this, &SerialsDialog::printLabels);
    m_pattern->setFocus();
}

QString SerialsDialog::whyNotAllowed(Workspace *workspace, const WorkOrder &order)
{
    if (Outcome allowed = workspace->access()->require(Permission::EditWorkOrders); !allowed)
        return allowed.error();
    if (order.state != WorkOrderState::Released && order.state != WorkOrderState::InProgress)
        return tr("Serial numbers are generated while a work order is released or in "
                  "production; %1 is %2.")
            .arg(order.number, workOrderStateDisplayName(order.state));
    return {};
}

void SerialsDialog::reloadOrder()
{
    const Result<WorkOrder> order = m_workspace->workOrders()->find(m_workOrderId);
    if (!order) {
        m_banner->showMessage(order.error());
        m_generate->setEnabled(false);
        return;
    }
    m_order = order.value();
    const Result<int> existing = m_workspace->serials()->countOf(m_workOrderId);
    if (!existing)
        m_banner->showMessage(existing.error());
    m_existing = existing ? existing.value() : 0;
    const Result<MasterRecord> product =
        m_workspace->masterData()->find(MasterDataKind::Product, m_order.productId);
    const QString productText = product ? product.value().text(QStringLiteral("part_no")) +
                                              QLatin1Char(' ') +
                                              product.value().localizedName()
                                        : QString();
    const QLocale locale;
    setWindowTitle(tr("Serial numbers of %1").arg(m_order.number));
    m_orderText->setText(
        tr("%1 · %2 · %3 planned")
            .arg(m_order.number, productText.trimmed(), locale.toString(m_order.quantity, 'f', 0)));
    m_existingText->setText(locale.toString(m_existing));
    const QString why = whyNotAllowed(m_workspace, m_order);
    m_generate->setEnabled(why.isEmpty());
    m_generate->setToolTip(why);
}

int SerialsDialog::lackingCount() const
{
    const int lacking = int(std::ceil(m_order.quantity)) - m_existing;
    return std::clamp(lacking, 1, SerialPattern::MaxBatch);
}

void SerialsDialog::updatePreview()
{
    const Result<QStringList> serials =
        SerialPattern::serials(m_pattern->text(), m_order.number, m_existing + 1, m_count->value(),
                               m_workspace->serials()->today());
    m_preview->setProperty("problem", !serials.ok());
    m_preview->style()->unpolish(m_preview); // the dialog's rules for the new property
    m_preview->style()->polish(m_preview);
    m_preview->setText(serials ? range(serials.value()) : serials.error());
    // A refusal takes a few lines: the dialog grows to show it whole.
    m_preview->setMinimumHeight(m_preview->heightForWidth(std::max(m_preview->width(), 400)));
    if (isVisible())
        resize(width(), std::max(height(), sizeHint().height()));
}

bool SerialsDialog::generate()
{
    const Result<QStringList> made =
        m_workspace->serials()->generate(m_workOrderId, m_pattern->text(), m_count->value());
    if (!made) {
        m_banner->showMessage(made.error());
        return false;
    }
    m_generated = made.value();
    reloadOrder();
    m_count->setValue(lackingCount());
    updatePreview();
    const QString madeText =
        tr("Generated %Ln serial number(s): %1.", nullptr, int(m_generated.size()))
            .arg(range(m_generated));
    m_banner->showMessage(madeText + u' ' + tr("Save or print their labels below."),
                          MessageBanner::Kind::Success);
    m_batchText->setText(madeText);
    m_saveLabels->setEnabled(true);
    m_printLabels->setEnabled(true);
    return true;
}

bool SerialsDialog::saveLabelsPdf(const QString &path)
{
    const Outcome saved = SerialLabels::savePdf(m_workspace, m_workOrderId, m_generated, path);
    if (!saved) {
        m_banner->showMessage(saved.error());
        return false;
    }
    m_banner->showMessage(tr("Saved %Ln label(s) to %1.", nullptr, int(m_generated.size()))
                              .arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Success);
    return true;
}

void SerialsDialog::chooseLabelsFile()
{
    if (m_generated.isEmpty())
        return;
    const QString path = SaveFileDialog::ask(this, tr("Save serial number labels as PDF"),
                                             tr("serial-labels-%1").arg(m_order.number),
                                             {SaveFileDialog::Kind::Pdf});
    if (path.isEmpty())
        return;
    saveLabelsPdf(path);
}

void SerialsDialog::printLabels()
{
    const Result<QList<Label>> labels = SerialLabels::build(m_workspace, m_workOrderId, m_generated);
    if (!labels) {
        m_banner->showMessage(labels.error());
        return;
    }
    const QString serials = range(m_generated);
    bool printed = false;
    const Outcome done =
        LabelPrintDialog::print(labels.value(), tr("Serial number labels %1").arg(serials),
                                tr("the labels of %1").arg(serials), this, &printed);
    if (!done)
        m_banner->showMessage(done.error());
    else if (printed)
        m_banner->showMessage(
            tr("%Ln label(s) sent to the printer.", nullptr, int(m_generated.size())),
            MessageBanner::Kind::Success);
}

} // namespace Taktline
