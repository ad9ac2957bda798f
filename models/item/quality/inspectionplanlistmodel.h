#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/quality/inspectionplan.h"
#include "item/choice.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

namespace Taktline {

class InspectionPlanService;
class MasterDataService;
class RoutingService;
class UndoFeedback;

// The inspection plans (检验方案) of the factory, one row each: product, step, which inspections
// apply and how many characteristics. Adding and removing a plan are undoable steps.
class InspectionPlanListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProductColumn,
        StepColumn,
        InspectionsColumn,
        CharacteristicsColumn,
        ColumnCount
    };
    enum Roles { PlanIdRole = Qt::UserRole + 1 };

    InspectionPlanListModel(InspectionPlanService *plans, const MasterDataService *masterData,
                            const RoutingService *routing, QUndoStack *undoStack,
                            UndoFeedback *feedback, QObject *parent = nullptr);

    void reload();
    const InspectionPlan &planAt(int row) const { return m_plans.at(row); }
    int rowOfPlan(const QString &planId) const;

    // Saves PLAN as a new plan (one undo step); answers its id.
    Result<QString> addPlan(const InspectionPlan &plan);
    Outcome removePlan(int row);

    // Active products as (id, "part no · name").
    QList<Choice> productChoices() const;
    // (0, "Whole product") and the product's routing steps as (10, "10 · 车削").
    QList<Choice> stepChoices(const QString &productId) const;
    QString productLabel(const QString &productId) const;
    QString stepLabel(const QString &productId, int seq) const;
    // "首检, 巡检": the inspections PLAN asks for.
    static QString inspectionsText(const InspectionPlan &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    void reloadProducts();

    InspectionPlanService *m_service;
    const MasterDataService *m_masterData;
    const RoutingService *m_routing;
    QUndoStack *m_undoStack;
    UndoFeedback *m_feedback;
    QList<InspectionPlan> m_plans;
    QList<MasterRecord> m_products;
    QHash<QString, qsizetype> m_productRows; // id → index in m_products
};

} // namespace Taktline
