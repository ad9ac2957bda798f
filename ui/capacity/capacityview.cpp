#include "capacity/capacityview.h"

#include "capacity/capacityheatmap.h"
#include "capacity/capacitywhatifpanel.h"
#include "common/files/savefiledialog.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "item/capacity/capacitytablemodel.h"
#include "reports/reportcentreexport.h"
#include "services/capacity/capacityservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Taktline {

namespace {

QWidget *legendItem(CapacityBand band, QWidget *parent)
{
    auto *item = new QWidget(parent);
    auto *swatch = new QLabel(item);
    swatch->setFixedSize(14, 14);
    swatch->setStyleSheet(QStringLiteral("background:%1; border-radius: 2px;")
                              .arg(CapacityHeatMap::bandColour(band).name()));
    auto *layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(CapacityHeatMap::bandName(band), item));
    return item;
}

QPushButton *toggle(const QString &text, const char *name, QButtonGroup *group, int id,
                    QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setCheckable(true);
    button->setMinimumHeight(36);
    group->addButton(button, id);
    return button;
}

QString percent(double ratio)
{
    if (std::isinf(ratio))
        return QStringLiteral(">100%");
    return QLocale().toString(ratio * 100, 'f', 1) + QLatin1Char('%');
}

QString hours(double seconds)
{
    return QLocale().toString(seconds / 3600, 'f', 1);
}

} // namespace

CapacityView::CapacityView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_weeks(new QComboBox(this))
    , m_bucketing(new QButtonGroup(this))
    , m_grouping(new QButtonGroup(this))
    , m_exportButton(new QPushButton(tr("Export to Excel"), this))
    , m_banner(new MessageBanner(this))
    , m_bottleneck(new QLabel(this))
    , m_whatIf(new CapacityWhatIfPanel(this))
    , m_showing(new QLabel(this))
    , m_heatMap(new CapacityHeatMap(this))
    , m_model(new CapacityTableModel(this))
    , m_table(makeListView(m_model, QStringLiteral("capacityTable"), this, TableRows::Compact))
    , m_export(new ReportCentreExport(workspace->database().path(), workspace->clock(), this))
{
    setObjectName(QStringLiteral("capacityView"));
    // The chosen columns and rows read as chosen.
    setStyleSheet(themed(u"#capacityView QPushButton:checked { background: @accentFill; "
                         u"border: 1px solid @accent; color: @accentText; font-weight: 600; }"));
    m_weeks->setObjectName(QStringLiteral("horizonCombo"));
    m_weeks->setMinimumHeight(36);
    for (const int weeks : {1, 2, 4, 8})
        m_weeks->addItem(tr("%n week(s)", nullptr, weeks), weeks);
    m_weeks->setCurrentIndex(m_weeks->findData(4));
    m_exportButton->setObjectName(QStringLiteral("capacityExportButton"));
    m_exportButton->setMinimumHeight(36);
    m_bottleneck->setObjectName(QStringLiteral("bottleneckBanner"));
    m_bottleneck->setWordWrap(true);
    m_showing->setObjectName(QStringLiteral("placeholderNote"));
    m_banner->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(new QLabel(tr("Horizon:"), this));
    bar->addWidget(m_weeks);
    bar->addSpacing(10);
    bar->addWidget(new QLabel(tr("Columns:"), this));
    bar->addWidget(toggle(tr("Days"), "capacityDaysButton", m_bucketing,
                          int(CapacityBucketing::Day), this));
    bar->addWidget(toggle(tr("Weeks"), "capacityWeeksButton", m_bucketing,
                          int(CapacityBucketing::Week), this));
    bar->addSpacing(10);
    bar->addWidget(new QLabel(tr("Rows:"), this));
    bar->addWidget(toggle(tr("Machines"), "capacityMachinesButton", m_grouping,
                          int(CapacityGrouping::Machine), this));
    bar->addWidget(toggle(tr("Lines"), "capacityLinesButton", m_grouping,
                          int(CapacityGrouping::Line), this));
    bar->addWidget(toggle(tr("Workshops"), "capacityWorkshopsButton", m_grouping,
                          int(CapacityGrouping::Workshop), this));
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    m_bucketing->button(int(CapacityBucketing::Day))->setChecked(true);
    m_grouping->button(int(CapacityGrouping::Machine))->setChecked(true);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(12);
    legend->addWidget(m_showing);
    legend->addStretch(1);
    for (const CapacityBand band : {CapacityBand::Low, CapacityBand::High, CapacityBand::Full,
                                    CapacityBand::Over, CapacityBand::None})
        legend->addWidget(legendItem(band, this));

    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CapacityTableModel::Name, 200);
    fitColumnsToHeaders(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_heatMap);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_table->setMinimumHeight(110);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_bottleneck);
    layout->addWidget(m_whatIf);
    layout->addLayout(legend);
    layout->addWidget(splitter, 1);

    connect(m_weeks, &QComboBox::currentIndexChanged, this, &CapacityView::reload);
    connect(m_bucketing, &QButtonGroup::idClicked, this, &CapacityView::reload);
    connect(m_grouping, &QButtonGroup::idClicked, this, &CapacityView::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &CapacityView::exportToExcel);
    connect(m_whatIf, &CapacityWhatIfPanel::tried, this, &CapacityView::tryWhatIf);
    connect(m_whatIf, &CapacityWhatIfPanel::accepted, this, &CapacityView::acceptWhatIf);
    connect(m_whatIf, &CapacityWhatIfPanel::reset, this, &CapacityView::resetWhatIf);
    connect(m_export, &ReportCentreExport::finished, this,
            [this](const QString &error, const QString &path, qint64) {
                m_exportButton->setEnabled(true);
                if (!error.isEmpty())
                    m_banner->showMessage(error);
                else
                    m_banner->showMessage(tr("Exported the capacity analysis to %1.")
                                              .arg(QDir::toNativeSeparators(path)),
                                          MessageBanner::Kind::Success);
            });
    connect(workspace->schedule(), &ScheduleService::scheduleChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

CapacityQuery CapacityView::query() const
{
    CapacityQuery query;
    query.weeks = m_weeks->currentData().toInt();
    query.bucketing = CapacityBucketing(m_bucketing->checkedId());
    query.grouping = CapacityGrouping(m_grouping->checkedId());
    return query;
}

void CapacityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CapacityView::reload()
{
    m_stale = false;
    m_whatIf->setDaysOff(m_workspace->schedule()->calendar().weeklyDaysOff());
    if (m_tried) {
        const Result<CapacityComparison> compared = m_workspace->capacity()->compare(query(), *m_tried);
        if (compared) {
            showAnalysis(compared.value().after, compared.value());
            return;
        }
        m_tried.reset(); // the calendar changed under it: show today's plan
        m_whatIf->setResult({}, false);
    }
    const Result<CapacityAnalysis> analysis = m_workspace->capacity()->analyse(query());
    if (!analysis) {
        m_banner->showMessage(analysis.error());
        return;
    }
    showAnalysis(analysis.value(), std::nullopt);
}

void CapacityView::showAnalysis(const CapacityAnalysis &analysis,
                                const std::optional<CapacityComparison> &comparison)
{
    m_heatMap->setAnalysis(analysis, query().bucketing);
    if (comparison)
        m_model->setRows(comparison->before.rows, comparison->after.rows);
    else
        m_model->setRows(analysis.rows);
    m_table->setColumnHidden(CapacityTableModel::WhatIf, !comparison);
    m_table->setColumnHidden(CapacityTableModel::Machines,
                             query().grouping == CapacityGrouping::Machine);
    m_showing->setText(
        comparison ? tr("Shown: the plan with the what-if, %1 – %2.")
                         .arg(analysis.first.toString(Qt::ISODate), analysis.last.toString(Qt::ISODate))
                   : tr("Shown: today's plan, %1 – %2.")
                         .arg(analysis.first.toString(Qt::ISODate), analysis.last.toString(Qt::ISODate)));

    const CapacityAnalysis &base = comparison ? comparison->before : analysis;
    if (!base.bottleneck) {
        m_bottleneck->setText(tr("No machine has planned work in the horizon."));
        m_bottleneck->setStyleSheet(themed(u"padding: 6px 10px; background: @infoFill; "
                                           u"border: 1px solid @infoBorder; border-radius: 6px;"));
        return;
    }
    const CapacityRow &b = base.machineDays.at(*base.bottleneck);
    QString text = tr("Bottleneck: %1 at %2 over the horizon (%3 h load of %4 h capacity).")
                       .arg(b.label, percent(*b.utilisation()), hours(b.totalLoad()),
                            hours(b.totalCapacity()));
    text += QLatin1Char(' ') +
            (b.overloadedDays.isEmpty()
                 ? tr("No day is booked to capacity.")
                 : tr("Booked to capacity on %n day(s): %1.", nullptr, int(b.overloadedDays.size()))
                       .arg(CapacityTableModel::daysText(b.overloadedDays)));
    if (comparison) {
        for (const CapacityRow &row : comparison->after.machineDays) {
            if (row.key == b.key && row.utilisation())
                text += QLatin1Char(' ') + tr("With the what-if: %1.").arg(percent(*row.utilisation()));
        }
    }
    m_bottleneck->setText(text);
    m_bottleneck->setStyleSheet(themed(u"padding: 6px 10px; background: @urgentFill; color: "
                                       u"@urgentText; border: 1px solid @amber; border-radius: 6px;"));
}

QString CapacityView::whatIfText(const CapacityComparison &c) const
{
    const CapacityWhatIf w = m_whatIf->whatIf();
    QStringList parts;
    if (w.overtimeHours > 0) {
        const Shift overtime = c.calendar.shifts().constLast();
        parts << tr("overtime %1–%2 every working day")
                     .arg(overtime.start.toString(QStringLiteral("HH:mm")),
                          overtime.end.toString(QStringLiteral("HH:mm")));
    }
    for (const Qt::DayOfWeek day : w.workedDaysOff)
        parts << tr("every %1 of the horizon worked").arg(QLocale().dayName(day));
    return tr("With %1: late orders %2 → %3; %n become on time.", nullptr, c.becomeOnTime)
        .arg(parts.join(tr(" and ")))
        .arg(c.before.lateOrderIds.size())
        .arg(c.after.lateOrderIds.size());
}

void CapacityView::tryWhatIf()
{
    m_banner->hide();
    const CapacityWhatIf whatIf = m_whatIf->whatIf();
    const Result<CapacityComparison> compared = m_workspace->capacity()->compare(query(), whatIf);
    if (!compared) {
        m_banner->showMessage(compared.error());
        return;
    }
    m_tried = whatIf;
    m_whatIf->setResult(whatIfText(compared.value()), false);
    showAnalysis(compared.value().after, compared.value());
}

void CapacityView::acceptWhatIf()
{
    if (!m_tried)
        return;
    const Outcome accepted = m_workspace->capacity()->accept(query(), *m_tried);
    if (!accepted) {
        m_banner->showMessage(accepted.error());
        return;
    }
    m_tried.reset();
    m_whatIf->setWhatIf({});
    m_whatIf->setResult({}, true);
    reload();
    m_banner->showMessage(tr("The what-if is now part of the working calendar and every machine "
                             "was planned again."),
                          MessageBanner::Kind::Success);
}

void CapacityView::resetWhatIf()
{
    m_tried.reset();
    m_banner->hide();
    m_whatIf->setWhatIf({});
    m_whatIf->setResult({}, false);
    reload();
}

QString CapacityView::bottleneckText() const
{
    return m_bottleneck->text();
}

QString CapacityView::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

bool CapacityView::exportTo(const QString &path)
{
    const Result<std::pair<QDate, QDate>> days =
        CapacityAnalyser(*m_workspace->schedule(), m_workspace->database().connection(),
                         m_workspace->clock())
            .horizon(query());
    if (!days)
        return false;
    ReportQuery request;
    request.kind = ReportKind::Capacity;
    request.from = days.value().first;
    request.to = days.value().second;
    m_banner->hide();
    if (!m_export->start(request, path, this)) {
        m_banner->showMessage(tr("An export is still running."));
        return false;
    }
    m_exportButton->setEnabled(false);
    return true;
}

void CapacityView::exportToExcel()
{
    const QString name =
        QStringLiteral("%1 %2").arg(ReportService::displayName(ReportKind::Capacity),
                                    m_workspace->clock().today().toString(Qt::ISODate));
    const QString path = SaveFileDialog::ask(
        this, tr("Export to Excel"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        {SaveFileDialog::Kind::Excel});
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace Taktline
