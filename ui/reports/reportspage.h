#pragma once

#include <QWidget>

class QTabWidget;

namespace Taktline {

class MessageBanner;
class PieceRatesPanel;
class ReportCentre;
class WagesPanel;
class Workspace;

// The Reports page: the report centre (报表中心), the piece-rate wage report (工资报表) and the
// rate table (工价表) it is priced by, in tabs over one message banner.
class ReportsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(Workspace *workspace, QWidget *parent = nullptr);

    ReportCentre *centre() const { return m_centre; }
    WagesPanel *wages() const { return m_wages; }
    PieceRatesPanel *rates() const { return m_rates; }
    MessageBanner *banner() const { return m_banner; }
    // "centre", "wages" or "rates" (as in `taktline screenshot reports/rates`).
    void showTab(const QString &key);

private:
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    ReportCentre *m_centre;
    WagesPanel *m_wages;
    PieceRatesPanel *m_rates;
};

} // namespace Taktline
