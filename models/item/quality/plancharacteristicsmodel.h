#pragma once

#include "domain/quality/inspectionplan.h"
#include "item/choice.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace Taktline {

class InspectionPlanService;
class UndoFeedback;

// One inspection plan being edited: its characteristics (检验项目) as rows, and its settings
// (which inspections, sampling) through changePlan(). Every edit saves the whole plan through
// InspectionPlanService as one undoable step; the model changes only when the service says so.
class PlanCharacteristicsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        NameColumn,
        KindColumn,
        NominalColumn,
        LowerColumn,
        UpperColumn,
        UnitColumn,
        ChoicesColumn,
        PassChoicesColumn,
        GaugeColumn,
        MethodColumn,
        RequiredColumn,
        ColumnCount
    };

    PlanCharacteristicsModel(InspectionPlanService *plans, QUndoStack *undoStack,
                             UndoFeedback *feedback, QObject *parent = nullptr);

    void setPlanId(const QString &planId);
    const QString &planId() const { return m_plan.id; }
    const InspectionPlan &plan() const { return m_plan; }

    // Saves AFTER (this plan with other settings or characteristics) as one undo step named TEXT.
    Outcome changePlan(const InspectionPlan &after, const QString &text);
    // Adds a pass/fail characteristic at the end; answers its row.
    Result<int> addCharacteristic();
    Outcome removeCharacteristic(int row);
    // The kinds as (key, translated name), for the kind column's editor.
    static QList<Choice> kindChoices();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    QString columnName(int column) const;

    InspectionPlanService *m_service;
    QUndoStack *m_undoStack;
    UndoFeedback *m_feedback;
    InspectionPlan m_plan; // as saved; empty id: no plan chosen
};

} // namespace Taktline
