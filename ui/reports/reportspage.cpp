#include "reports/reportspage.h"

#include "common/messagebanner.h"
#include "import/importdialog.h"
#include "reports/reportcentre.h"
#include "reports/pieceratespanel.h"
#include "reports/wagespanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Taktline {

ReportsPage::ReportsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_centre(new ReportCentre(workspace, m_tabs))
    , m_wages(new WagesPanel(workspace, m_banner, m_tabs))
    , m_rates(new PieceRatesPanel(workspace, m_banner, m_tabs))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    //: The report centre (报表中心): every report of the factory, shown and exported to Excel.
    m_tabs->addTab(m_centre, tr("Report centre"));
    //: The wage report (工资报表).
    m_tabs->addTab(m_wages, tr("Wages"));
    //: The rate table (工价表).
    m_tabs->addTab(m_rates, tr("Piece rates"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    // A rate added or changed reprices the report at once.
    connect(m_rates, &PieceRatesPanel::ratesChanged, m_wages, &WagesPanel::reload);
    connect(m_tabs, &QTabWidget::currentChanged, m_banner, &QWidget::hide);
    connect(m_centre, &ReportCentre::importRequested, this,
            [this, workspace] { ImportDialog::openFor(workspace, ImportKind::Products, this); });
}

void ReportsPage::showTab(const QString &key)
{
    if (key == QLatin1String("rates"))
        m_tabs->setCurrentWidget(m_rates);
    else if (key == QLatin1String("wages"))
        m_tabs->setCurrentWidget(m_wages);
    else
        m_tabs->setCurrentWidget(m_centre);
}

} // namespace Taktline
