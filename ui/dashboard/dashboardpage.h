#pragma once

#include "domain/outcome.h"
#include "services/dashboard/dashboardservice.h"
#include "services/masterdata/setupchecklist.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTableView;

namespace Taktline {

class ChartCard;
class DateEdit;
class DrillDownDialog;
class KpiTile;
class Workspace;

// The owner's and planner's first page (看板): for today, this shift, this week, this month or a
// picked day — plan against done, on-time delivery, OEE and first-pass yield as tiles; OEE per
// machine, the loss waterfall, downtime and defect Paretos, hourly output against the target, WIP
// by step, first-pass yield per product and the orders going late as charts. Every bar opens the
// rows behind it; the page exports as PNG or PDF.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Reads the figures again (MainWindow calls it when other devices' changes arrive).
    Q_INVOKABLE void reload();
    void setRange(DashboardRange range, const QDate &day = {});

    const DashboardPeriod &period() const { return m_period; }
    const DashboardFigures &figures() const { return m_figures; }
    ChartCard *card(const QString &key) const { return m_cards.value(key); }
    KpiTile *tile(const QString &key) const { return m_tiles.value(key); }
    QTableView *lateOrders() const { return m_lateView; }
    QTableView *qualityRows() const { return m_qualityView; }
    // Opens the rows behind bar INDEX of the chart KEY (or the tile KEY when INDEX is -1).
    DrillDownDialog *drillDown(const QString &key, int index);
    // Writes the page's figures as a PNG or PDF (by PATH's extension).
    Outcome exportTo(const QString &path) const;

signals:
    void setupStepChosen(Taktline::SetupStep step);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void addCard(const QString &key, const QString &title);
    void placeCards();
    void fillTiles();
    void fillCharts();
    void fillLateOrders();
    void updateSetupBar();
    void askExport();

    Workspace *m_workspace;
    DashboardService m_service;
    DashboardPeriod m_period;
    DashboardFigures m_figures;
    QButtonGroup *m_ranges;
    DateEdit *m_date;
    QLabel *m_periodLabel;
    QLabel *m_error;
    QWidget *m_setupBar;
    QLabel *m_setupText;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QGridLayout *m_grid;
    QHash<QString, KpiTile *> m_tiles;
    QHash<QString, ChartCard *> m_cards;
    QStringList m_cardOrder;
    QStandardItemModel *m_lateModel;
    QTableView *m_lateView;
    QStandardItemModel *m_qualityModel;
    QTableView *m_qualityView;
    int m_columns = 0;
    bool m_loaded = false;
};

} // namespace Taktline
