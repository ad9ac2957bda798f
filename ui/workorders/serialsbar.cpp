#include "workorders/serialsbar.h"

#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/workspace.h"
#include "workorders/serialsdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Taktline {

SerialsBar::SerialsBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_count(new QLabel(this))
    , m_button(new QPushButton(tr("Serial numbers…"), this))
{
    setObjectName(QStringLiteral("serialsBar"));
    m_count->setObjectName(QStringLiteral("serialCountLabel"));
    m_button->setObjectName(QStringLiteral("serialsButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &SerialsBar::openDialog);
    // Released, put on hold, closed: the button follows the order's state.
    connect(workspace->workOrders(), &WorkOrderService::workOrderChanged, this,
            [this](const QString &id) {
                if (id == m_id)
                    reload();
            });
    connect(workspace->serials(), &SerialService::serialsGenerated, this,
            [this](const QString &workOrderId) {
                if (workOrderId == m_id)
                    reload();
            });
    hide();
}

void SerialsBar::showWorkOrder(const QString &workOrderId)
{
    m_id = workOrderId;
    reload();
}

void SerialsBar::reload()
{
    const Result<WorkOrder> order = m_id.isEmpty() ? Result<WorkOrder>(Outcome::failure({}))
                                                   : m_workspace->workOrders()->find(m_id);
    setVisible(order.ok());
    if (!order)
        return;
    const Result<int> count = m_workspace->serials()->countOf(m_id);
    m_count->setText(count ? tr("%Ln serial number(s)", nullptr, count.value()) : count.error());
    m_count->setVisible(!count || count.value() > 0);
    const QString why = SerialsDialog::whyNotAllowed(m_workspace, order.value());
    m_button->setEnabled(why.isEmpty());
    m_button->setToolTip(why.isEmpty() ? tr("Generate serial numbers for the pieces of this "
                                            "order from a pattern, and print their labels.")
                                       : why);
}

void SerialsBar::openDialog()
{
    SerialsDialog dialog(m_workspace, m_id, this);
    dialog.exec();
}

} // namespace Taktline
