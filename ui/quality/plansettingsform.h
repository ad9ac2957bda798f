#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Taktline {

class InspectionPlanListModel;
class PlanCharacteristicsModel;
struct InspectionPlan;

// The settings of the inspection plan being edited: its product and step, which inspections
// apply (first article and its gate, patrol every N pieces / minutes, final, incoming) and the
// sampling (AQL, inspection level, reduced inspection allowed). Each change is saved at once as
// one undo step through PlanCharacteristicsModel::changePlan.
class PlanSettingsForm final : public QWidget
{
    Q_OBJECT
public:
    PlanSettingsForm(InspectionPlanListModel *plans, PlanCharacteristicsModel *plan,
                     QWidget *parent = nullptr);

    void setEditable(bool editable);
    // Shows the plan as saved (after it was chosen, changed or undone).
    void refresh();

    QComboBox *productCombo() const { return m_product; }
    QComboBox *stepCombo() const { return m_step; }
    QCheckBox *firstArticleBox() const { return m_firstArticle; }
    QCheckBox *gateBox() const { return m_gate; }
    QSpinBox *patrolPiecesSpin() const { return m_patrolPieces; }
    QSpinBox *patrolMinutesSpin() const { return m_patrolMinutes; }
    QCheckBox *finalBox() const { return m_final; }
    QCheckBox *incomingBox() const { return m_incoming; }
    QComboBox *aqlCombo() const { return m_aql; }
    QComboBox *levelCombo() const { return m_level; }
    QCheckBox *reducedBox() const { return m_reduced; }

signals:
    void errorOccurred(const QString &message);

private:
    void fillSteps(const QString &productId, int seq);
    void change(const QString &text, const std::function<void(InspectionPlan &)> &edit);
    void updateEnabled();

    InspectionPlanListModel *m_plans;
    PlanCharacteristicsModel *m_plan;
    QComboBox *m_product;
    QComboBox *m_step;
    QCheckBox *m_firstArticle;
    QCheckBox *m_gate;
    QSpinBox *m_patrolPieces;
    QSpinBox *m_patrolMinutes;
    QCheckBox *m_final;
    QCheckBox *m_incoming;
    QComboBox *m_aql;
    QComboBox *m_level;
    QCheckBox *m_reduced;
    bool m_editable = true;
    bool m_filling = false;
};

} // namespace Taktline
