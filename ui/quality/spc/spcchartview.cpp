#include "quality/spc/spcchartview.h"

#include "common/fields/dateedit.h"
#include "dashboard/chartcard.h"
#include "quality/spc/spccapabilitybox.h"
#include "quality/spc/spccharts.h"
#include "quality/spc/spcyieldtable.h"
#include "services/quality/inspectionplanservice.h"
#include "services/quality/inspectionservice.h"
#include "services/quality/spcservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace Taktline {

SpcChartView::SpcChartView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_productLabel(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_characteristicLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_product(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_characteristic(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_location(new ChartCard(QStringLiteral("spcLocation"), tr("Control chart"), this))
    , m_range(new ChartCard(QStringLiteral("spcRange"), tr("Spread"), this))
    , m_capability(new SpcCapabilityBox(this))
    , m_yield(new SpcYieldTable(this))
{
    setObjectName(QStringLiteral("spcChartView"));
    m_product->setObjectName(QStringLiteral("spcProduct"));
    m_plan->setObjectName(QStringLiteral("spcPlan"));
    m_characteristic->setObjectName(QStringLiteral("spcCharacteristic"));
    m_from->setObjectName(QStringLiteral("spcFrom"));
    m_to->setObjectName(QStringLiteral("spcTo"));
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setMinimumContentsLength(10); // long names elide: the page must fit a tablet
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(10); // long names elide: the page must fit a tablet
    m_characteristic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_characteristic->setMinimumContentsLength(10); // long names elide: the page must fit a tablet
    m_productLabel->setBuddy(m_product);
    m_planLabel->setBuddy(m_plan);
    m_characteristicLabel->setBuddy(m_characteristic);
    m_periodLabel->setBuddy(m_from);
    const QDate today = m_ws->clock().today();
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);

    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(8);
    pickers->addWidget(m_productLabel);
    pickers->addWidget(m_product);
    pickers->addSpacing(8);
    pickers->addWidget(m_planLabel);
    pickers->addWidget(m_plan);
    pickers->addSpacing(8);
    pickers->addWidget(m_characteristicLabel);
    pickers->addWidget(m_characteristic);
    pickers->addSpacing(8);
    pickers->addWidget(m_periodLabel);
    pickers->addWidget(m_from);
    pickers->addWidget(new QLabel(QStringLiteral("–"), this));
    pickers->addWidget(m_to);
    pickers->addStretch();

    auto *charts = new QVBoxLayout;
    charts->setSpacing(8);
    charts->addWidget(m_location, 3);
    charts->addWidget(m_range, 2);
    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    side->addWidget(m_capability);
    side->addWidget(m_yield, 1);
    auto *sideBox = new QWidget(this);
    sideBox->setLayout(side);
    side->setContentsMargins(0, 0, 0, 0);
    sideBox->setMinimumWidth(290);
    sideBox->setMaximumWidth(420);
    auto *body = new QHBoxLayout;
    body->setSpacing(10);
    body->addLayout(charts, 1);
    body->addWidget(sideBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(pickers);
    layout->addLayout(body, 1);

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillPlans();
    });
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillCharacteristics();
    });
    connect(m_characteristic, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SpcChartView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &SpcChartView::refresh);
    connect(m_ws->inspections(), &InspectionService::inspectionRecorded, this,
            &SpcChartView::refresh);
    connect(m_ws->inspections(), &InspectionService::inspectionVoided, this,
            &SpcChartView::refresh);
    connect(m_ws->inspectionPlans(), &InspectionPlanService::plansChanged, this,
            &SpcChartView::reload);
    connect(m_ws->reporting(), &ReportingService::reportAdded, this, &SpcChartView::refresh);
    connect(m_ws->reporting(), &ReportingService::reportVoided, this, &SpcChartView::refresh);
    retranslate();
    reload();
}

SpcChartView::~SpcChartView() = default;

void SpcChartView::retranslate()
{
    m_productLabel->setText(tr("Product"));
    m_planLabel->setText(tr("Plan"));
    m_characteristicLabel->setText(tr("Characteristic"));
    m_periodLabel->setText(tr("Period"));
    m_capability->setTitle(SpcCapabilityBox::tr("Process capability"));
    m_yield->setTitle(SpcYieldTable::tr("First-pass yield"));
}

void SpcChartView::reload()
{
    const QString current = characteristicId();
    const Result<QList<SpcCharacteristic>> found = m_ws->spc()->characteristics();
    m_characteristics = found ? found.value() : QList<SpcCharacteristic>{};
    fillProducts();
    if (!current.isEmpty())
        selectCharacteristic(current);
    if (!found)
        m_location->setNotice(found.error());
}

void SpcChartView::fillProducts()
{
    m_filling = true;
    m_product->clear();
    for (const SpcCharacteristic &c : std::as_const(m_characteristics)) {
        if (m_product->findData(c.productId) < 0)
            m_product->addItem(c.partNo + QLatin1Char(' ') + c.productName, c.productId);
    }
    m_filling = false;
    fillPlans();
}

void SpcChartView::fillPlans()
{
    m_filling = true;
    m_plan->clear();
    const QString product = m_product->currentData().toString();
    for (const SpcCharacteristic &c : std::as_const(m_characteristics)) {
        if (c.productId != product || m_plan->findData(c.planId) >= 0)
            continue;
        const QString step = c.operationSeq > 0
                                 ? tr("Step %1 %2").arg(c.operationSeq).arg(c.operationName)
                                 : tr("Whole product");
        m_plan->addItem(c.planName.isEmpty() || c.planName == c.operationName
                            ? step
                            : step + QStringLiteral(" · ") + c.planName,
                        c.planId);
    }
    m_filling = false;
    fillCharacteristics();
}

void SpcChartView::fillCharacteristics()
{
    m_filling = true;
    m_characteristic->clear();
    const QString plan = m_plan->currentData().toString();
    for (const SpcCharacteristic &c : std::as_const(m_characteristics)) {
        if (c.planId == plan)
            m_characteristic->addItem(
                c.unit.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.unit), c.id);
    }
    m_filling = false;
    refresh();
}

bool SpcChartView::selectCharacteristic(const QString &characteristicId)
{
    for (const SpcCharacteristic &c : std::as_const(m_characteristics)) {
        if (c.id != characteristicId)
            continue;
        m_product->setCurrentIndex(m_product->findData(c.productId));
        m_plan->setCurrentIndex(m_plan->findData(c.planId));
        m_characteristic->setCurrentIndex(m_characteristic->findData(c.id));
        return true;
    }
    return false;
}

QString SpcChartView::characteristicId() const
{
    return m_characteristic->currentData().toString();
}

void SpcChartView::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

qint64 SpcChartView::fromMs() const
{
    return m_from->date().startOfDay().toMSecsSinceEpoch();
}

qint64 SpcChartView::toMs() const
{
    return m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
}

void SpcChartView::refresh()
{
    const Result<QList<FirstPassYield>> yields = m_ws->spc()->firstPassYield(fromMs(), toMs());
    if (yields)
        m_yield->setYields(yields.value());
    else
        m_yield->setNotice(yields.error());

    const QString id = characteristicId();
    if (id.isEmpty()) {
        m_location->setNotice(
            tr("No measured characteristic to chart yet: add one with its limits to an "
               "inspection plan, and the control charts appear here once it has been "
               "inspected."));
        m_range->setNotice({});
        m_capability->clear();
        return;
    }
    const Result<SpcSeries> series = m_ws->spc()->series(id, fromMs(), toMs());
    if (!series) {
        m_location->setNotice(series.error());
        m_range->setNotice({});
        m_capability->clear();
        return;
    }
    const SpcSeries &s = series.value();
    const QString unit = s.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.unit);
    // Connected before the views take them: a visible view lays a chart out at once.
    QChart *location = SpcCharts::location(s);
    QChart *range = SpcCharts::range(s);
    for (QChart *chart : {location, range})
        connect(chart, &QChart::plotAreaChanged, this, &SpcChartView::alignCharts);
    m_location->setChart(
        location, tr("%1 chart of %2%3").arg(SpcCharts::locationName(s.chart), s.name, unit));
    m_range->setChart(range, tr("%1 chart").arg(SpcCharts::rangeName(s.chart)));
    m_capability->setSeries(s);
    alignCharts();
}

void SpcChartView::alignCharts()
{
    // Subgroup i sits above its range: the plot with the narrower axis labels moves right.
    QChart *location = m_location->chart();
    QChart *range = m_range->chart();
    if (!location || !range)
        return;
    constexpr int Margin = 4; // SpcCharts' own margin
    auto natural = [](const QChart *chart) {
        return chart->plotArea().left() - (chart->margins().left() - Margin);
    };
    const double left = std::max(natural(location), natural(range));
    for (QChart *chart : {location, range}) {
        const int wanted = Margin + int(std::lround(left - natural(chart)));
        if (chart->margins().left() != wanted)
            chart->setMargins(QMargins(wanted, Margin, Margin, Margin));
    }
}

void SpcChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void SpcChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace Taktline
