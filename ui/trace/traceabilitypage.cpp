#include "trace/traceabilitypage.h"

#include "common/messagebanner.h"
#include "scan/scannerinputfilter.h"
#include "trace/genealogy/genealogypanel.h"
#include "trace/lots/lotspanel.h"
#include "trace/shipments/shipmentspanel.h"
#include "trace/tracestyle.h"

#include <QApplication>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Taktline {

namespace {

const char TabKeyProperty[] = "traceTabKey";

// One filter for the whole application (the station page shares it): a second one would see
// every key twice.
ScannerInputFilter *applicationScanner()
{
    if (auto *existing =
            qApp->findChild<ScannerInputFilter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *filter = new ScannerInputFilter(qApp);
    qApp->installEventFilter(filter);
    return filter;
}

} // namespace

TraceabilityPage::TraceabilityPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_genealogy(new GenealogyPanel(workspace, m_banner, m_tabs))
    , m_lots(new LotsPanel(workspace, m_banner, m_tabs))
    , m_filter(applicationScanner())
{
    setObjectName(QStringLiteral("traceabilityPage"));
    setStyleSheet(traceStyleSheet());
    m_tabs->setObjectName(QStringLiteral("traceTabs"));
    //: The genealogy tab (追溯): what went into a code and where it went.
    addTab(m_genealogy, QStringLiteral("genealogy"), tr("Genealogy"));
    //: The material lots tab (批次).
    addTab(m_lots, QStringLiteral("lots"), tr("Lots"));
    auto *shipments = new ShipmentsPanel(workspace, m_tabs);
    //: The shipments tab (发货): finished goods received and shipped to customers.
    addTab(shipments, QStringLiteral("shipments"), tr("Shipments"));
    connect(shipments, &ShipmentsPanel::traceRequested, this,
            [this](const QString &code) { traceCode(code); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, m_banner, &QWidget::hide);
    connect(m_lots, &LotsPanel::traceRequested, this,
            [this](const QString &code) { traceCode(code, TraceDirection::Forward); });
    connect(m_filter, &ScannerInputFilter::scanned, this, &TraceabilityPage::onScanned);
}

TraceabilityPage::~TraceabilityPage()
{
    if (m_filter && m_filter->scanTarget() == this)
        m_filter->setScanTarget(nullptr);
}

void TraceabilityPage::addTab(QWidget *panel, const QString &key, const QString &title)
{
    panel->setProperty(TabKeyProperty, key);
    m_tabs->addTab(panel, title);
}

void TraceabilityPage::showTab(const QString &key)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(TabKeyProperty).toString() == key) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    m_tabs->setCurrentWidget(m_genealogy);
}

void TraceabilityPage::traceCode(const QString &code, TraceDirection direction)
{
    m_tabs->setCurrentWidget(m_genealogy);
    m_genealogy->setDirection(direction);
    m_genealogy->trace(code, direction);
}

void TraceabilityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_filter->setScanTarget(this);
}

void TraceabilityPage::hideEvent(QHideEvent *event)
{
    if (m_filter->scanTarget() == this)
        m_filter->setScanTarget(nullptr);
    QWidget::hideEvent(event);
}

void TraceabilityPage::onScanned(const QString &code)
{
    // Every page that uses the one filter hears its scans; only the shown page takes them.
    if (!isVisible() || m_filter->scanTarget() != this)
        return;
    if (m_tabs->currentWidget() == m_lots)
        m_lots->showLot(code);
    else if (m_tabs->currentWidget() == m_genealogy)
        m_genealogy->trace(code);
}

} // namespace Taktline
