#include "dashboard/dashboardpage.h"

#include "common/fields/dateedit.h"
#include "common/files/savefiledialog.h"
#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "dashboard/chartcard.h"
#include "dashboard/dashboardcards.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboarddrilldown.h"
#include "dashboard/dashboardexport.h"
#include "dashboard/dashboardqualityrows.h"
#include "dashboard/dashboardtiles.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/kpitile.h"
#include "domain/masterdata/masterrecord.h"
#include "item/palette.h"
#include "services/andon/andonservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Taktline {

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(*workspace)
    , m_ranges(new QButtonGroup(this))
    , m_date(new DateEdit(this))
    , m_periodLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_setupBar(new QWidget(this))
    , m_setupText(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_grid(new QGridLayout)
    , m_lateModel(new QStandardItemModel(this))
    , m_qualityModel(new QStandardItemModel(this))
    , m_lateView(nullptr)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_period = m_service.period(DashboardRange::Today);

    m_setupBar->setObjectName(QStringLiteral("dashboardSetupBar"));
    m_setupBar->setStyleSheet(
        themed(u"#dashboardSetupBar { background: @infoFill; border: 1px solid @infoBorder; "
               u"border-radius: 6px; }"));
    auto *setupLayout = new QHBoxLayout(m_setupBar);
    setupLayout->setContentsMargins(12, 2, 4, 2);
    auto *continueSetup = new QPushButton(tr("Continue setting up"), m_setupBar);
    continueSetup->setFlat(true);
    continueSetup->setCursor(Qt::PointingHandCursor);
    continueSetup->setStyleSheet(
        themed(u"QPushButton { color: @accentText; border: none; background: transparent; "
               u"text-decoration: underline; min-height: 20px; padding: 2px 8px; }"));
    continueSetup->setObjectName(QStringLiteral("continueSetupButton"));
    setupLayout->addWidget(m_setupText, 1);
    setupLayout->addWidget(continueSetup);
    connect(continueSetup, &QPushButton::clicked, this, [this] {
        const Result<QList<SetupStepState>> steps = SetupChecklist::read(*m_workspace);
        for (const SetupStepState &state : steps ? steps.value() : QList<SetupStepState>()) {
            if (!state.done)
                return emit setupStepChosen(state.step);
        }
    });

    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(themed(u"color: @red;"));
    m_error->hide();

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 8, 8);
    contentLayout->setSpacing(12);
    m_periodLabel->setObjectName(QStringLiteral("dashboardPeriod"));
    m_periodLabel->setStyleSheet(themed(u"color: @ink; font-size: 12pt; font-weight: 600;"));
    contentLayout->addWidget(m_periodLabel);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    const QList<std::pair<QString, QString>> tileNames = {
        {QStringLiteral("attainment"), tr("Attainment rate")},
        {QStringLiteral("onTime"), tr("On-time delivery")},
        {QStringLiteral("oee"), tr("OEE")},
        {QStringLiteral("firstPass"), tr("First-pass yield")},
        {QStringLiteral("andon"), tr("Andon response / repair")}};
    for (const auto &[key, title] : tileNames) {
        auto *tile = new KpiTile(title, m_content);
        tile->setObjectName(QStringLiteral("kpi_") + key);
        m_tiles.insert(key, tile);
        tiles->addWidget(tile, 1);
        connect(tile, &KpiTile::clicked, this, [this, key = key] { drillDown(key, -1); });
    }
    contentLayout->addLayout(tiles);
    m_grid->setSpacing(12);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch();

    addCard(QStringLiteral("oee"), tr("OEE per machine"));
    addCard(QStringLiteral("losses"), tr("Losses from planned to fully productive time"));
    addCard(QStringLiteral("downtime"), tr("Downtime by reason"));
    addCard(QStringLiteral("defects"), tr("Defects Top 5"));
    addCard(QStringLiteral("output"), tr("Output against target"));
    addCard(QStringLiteral("wip"), tr("Work in process by step"));
    addCard(QStringLiteral("yield"), tr("First-pass yield by product"));
    addCard(QStringLiteral("late"), tr("Orders going late"));
    addCard(QStringLiteral("quality"), tr("Inspections and nonconformances"));
    m_qualityView = makeListView(m_qualityModel, QStringLiteral("qualityList"),
                                 m_cards.value(QStringLiteral("quality")), TableRows::Compact);
    m_qualityView->setMinimumHeight(250);
    m_cards.value(QStringLiteral("quality"))->setBody(m_qualityView);
    m_lateView = makeListView(m_lateModel, QStringLiteral("lateOrdersList"),
                              m_cards.value(QStringLiteral("late")), TableRows::Compact);
    m_lateView->setMinimumHeight(250);
    m_cards.value(QStringLiteral("late"))->setBody(m_lateView);
    connect(m_lateView, &QTableView::activated, this,
            [this](const QModelIndex &index) { drillDown(QStringLiteral("late"), index.row()); });

    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setStyleSheet(themed(u"#dashboardContent { background: @window; }"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 16, 0);
    layout->setSpacing(10);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_setupBar);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
    placeCards();

    // This device's own reports, stops, andon calls and plan changes: read again once they
    // settle, and only while the page is on screen (it reads again when shown anyway).
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(400);
    connect(later, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    const auto soon = [later] {
        later->start();
    };
    connect(m_workspace->reporting(), &ReportingService::reportAdded, later, soon);
    connect(m_workspace->reporting(), &ReportingService::reportVoided, later, soon);
    connect(m_workspace->machineStatus(), &MachineStatusService::statusChanged, later, soon);
    connect(m_workspace->andon(), &AndonService::callsChanged, later, soon);
    connect(m_workspace->schedule(), &ScheduleService::scheduleChanged, later, soon);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const QList<std::pair<DashboardRange, QString>> ranges = {
        {DashboardRange::Today, tr("Today")},
        {DashboardRange::Shift, tr("This shift")},
        {DashboardRange::Week, tr("This week")},
        {DashboardRange::Month, tr("This month")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QPushButton(text, bar);
        button->setCheckable(true);
        button->setStyleSheet(themed(u"QPushButton:checked { background: @accent; color: @white; "
                                     u"border: 1px solid @accent; }"));
        button->setObjectName(QStringLiteral("range_%1").arg(int(range)));
        m_ranges->addButton(button, int(range));
        layout->addWidget(button);
    }
    m_ranges->button(int(DashboardRange::Today))->setChecked(true);
    connect(m_ranges, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(DashboardRange(id)); });
    auto *pick = new QLabel(tr("Day:"), bar);
    m_date->setObjectName(QStringLiteral("dashboardDate"));
    m_date->setDate(m_period.day);
    m_date->setMinimumWidth(130);
    layout->addSpacing(12);
    layout->addWidget(pick);
    layout->addWidget(m_date);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (day != m_period.day || m_period.range != DashboardRange::Day)
            setRange(DashboardRange::Day, day);
    });
    layout->addStretch();
    auto *exportButton = new QPushButton(tr("Export"), bar);
    exportButton->setObjectName(QStringLiteral("dashboardExportButton"));
    exportButton->setToolTip(tr("Save the dashboard as a PNG image or a PDF document"));
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::askExport);
    layout->addWidget(exportButton);
    return bar;
}

void DashboardPage::addCard(const QString &key, const QString &title)
{
    auto *card = new ChartCard(key, title, m_content);
    m_cards.insert(key, card);
    m_cardOrder.append(key);
}

// Three columns where the page is wide (an office screen), two on a tablet or laptop.
void DashboardPage::placeCards()
{
    const int columns = m_scroll->viewport()->width() >= 1450 ? 3 : 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    struct Place
    {
        const char *key;
        int row, column, span;
    };
    static const QList<Place> three = {
        {"oee", 0, 0, 2},    {"losses", 0, 2, 1}, {"downtime", 1, 0, 1}, {"defects", 1, 1, 1},
        {"output", 1, 2, 1}, {"wip", 2, 0, 1},    {"yield", 2, 1, 1},    {"late", 2, 2, 1},
        {"quality", 3, 0, 1}};
    static const QList<Place> two = {
        {"oee", 0, 0, 2},     {"losses", 1, 0, 1}, {"downtime", 1, 1, 1}, {"output", 2, 0, 1},
        {"defects", 2, 1, 1}, {"wip", 3, 0, 1},    {"yield", 3, 1, 1},    {"late", 4, 0, 2},
        {"quality", 5, 0, 2}};
    for (const Place &place : columns == 3 ? three : two)
        m_grid->addWidget(m_cards.value(QString::fromLatin1(place.key)), place.row, place.column, 1,
                          place.span);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCards();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeCards();
    reload(); // reports saved at this device's station since the page was last shown
}

void DashboardPage::setRange(DashboardRange range, const QDate &day)
{
    if (QAbstractButton *button = m_ranges->button(int(range)))
        button->setChecked(true);
    else if (m_ranges->checkedButton()) {
        m_ranges->setExclusive(false);
        m_ranges->checkedButton()->setChecked(false);
        m_ranges->setExclusive(true);
    }
    m_period = m_service.period(range, day);
    reload();
}

void DashboardPage::reload()
{
    // "Today" and "this shift" move with the clock: a page left open over midnight follows it.
    if (m_period.range != DashboardRange::Day)
        m_period = m_service.period(m_period.range);
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(m_period.day);
    }
    m_periodLabel->setText(m_period.label(m_workspace->schedule()->calendar()));
    updateSetupBar();
    Result<DashboardFigures> figures = m_service.compute(m_period);
    if (!figures) {
        m_error->setText(figures.error());
        m_error->show();
        return;
    }
    m_error->hide();
    m_figures = std::move(figures).value();
    m_loaded = true;
    fillTiles();
    fillCharts();
    fillLateOrders();
}

void DashboardPage::updateSetupBar()
{
    const Result<QList<SetupStepState>> steps = SetupChecklist::read(*m_workspace);
    QStringList missing;
    for (const SetupStepState &state : steps ? steps.value() : QList<SetupStepState>()) {
        if (!state.done)
            missing.append(SetupChecklist::title(state.step));
    }
    m_setupText->setText(tr("Still to set up: %1").arg(QLocale().createSeparatedList(missing)));
    m_setupBar->setVisible(!missing.isEmpty());
}

void DashboardPage::fillTiles()
{
    DashboardTiles::fill(m_tiles, m_figures);
}

void DashboardPage::fillCharts()
{
    DashboardCards::fill(m_cards, m_figures, m_period, m_workspace->schedule()->calendar(),
                         [this](const QString &key, int index) { drillDown(key, index); });
    ChartCard *quality = m_cards.value(QStringLiteral("quality"));
    if (DashboardQualityRows::fill(m_qualityModel, m_figures)) {
        m_qualityView->resizeColumnsToContents();
        m_qualityView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        quality->showBody();
    } else {
        quality->setNotice(tr("No inspection in this period."));
    }
}

void DashboardPage::fillLateOrders()
{
    m_lateModel->clear();
    m_lateModel->setHorizontalHeaderLabels(
        {tr("WO No."), tr("Product"), tr("Due date"), tr("Finished"), tr("Late by")});
    for (const DashboardOrder &order : m_figures.lateOrders) {
        QList<QStandardItem *> row;
        const double hours = double(order.lateByMs) / 3600000.0;
        const QString late = hours >= 24 ? tr("%1 d").arg(QLocale().toString(hours / 24, 'f', 1))
                                         : tr("%1 h").arg(QLocale().toString(hours, 'f', 1));
        for (const QString &text :
             {order.number, order.product, order.dueDate.toString(Qt::ISODate),
              QStringLiteral("%1 / %2").arg(quantityText(order.finished),
                                            quantityText(order.quantity)),
              late}) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            row.append(item);
        }
        row.last()->setForeground(Palette::Red);
        m_lateModel->appendRow(row);
    }
    m_lateView->resizeColumnsToContents();
    m_lateView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ChartCard *card = m_cards.value(QStringLiteral("late"));
    if (m_figures.lateOrders.isEmpty())
        card->setNotice(tr("No open order is going late."));
    else
        card->showBody();
}

DrillDownDialog *DashboardPage::drillDown(const QString &key, int index)
{
    if (!m_loaded)
        return nullptr;
    Result<DrillDownDialog *> dialog =
        DashboardDrillDown::open(m_service, m_period, m_figures, key, index, this);
    if (!dialog) {
        QMessageBox::warning(this, tr("Dashboard"), dialog.error());
        return nullptr;
    }
    if (dialog.value())
        dialog.value()->show();
    return dialog.value();
}

void DashboardPage::askExport()
{
    const QString name =
        tr("dashboard") + QLatin1Char('-') + m_period.day.toString(QStringLiteral("yyyyMMdd"));
    const QString path =
        SaveFileDialog::ask(this, tr("Export the dashboard"), name,
                            {SaveFileDialog::Kind::Pdf, SaveFileDialog::Kind::Png});
    if (path.isEmpty())
        return;
    if (Outcome written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export the dashboard"), written.error());
}

Outcome DashboardPage::exportTo(const QString &path) const
{
    return DashboardExport::write(m_content, path);
}

} // namespace Taktline
