#pragma once

#include <QWidget>

class QTabWidget;

namespace Taktline {

class DueInspectionsView;
class InspectionPlanEditor;
class InspectionsView;
class NonconformanceList;
class SpcChartView;
class Workspace;

// The Quality page (质检), in tabs: what waits for an inspector (待检), the inspections recorded
// (检验记录), nonconforming pieces and their disposition (不合格品), control charts (SPC) and the
// inspection plans (检验方案).
class QualityPage final : public QWidget
{
    Q_OBJECT
public:
    explicit QualityPage(Workspace *workspace, QWidget *parent = nullptr);

    DueInspectionsView *due() const { return m_due; }
    InspectionsView *inspections() const { return m_inspections; }
    NonconformanceList *nonconformances() const { return m_nonconformances; }
    SpcChartView *spc() const { return m_spc; }
    InspectionPlanEditor *plans() const { return m_plans; }
    QWidget *currentTab() const;
    // The tabs' keys in order: "due", "inspections", "nc", "spc", "plans" (as in
    // `taktline screenshot quality/TAB`).
    QStringList tabKeys() const;
    // Shows the tab KEY (unknown or empty: the first).
    void showTab(const QString &key);

private:
    void addTab(const QString &key, QWidget *view, const QString &title);

    QTabWidget *m_tabs;
    DueInspectionsView *m_due;
    InspectionsView *m_inspections;
    NonconformanceList *m_nonconformances;
    SpcChartView *m_spc;
    InspectionPlanEditor *m_plans;
    QStringList m_keys;
};

} // namespace Taktline
