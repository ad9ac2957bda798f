#include "quality/newplandialog.h"

#include "common/messagebanner.h"
#include "domain/quality/inspectionplan.h"
#include "item/quality/inspectionplanlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

NewPlanDialog::NewPlanDialog(InspectionPlanListModel *plans, const QString &productId,
                             QWidget *parent)
    : QDialog(parent)
    , m_plans(plans)
    , m_product(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("New inspection plan"));
    m_product->setObjectName(QStringLiteral("newPlanProduct"));
    m_product->setMinimumWidth(280);
    m_step->setObjectName(QStringLiteral("newPlanStep"));
    for (const auto &[id, label] : plans->productChoices())
        m_product->addItem(label, id);
    m_product->setCurrentIndex(std::max(0, m_product->findData(productId)));
    fillSteps();

    auto *form = new QFormLayout;
    form->addRow(tr("Product"), m_product);
    form->addRow(tr("Step"), m_step);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_product, &QComboBox::currentIndexChanged, this, &NewPlanDialog::fillSteps);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewPlanDialog::fillSteps()
{
    m_step->clear();
    const QString productId = m_product->currentData().toString();
    for (const auto &[seq, label] : m_plans->stepChoices(productId))
        m_step->addItem(label, seq);
    // The first step is where a first article is usually checked.
    m_step->setCurrentIndex(m_step->count() > 1 ? 1 : 0);
}

InspectionPlan NewPlanDialog::starterPlan(const QString &productId, int seq)
{
    InspectionPlan plan;
    plan.productId = productId;
    plan.operationSeq = seq;
    plan.firstArticle = seq > 0;
    plan.final = seq == 0;
    Characteristic appearance;
    appearance.name = tr("Appearance");
    appearance.kind = CharacteristicKind::PassFail;
    plan.characteristics = {appearance};
    return plan;
}

void NewPlanDialog::accept()
{
    const Result<QString> id = m_plans->addPlan(
        starterPlan(m_product->currentData().toString(), m_step->currentData().toInt()));
    if (!id) {
        m_banner->showMessage(id.error());
        return;
    }
    m_created = id.value();
    QDialog::accept();
}

} // namespace Taktline
