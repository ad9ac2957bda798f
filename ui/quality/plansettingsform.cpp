#include "quality/plansettingsform.h"

#include "domain/quality/inspectionplan.h"
#include "item/quality/inspectionplanlistmodel.h"
#include "item/quality/plancharacteristicsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace Taktline {

namespace {

QSpinBox *intervalSpin(const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 100000);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false); // saved on Enter or leaving the field, not per digit
    spin->setMinimumWidth(100);
    return spin;
}

QString aqlText(double aql)
{
    return QLocale().toString(aql, 'f', QLocale::FloatingPointShortest);
}

} // namespace

PlanSettingsForm::PlanSettingsForm(InspectionPlanListModel *plans, PlanCharacteristicsModel *plan,
                                   QWidget *parent)
    : QWidget(parent)
    , m_plans(plans)
    , m_plan(plan)
    , m_product(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_firstArticle(new QCheckBox(inspectionKindName(InspectionKind::FirstArticle), this))
    , m_gate(new QCheckBox(tr("No good quantity before it passed"), this))
    , m_patrolPieces(intervalSpin(tr(" pieces"), this))
    , m_patrolMinutes(intervalSpin(tr(" min"), this))
    , m_final(new QCheckBox(inspectionKindName(InspectionKind::Final), this))
    , m_incoming(new QCheckBox(inspectionKindName(InspectionKind::Incoming), this))
    , m_aql(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_reduced(new QCheckBox(tr("Reduced inspection allowed"), this))
{
    m_product->setObjectName(QStringLiteral("planProductCombo"));
    m_product->setMinimumWidth(180);
    m_step->setObjectName(QStringLiteral("planStepCombo"));
    m_step->setMinimumWidth(160);
    m_firstArticle->setObjectName(QStringLiteral("firstArticleBox"));
    m_gate->setObjectName(QStringLiteral("gateBox"));
    m_patrolPieces->setObjectName(QStringLiteral("patrolPiecesSpin"));
    m_patrolPieces->setSpecialValueText(tr("not by pieces"));
    m_patrolMinutes->setObjectName(QStringLiteral("patrolMinutesSpin"));
    m_patrolMinutes->setSpecialValueText(tr("not by time"));
    m_final->setObjectName(QStringLiteral("finalBox"));
    m_incoming->setObjectName(QStringLiteral("incomingBox"));
    m_aql->setObjectName(QStringLiteral("aqlCombo"));
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_reduced->setObjectName(QStringLiteral("reducedBox"));
    for (InspectionLevel level :
         {InspectionLevel::S1, InspectionLevel::S2, InspectionLevel::S3, InspectionLevel::S4,
          InspectionLevel::I, InspectionLevel::II, InspectionLevel::III})
        m_level->addItem(inspectionLevelKey(level), int(level));

    auto *what = new QHBoxLayout;
    what->addWidget(new QLabel(tr("Product"), this));
    what->addWidget(m_product, 2);
    what->addWidget(new QLabel(tr("Step"), this));
    what->addWidget(m_step, 1);
    what->addStretch(1);
    m_product->setMaximumWidth(420);
    m_step->setMaximumWidth(280);

    auto *when = new QGroupBox(tr("Inspections"), this);
    auto *whenLayout = new QFormLayout(when);
    auto *first = new QHBoxLayout;
    first->addWidget(m_firstArticle);
    first->addWidget(m_gate);
    first->addStretch(1);
    whenLayout->addRow(first);
    auto *patrol = new QHBoxLayout;
    patrol->addWidget(new QLabel(tr("every"), when));
    patrol->addWidget(m_patrolPieces);
    patrol->addWidget(new QLabel(tr("or every"), when));
    patrol->addWidget(m_patrolMinutes);
    patrol->addStretch(1);
    whenLayout->addRow(inspectionKindName(InspectionKind::Patrol), patrol);
    auto *lots = new QHBoxLayout;
    lots->addWidget(m_final);
    lots->addWidget(m_incoming);
    lots->addStretch(1);
    whenLayout->addRow(lots);

    auto *sampling = new QGroupBox(tr("Sampling (GB/T 2828.1)"), this);
    auto *samplingLayout = new QHBoxLayout(sampling);
    samplingLayout->addWidget(new QLabel(QStringLiteral("AQL"), sampling));
    samplingLayout->addWidget(m_aql);
    samplingLayout->addWidget(new QLabel(tr("Inspection level"), sampling));
    samplingLayout->addWidget(m_level);
    samplingLayout->addWidget(m_reduced);
    samplingLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(what);
    auto *groups = new QHBoxLayout;
    groups->addWidget(when, 3);
    groups->addWidget(sampling, 2);
    layout->addLayout(groups);

    connect(m_product, &QComboBox::activated, this, [this] {
        const QString productId = m_product->currentData().toString();
        change(tr("Change the product of the plan"),
               [productId](InspectionPlan &p) { p.productId = productId; });
    });
    connect(m_step, &QComboBox::activated, this, [this] {
        const int seq = m_step->currentData().toInt();
        change(tr("Change the step of the plan"),
               [seq](InspectionPlan &p) { p.operationSeq = seq; });
    });
    const auto box = [this](QCheckBox *check, const QString &text, bool InspectionPlan::*field) {
        connect(check, &QCheckBox::toggled, this, [this, text, field](bool on) {
            change(text, [field, on](InspectionPlan &p) { p.*field = on; });
        });
    };
    box(m_firstArticle, tr("Change first-article inspection"), &InspectionPlan::firstArticle);
    box(m_gate, tr("Change the first-article gate"), &InspectionPlan::firstArticleGate);
    box(m_final, tr("Change final inspection"), &InspectionPlan::final);
    box(m_incoming, tr("Change incoming inspection"), &InspectionPlan::incoming);
    box(m_reduced, tr("Change reduced inspection"), &InspectionPlan::allowReduced);
    connect(m_patrolPieces, &QSpinBox::valueChanged, this, [this](int n) {
        change(tr("Change the patrol interval"), [n](InspectionPlan &p) { p.patrolPieces = n; });
    });
    connect(m_patrolMinutes, &QSpinBox::valueChanged, this, [this](int n) {
        change(tr("Change the patrol interval"), [n](InspectionPlan &p) { p.patrolMinutes = n; });
    });
    connect(m_aql, &QComboBox::activated, this, [this] {
        const double aql = m_aql->currentData().toDouble();
        change(tr("Change the AQL"), [aql](InspectionPlan &p) { p.aql = aql; });
    });
    connect(m_level, &QComboBox::activated, this, [this] {
        const auto level = InspectionLevel(m_level->currentData().toInt());
        change(tr("Change the inspection level"), [level](InspectionPlan &p) { p.level = level; });
    });
    connect(m_plan, &PlanCharacteristicsModel::planChanged, this, &PlanSettingsForm::refresh);
    refresh();
}

void PlanSettingsForm::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void PlanSettingsForm::change(const QString &text,
                              const std::function<void(InspectionPlan &)> &edit)
{
    if (m_filling)
        return;
    InspectionPlan after = m_plan->plan();
    edit(after);
    if (Outcome done = m_plan->changePlan(after, text); !done) {
        emit errorOccurred(done.error());
        refresh(); // back to what is saved
    }
}

void PlanSettingsForm::fillSteps(const QString &productId, int seq)
{
    m_step->clear();
    for (const auto &[value, label] : m_plans->stepChoices(productId))
        m_step->addItem(label, value);
    int at = m_step->findData(seq);
    if (at < 0) { // a step the routing no longer has
        m_step->addItem(QString::number(seq), seq);
        at = m_step->count() - 1;
    }
    m_step->setCurrentIndex(at);
}

void PlanSettingsForm::refresh()
{
    m_filling = true;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_firstArticle),  QSignalBlocker(m_gate),  QSignalBlocker(m_patrolPieces),
        QSignalBlocker(m_patrolMinutes), QSignalBlocker(m_final), QSignalBlocker(m_incoming),
        QSignalBlocker(m_reduced)};
    const InspectionPlan &p = m_plan->plan();
    m_product->clear();
    for (const auto &[id, label] : m_plans->productChoices())
        m_product->addItem(label, id);
    if (!p.productId.isEmpty() && m_product->findData(p.productId) < 0)
        m_product->addItem(m_plans->productLabel(p.productId), p.productId);
    m_product->setCurrentIndex(m_product->findData(p.productId));
    fillSteps(p.productId, p.operationSeq);
    m_firstArticle->setChecked(p.firstArticle);
    m_gate->setChecked(p.firstArticleGate);
    m_patrolPieces->setValue(p.patrolPieces);
    m_patrolMinutes->setValue(p.patrolMinutes);
    m_final->setChecked(p.final);
    m_incoming->setChecked(p.incoming);
    m_aql->clear();
    for (double aql : SamplingTables::aqls())
        m_aql->addItem(aqlText(aql), aql);
    int at = -1;
    for (int i = 0; i < m_aql->count(); ++i) {
        if (std::abs(m_aql->itemData(i).toDouble() - p.aql) <= p.aql * 1e-6)
            at = i;
    }
    if (at < 0) {
        m_aql->addItem(aqlText(p.aql), p.aql);
        at = m_aql->count() - 1;
    }
    m_aql->setCurrentIndex(at);
    m_level->setCurrentIndex(m_level->findData(int(p.level)));
    m_reduced->setChecked(p.allowReduced);
    m_filling = false;
    updateEnabled();
}

void PlanSettingsForm::updateEnabled()
{
    const bool chosen = !m_plan->plan().productId.isEmpty();
    const bool on = chosen && m_editable;
    for (QWidget *w : std::initializer_list<QWidget *>{m_product, m_step, m_firstArticle,
                                                       m_patrolPieces, m_patrolMinutes, m_final,
                                                       m_incoming, m_aql, m_level, m_reduced})
        w->setEnabled(on);
    m_gate->setEnabled(on && m_plan->plan().firstArticle);
    const bool sampled = m_plan->plan().final || m_plan->plan().incoming;
    m_aql->setEnabled(on && sampled);
    m_level->setEnabled(on && sampled);
    m_reduced->setEnabled(on && sampled);
}

} // namespace Taktline
