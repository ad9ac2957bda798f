#include "quality/qualitypage.h"

#include "quality/dueinspectionsview.h"
#include "quality/inspectionplaneditor.h"
#include "quality/inspectionsview.h"
#include "quality/nonconformancelist.h"
#include "quality/spc/spcchartview.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Taktline {

QualityPage::QualityPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_due(new DueInspectionsView(workspace, m_tabs))
    , m_inspections(new InspectionsView(workspace, m_tabs))
    , m_nonconformances(new NonconformanceList(workspace, m_tabs))
    , m_spc(new SpcChartView(workspace, m_tabs))
    , m_plans(new InspectionPlanEditor(workspace, m_tabs))
{
    setObjectName(QStringLiteral("qualityPage"));
    m_tabs->setObjectName(QStringLiteral("qualityTabs"));
    //: The due list (待检): inspections waiting for an inspector now.
    addTab(QStringLiteral("due"), m_due, tr("Due"));
    //: The inspection records (检验记录).
    addTab(QStringLiteral("inspections"), m_inspections, tr("Inspections"));
    //: Nonconforming pieces and what is done with them (不合格品).
    addTab(QStringLiteral("nc"), m_nonconformances, tr("Nonconformances"));
    //: Control charts and process capability (SPC).
    addTab(QStringLiteral("spc"), m_spc, tr("SPC"));
    //: The inspection plans per product and step (检验方案).
    addTab(QStringLiteral("plans"), m_plans, tr("Inspection plans"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_tabs, 1);
}

void QualityPage::addTab(const QString &key, QWidget *view, const QString &title)
{
    m_keys.append(key);
    m_tabs->addTab(view, title);
}

QWidget *QualityPage::currentTab() const
{
    return m_tabs->currentWidget();
}

QStringList QualityPage::tabKeys() const
{
    return m_keys;
}

void QualityPage::showTab(const QString &key)
{
    m_tabs->setCurrentIndex(std::max<qsizetype>(0, m_keys.indexOf(key)));
}

} // namespace Taktline
