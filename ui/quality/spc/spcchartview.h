#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Taktline {

class ChartCard;
class DateEdit;
class SpcCapabilityBox;
class SpcYieldTable;
class Workspace;
struct SpcCharacteristic;

// SPC (统计过程控制) for a person at a desk: pick a product, its plan (the step) and a measured
// characteristic and a period; the X̄ (or X) chart above the R (or MR) chart, the capability box
// beside them and the first-pass yield of every product and step of the period below it.
class SpcChartView final : public QWidget
{
    Q_OBJECT
public:
    SpcChartView(Workspace *workspace, QWidget *parent = nullptr);
    ~SpcChartView() override;

    // Reads the measured characteristics again and redraws (after plans or inspections changed).
    void reload();
    // Shows [FROM, TO] (local days, both included).
    void setPeriod(const QDate &from, const QDate &to);
    // Picks the product, plan and characteristic of CHARACTERISTIC_ID; false if not listed.
    bool selectCharacteristic(const QString &characteristicId);
    QString characteristicId() const;

    ChartCard *locationCard() const { return m_location; }
    ChartCard *rangeCard() const { return m_range; }
    SpcCapabilityBox *capabilityBox() const { return m_capability; }
    SpcYieldTable *yieldTable() const { return m_yield; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillProducts();
    void fillPlans();
    void fillCharacteristics();
    void refresh();
    void alignCharts();
    void retranslate();
    qint64 fromMs() const;
    qint64 toMs() const;

    Workspace *m_ws;
    QList<SpcCharacteristic> m_characteristics;
    QLabel *m_productLabel;
    QLabel *m_planLabel;
    QLabel *m_characteristicLabel;
    QLabel *m_periodLabel;
    QComboBox *m_product;
    QComboBox *m_plan;
    QComboBox *m_characteristic;
    DateEdit *m_from;
    DateEdit *m_to;
    ChartCard *m_location;
    ChartCard *m_range;
    SpcCapabilityBox *m_capability;
    SpcYieldTable *m_yield;
    bool m_filling = false;
};

} // namespace Taktline
