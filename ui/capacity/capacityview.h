#pragma once

#include "services/capacity/capacityanalyser.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Taktline {

class CapacityHeatMap;
class CapacityTableModel;
class CapacityWhatIfPanel;
class MessageBanner;
class ReportCentreExport;
class Workspace;

// Capacity analysis (产能分析): load against capacity per machine, line and workshop as a heat
// map, the bottleneck, what-if overtime or a worked day off tried in memory and accepted into
// the calendar, and the export to Excel (the report centre's capacity report).
class CapacityView final : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityView(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    // Writes the capacity report of the horizon shown to PATH in the background.
    bool exportTo(const QString &path);

    CapacityHeatMap *heatMap() const { return m_heatMap; }
    CapacityTableModel *model() const { return m_model; }
    CapacityWhatIfPanel *whatIfPanel() const { return m_whatIf; }
    ReportCentreExport *exporter() const { return m_export; }
    QString bottleneckText() const;
    QString bannerText() const;
    CapacityQuery query() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void tryWhatIf();
    void acceptWhatIf();
    void resetWhatIf();
    void showAnalysis(const CapacityAnalysis &analysis,
                      const std::optional<CapacityComparison> &comparison);
    QString whatIfText(const CapacityComparison &comparison) const;
    void exportToExcel();

    Workspace *m_workspace;
    QComboBox *m_weeks;
    QButtonGroup *m_bucketing;
    QButtonGroup *m_grouping;
    QPushButton *m_exportButton;
    MessageBanner *m_banner;
    QLabel *m_bottleneck;
    CapacityWhatIfPanel *m_whatIf;
    QLabel *m_showing;
    CapacityHeatMap *m_heatMap;
    CapacityTableModel *m_model;
    QTableView *m_table;
    ReportCentreExport *m_export;
    std::optional<CapacityWhatIf> m_tried; // the what-if shown, if any
    bool m_stale = true;
};

} // namespace Taktline
