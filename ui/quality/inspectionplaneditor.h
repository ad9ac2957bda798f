#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Taktline {

class InspectionPlanListModel;
class MessageBanner;
class PlanCharacteristicsModel;
class PlanSettingsForm;
class Workspace;

// Edits the inspection plans (检验方案): the plans of the factory on the left (product, step,
// which inspections), the chosen plan on the right — its settings and its characteristics (检验
// 项目) edited in place. Every change is saved at once and can be undone; plans can also be
// imported from Excel.
class InspectionPlanEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit InspectionPlanEditor(Workspace *workspace, QWidget *parent = nullptr);

    InspectionPlanListModel *plansModel() const { return m_plans; }
    PlanCharacteristicsModel *characteristicsModel() const { return m_characteristics; }
    QTableView *planList() const { return m_planList; }
    QTableView *characteristicsView() const { return m_characteristicsView; }
    PlanSettingsForm *settings() const { return m_settings; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *addCharacteristicButton() const { return m_addCharacteristic; }
    QPushButton *removeCharacteristicButton() const { return m_removeCharacteristic; }

    void selectPlan(const QString &planId);
    // Creates a plan for PRODUCTID's step SEQ as the New dialog does; false with a message in
    // the banner when refused.
    bool createPlan(const QString &productId, int seq);

private:
    void onPlanChosen();
    void newPlan();
    void deletePlan();
    void openImport();
    void addCharacteristic();
    void removeCharacteristic();
    void updateButtons();

    Workspace *m_workspace;
    InspectionPlanListModel *m_plans;
    PlanCharacteristicsModel *m_characteristics;
    QTableView *m_planList;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_import;
    QLabel *m_heading;
    MessageBanner *m_banner;
    PlanSettingsForm *m_settings;
    QPushButton *m_addCharacteristic;
    QPushButton *m_removeCharacteristic;
    QTableView *m_characteristicsView;
    QString m_selectedPlanId; // kept across the list's reloads
};

} // namespace Taktline
