#include "reports/reportspage.h"

#include "common/messagebanner.h"
#include "reports/pieceratespanel.h"
#include "reports/wagespanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Taktline {

ReportsPage::ReportsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_wages(new WagesPanel(workspace, m_banner, m_tabs))
    , m_rates(new PieceRatesPanel(workspace, m_banner, m_tabs))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
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
}

void ReportsPage::showTab(const QString &key)
{
    m_tabs->setCurrentWidget(key == QLatin1String("rates") ? static_cast<QWidget *>(m_rates)
                                                           : m_wages);
}

} // namespace Taktline
