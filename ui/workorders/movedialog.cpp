#include "workorders/movedialog.h"

#include "common/messagebanner.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "trace/quantityspinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

MoveDialog::MoveDialog(Workspace *workspace, const QString &workOrderId,
                       const QList<StepPieces> &steps, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_steps(steps)
    , m_step(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_quantity(new QuantitySpinBox(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("moveDialog"));
    if (const Result<WorkOrder> order = workspace->workOrders()->find(workOrderId))
        m_workOrderNumber = order.value().number;
    setWindowTitle(tr("Move pieces of %1").arg(m_workOrderNumber));
    m_step->setObjectName(QStringLiteral("moveStepCombo"));
    for (const StepPieces &step : m_steps)
        m_step->addItem(tr("%1 %2 (%3 pieces)")
                            .arg(step.seq)
                            .arg(step.name, QLocale().toString(step.pieces, 'f',
                                                               QLocale::FloatingPointShortest)),
                        step.seq);
    m_from->setObjectName(QStringLiteral("moveFromCombo"));
    m_to->setObjectName(QStringLiteral("moveToCombo"));
    m_to->addItem(tr("Choose a place…"), QString());
    if (const Result<QList<MasterRecord>> places =
            workspace->masterData()->list(MasterDataKind::Place, false)) {
        for (const MasterRecord &place : places.value()) {
            const QString code = place.text(QStringLiteral("code"));
            m_to->addItem(code + QStringLiteral("  ") + place.localizedName(), code);
        }
    }
    m_quantity->setObjectName(QStringLiteral("moveQuantitySpin"));
    auto *form = new QFormLayout;
    form->addRow(tr("Step:"), m_step);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Pieces:"), m_quantity);
    auto *how = new QLabel(tr("The move is saved with your name. Pieces not placed are still "
                              "where their step made them."),
                           this);
    how->setObjectName(QStringLiteral("placeholderNote"));
    how->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Move"));
    m_ok->setObjectName(QStringLiteral("moveOk"));
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(how);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_step, &QComboBox::currentIndexChanged, this, &MoveDialog::fillFrom);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        m_quantity->setValue(m_from->currentData(Qt::UserRole + 1).toDouble());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillFrom();
}

void MoveDialog::fillFrom()
{
    m_from->clear();
    const int index = m_step->currentIndex();
    if (index < 0 || index >= m_steps.size())
        return;
    const QLocale locale;
    for (const PlacedPieces &placed : m_steps.at(index).places) {
        if (placed.quantity <= 0)
            continue;
        const QString count = locale.toString(placed.quantity, 'f', QLocale::FloatingPointShortest);
        m_from->addItem(placed.placeId.isEmpty()
                            ? tr("Not placed (%1)").arg(count)
                            : QStringLiteral("%1  %2 (%3)").arg(placed.placeCode, placed.placeName, count),
                        placed.placeCode);
        m_from->setItemData(m_from->count() - 1, placed.quantity, Qt::UserRole + 1);
    }
}

void MoveDialog::save()
{
    const int index = m_step->currentIndex();
    if (index < 0 || index >= m_steps.size()) {
        m_banner->showMessage(tr("This order has no finished pieces to move."));
        return;
    }
    if (m_to->currentData().toString().isEmpty()) {
        m_banner->showMessage(tr("Choose where the pieces go."));
        m_to->setFocus();
        return;
    }
    MoveInput input;
    input.workOrderNumber = m_workOrderNumber;
    input.seq = m_steps.at(index).seq;
    input.fromPlaceCode = m_from->currentData().toString();
    input.toPlaceCode = m_to->currentData().toString();
    input.quantity = m_quantity->value();
    const Result<QString> moved = m_workspace->places()->move(input);
    if (!moved) {
        m_banner->showMessage(moved.error());
        return;
    }
    m_movedId = moved.value();
    accept();
}

} // namespace Taktline
