#pragma once

#include <QDialog>

class QComboBox;

namespace Taktline {

class InspectionPlanListModel;
class MessageBanner;
struct InspectionPlan;

// Asks which product and step a new inspection plan is for, and creates it with a first
// characteristic to start from (the appearance, pass/fail) as one undo step.
class NewPlanDialog final : public QDialog
{
    Q_OBJECT
public:
    NewPlanDialog(InspectionPlanListModel *plans, const QString &productId,
                  QWidget *parent = nullptr);

    QComboBox *productCombo() const { return m_product; }
    QComboBox *stepCombo() const { return m_step; }
    const QString &createdPlanId() const { return m_created; }
    // A plan for PRODUCTID's step SEQ to start from: first article at a step, final inspection
    // for the whole product (step 0), the appearance checked pass/fail.
    static InspectionPlan starterPlan(const QString &productId, int seq);

    void accept() override;

private:
    void fillSteps();

    InspectionPlanListModel *m_plans;
    QComboBox *m_product;
    QComboBox *m_step;
    MessageBanner *m_banner;
    QString m_created;
};

} // namespace Taktline
