#include "item/quality/inspectionplanlistmodel.h"

#include "item/quality/inspectionplancommands.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/quality/inspectionplanservice.h"

#include <QUndoStack>

namespace Taktline {

InspectionPlanListModel::InspectionPlanListModel(InspectionPlanService *plans,
                                                 const MasterDataService *masterData,
                                                 const RoutingService *routing,
                                                 QUndoStack *undoStack, UndoFeedback *feedback,
                                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(plans)
    , m_masterData(masterData)
    , m_routing(routing)
    , m_undoStack(undoStack)
    , m_feedback(feedback)
{
    connect(plans, &InspectionPlanService::plansChanged, this, &InspectionPlanListModel::reload);
    for (const auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordChanged,
                              &MasterDataService::recordRemoved}) {
        connect(masterData, signal, this, [this](MasterDataKind kind) {
            if (kind == MasterDataKind::Product)
                reload();
        });
    }
    connect(routing, &RoutingService::routingChanged, this, &InspectionPlanListModel::reload);
    reload();
}

void InspectionPlanListModel::reloadProducts()
{
    const Result<QList<MasterRecord>> products = m_masterData->list(MasterDataKind::Product, true);
    m_products = products ? products.value() : QList<MasterRecord>();
    m_productRows.clear();
    for (qsizetype i = 0; i < m_products.size(); ++i)
        m_productRows.insert(m_products.at(i).id, i);
}

void InspectionPlanListModel::reload()
{
    beginResetModel();
    reloadProducts();
    const Result<QList<InspectionPlan>> plans = m_service->plans();
    m_plans = plans ? plans.value() : QList<InspectionPlan>();
    endResetModel();
    if (!plans)
        emit errorOccurred(plans.error());
}

int InspectionPlanListModel::rowOfPlan(const QString &planId) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == planId)
            return row;
    }
    return -1;
}

Result<QString> InspectionPlanListModel::addPlan(const InspectionPlan &plan)
{
    InspectionPlan added = plan;
    added.id.clear();
    const Result<QString> id = m_service->save(added);
    if (!id)
        return id;
    m_undoStack->push(new AddInspectionPlanCommand(
        m_service, m_feedback, id.value(),
        tr("Add inspection plan %1, %2")
            .arg(productLabel(plan.productId), stepLabel(plan.productId, plan.operationSeq))));
    return id;
}

Outcome InspectionPlanListModel::removePlan(int row)
{
    if (row < 0 || row >= m_plans.size())
        return Outcome::failure(tr("Choose an inspection plan first."));
    const InspectionPlan plan = m_plans.at(row);
    if (Outcome removed = m_service->remove(plan.id); !removed)
        return removed;
    m_undoStack->push(new RemoveInspectionPlanCommand(
        m_service, m_feedback, plan.id,
        tr("Delete inspection plan %1, %2")
            .arg(productLabel(plan.productId), stepLabel(plan.productId, plan.operationSeq))));
    return Outcome::success();
}

QList<Choice> InspectionPlanListModel::productChoices() const
{
    QList<Choice> choices;
    for (const MasterRecord &product : m_products) {
        if (product.active)
            choices.append({product.id, productLabel(product.id)});
    }
    return choices;
}

QList<Choice> InspectionPlanListModel::stepChoices(const QString &productId) const
{
    QList<Choice> choices = {{0, stepLabel(productId, 0)}};
    if (const Result<Routing> routing = m_routing->operations(productId); routing) {
        for (int i = 0; i < routing.value().size(); ++i) {
            const int seq = (i + 1) * 10; // as RoutingRepository numbers the steps
            choices.append(
                {seq, QStringLiteral("%1 · %2").arg(seq).arg(routing.value().at(i).name)});
        }
    }
    return choices;
}

QString InspectionPlanListModel::productLabel(const QString &productId) const
{
    const auto at = m_productRows.constFind(productId);
    if (at == m_productRows.cend())
        return productId;
    const MasterRecord &product = m_products.at(at.value());
    return product.text(QStringLiteral("part_no")) + QStringLiteral(" · ") +
           product.localizedName();
}

QString InspectionPlanListModel::stepLabel(const QString &productId, int seq) const
{
    if (seq == 0)
        return tr("Whole product");
    if (const Result<Routing> routing = m_routing->operations(productId); routing) {
        const int index = seq / 10 - 1;
        if (seq % 10 == 0 && index >= 0 && index < routing.value().size())
            return QStringLiteral("%1 · %2").arg(seq).arg(routing.value().at(index).name);
    }
    return QString::number(seq);
}

QString InspectionPlanListModel::inspectionsText(const InspectionPlan &plan)
{
    QStringList kinds;
    for (InspectionKind kind : {InspectionKind::FirstArticle, InspectionKind::Patrol,
                                InspectionKind::Final, InspectionKind::Incoming}) {
        if (plan.applies(kind))
            kinds << inspectionKindName(kind);
    }
    return kinds.join(tr(", "));
}

int InspectionPlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int InspectionPlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionPlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InspectionPlan &plan = m_plans.at(index.row());
    if (role == PlanIdRole)
        return plan.id;
    if (role == Qt::TextAlignmentRole && index.column() == CharacteristicsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ProductColumn:
        return productLabel(plan.productId);
    case StepColumn:
        return stepLabel(plan.productId, plan.operationSeq);
    case InspectionsColumn:
        return inspectionsText(plan);
    case CharacteristicsColumn:
        return int(plan.characteristics.size());
    default:
        return {};
    }
}

QVariant InspectionPlanListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case StepColumn:
        return tr("Step");
    case InspectionsColumn:
        return tr("Inspections");
    case CharacteristicsColumn:
        return tr("Characteristics");
    default:
        return {};
    }
}

} // namespace Taktline
