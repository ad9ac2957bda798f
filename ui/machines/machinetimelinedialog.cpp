#include "machines/machinetimelinedialog.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "machines/machinetimeline.h"
#include "machines/stopreasondialog.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/places/placeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machinereports.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include "common/fields/dateedit.h"

#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QString clock(qint64 ms, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone).time(),
                              QStringLiteral("HH:mm"));
}

QString minutes(qint64 ms)
{
    // Counted before the call: lupdate 6.4 never returns from a division among its arguments.
    const int count = int(ms / 60000);
    return QCoreApplication::translate("Taktline::MachineTimelineDialog", "%n min", nullptr, count);
}

} // namespace

namespace {

// What waits in front of the machine (待加工): the pieces of each queued order, and where.
QLabel *waitingLine(Workspace *workspace, const QString &machineId)
{
    auto *line = new QLabel;
    line->setObjectName(QStringLiteral("timelineWaiting"));
    line->setWordWrap(true);
    const Result<QList<WaitingPieces>> waiting = workspace->places()->waitingAt(machineId);
    QStringList parts;
    const QLocale locale;
    for (const WaitingPieces &pieces : waiting ? waiting.value() : QList<WaitingPieces>()) {
        QString part = QCoreApplication::translate("Taktline::MachineTimelineDialog",
                                                   "%1 step %2: %3 pieces")
                           .arg(pieces.workOrderNumber)
                           .arg(pieces.seq)
                           .arg(locale.toString(pieces.quantity, 'f', QLocale::FloatingPointShortest));
        if (!pieces.placeCode.isEmpty())
            part += QStringLiteral(" (%1)").arg(pieces.placeCode);
        parts << part;
    }
    line->setText(QCoreApplication::translate("Taktline::MachineTimelineDialog", "Waiting here: %1")
                      .arg(parts.join(QStringLiteral(" · "))));
    line->setVisible(!parts.isEmpty());
    return line;
}

} // namespace

MachineTimelineDialog::MachineTimelineDialog(Workspace *workspace, const QString &machineId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_machineId(machineId)
    , m_date(new DateEdit(this))
    , m_banner(new MessageBanner(this))
    , m_timeline(new MachineTimeline(this))
    , m_detail(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_reasonButton(new QPushButton(tr("Give the stop a reason…"), this))
{
    setObjectName(QStringLiteral("machineTimelineDialog"));
    if (const Result<MasterRecord> machine =
            workspace->masterData()->find(MasterDataKind::Machine, machineId)) {
        m_machineLabel = machine.value().text(QStringLiteral("code")) + QStringLiteral("  ") +
                         machine.value().localizedName();
    }
    setWindowTitle(tr("Timeline — %1").arg(m_machineLabel));
    auto *title = new QLabel(m_machineLabel, this);
    title->setObjectName(QStringLiteral("placeholderTitle"));
    const QTimeZone zone = workspace->schedule()->calendar().timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(workspace->clock().nowMs(), zone).date();
    m_date->setObjectName(QStringLiteral("timelineDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    auto *previous = new QPushButton(tr("◀ Day before"), this);
    auto *next = new QPushButton(tr("Day after ▶"), this);
    auto *todayButton = new QPushButton(tr("Today"), this);
    auto *picker = new QHBoxLayout;
    picker->addWidget(title, 1);
    picker->addWidget(previous);
    picker->addWidget(m_date);
    picker->addWidget(next);
    picker->addWidget(todayButton);
    m_banner->hide();
    m_detail->setObjectName(QStringLiteral("timelineDetail"));
    m_detail->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("placeholderNote"));
    m_summary->setWordWrap(true);
    m_reasonButton->setObjectName(QStringLiteral("timelineReasonButton"));
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_reasonButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    layout->addWidget(m_banner);
    layout->addWidget(m_timeline);
    layout->addWidget(createLegend());
    layout->addWidget(m_summary);
    layout->addLayout(detailRow);
    layout->addWidget(waitingLine(workspace, machineId));
    layout->addStretch(1);
    resize(1000, sizeHint().height());

    connect(m_date, &QDateEdit::dateChanged, this, &MachineTimelineDialog::reload);
    connect(previous, &QPushButton::clicked, this, [this] { setDay(day().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setDay(day().addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this, today] { setDay(today); });
    connect(m_timeline, &MachineTimeline::selectionChanged, this,
            &MachineTimelineDialog::showDetail);
    connect(m_timeline, &MachineTimeline::spanClicked, this, [this](int index) {
        showDetail();
        if (m_reasonButton->isEnabled()) // a supervisor's click on a stop asks at once
            giveReason(index);
    });
    connect(m_reasonButton, &QPushButton::clicked, this,
            [this] { giveReason(m_timeline->selectedIndex()); });
    connect(workspace->machineStatus(), &MachineStatusService::statusChanged, this,
            [this](const QString &id) {
                if (id == m_machineId)
                    reload();
            });
    connect(workspace->reporting(), &ReportingService::reportAdded, this,
            &MachineTimelineDialog::reload);
    reload();
}

QWidget *MachineTimelineDialog::createLegend()
{
    auto *legend = new QWidget(this);
    auto *grid = new QGridLayout(legend);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    const QList<TimeUse> uses = {TimeUse::Running,      TimeUse::Setup,       TimeUse::PlannedDown,
                                 TimeUse::Availability, TimeUse::Performance, TimeUse::Quality,
                                 TimeUse::Unclassified, TimeUse::Excluded,    TimeUse::NoStatus,
                                 TimeUse::OffShift};
    int column = 0;
    for (TimeUse use : uses) {
        auto *chip = new QLabel(legend);
        chip->setFixedSize(14, 14);
        chip->setStyleSheet(QStringLiteral("background: %1; border-radius: 3px;")
                                .arg(MachineTimeline::colour(use).name()));
        auto *name = new QLabel(OeeService::timeUseDisplayName(use), legend);
        name->setObjectName(QStringLiteral("timelineLegendName"));
        auto *item = new QHBoxLayout;
        item->setSpacing(4);
        item->addWidget(chip);
        item->addWidget(name);
        grid->addLayout(item, column / 5, column % 5, Qt::AlignLeft);
        ++column;
    }
    auto *tick = new QLabel(tr("│ a report (red: with defective pieces)"), legend);
    grid->addWidget(tick, 2, 0, 1, 5);
    return legend;
}

QDate MachineTimelineDialog::day() const
{
    return m_date->date();
}

void MachineTimelineDialog::setDay(const QDate &day)
{
    m_date->setDate(day); // reloads on a change
}

QString MachineTimelineDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString MachineTimelineDialog::detailText() const
{
    return m_detail->text();
}

void MachineTimelineDialog::reload()
{
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    const qint64 from = QDateTime(day(), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 now = m_workspace->clock().nowMs();
    const Result<QList<StatusSpan>> spans =
        m_workspace->oee()->timeline(m_machineId, from, to, now);
    const Result<QList<MachineReportMark>> reports =
        MachineReports(m_workspace).between(m_machineId, from, to);
    m_banner->hide();
    if (!spans || !reports) {
        m_banner->showMessage(!spans ? spans.error() : reports.error());
        m_banner->show();
    }
    m_timeline->setDay(spans ? spans.value() : QList<StatusSpan>(),
                       reports ? reports.value() : QList<MachineReportMark>(), from, to, zone);
    qint64 running = 0, stopped = 0, unclassified = 0;
    double good = 0;
    for (const StatusSpan &span : m_timeline->spans()) {
        if (span.use == TimeUse::Running)
            running += span.durationMs();
        else if (span.isStop())
            stopped += span.durationMs();
        if (span.use == TimeUse::Unclassified)
            unclassified += span.durationMs();
    }
    for (const MachineReportMark &report : m_timeline->reports())
        good += report.good;
    m_summary->setText(tr("Running %1 · stopped %2, of it %3 without a reason · %n report(s), "
                          "%4 good",
                          nullptr, int(m_timeline->reports().size()))
                           .arg(minutes(running), minutes(stopped), minutes(unclassified),
                                QLocale().toString(good)));
    showDetail();
}

void MachineTimelineDialog::showDetail()
{
    const int index = m_timeline->selectedIndex();
    const bool canCorrect = m_workspace->access()->allows(Permission::CorrectReports);
    if (index < 0) {
        m_detail->setText(canCorrect ? tr("Click a band to see it; click a stop to give it a "
                                          "reason.")
                                     : tr("Click a band to see it."));
        m_reasonButton->setEnabled(false);
        return;
    }
    const StatusSpan &span = m_timeline->spans().at(index);
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    QString text = tr("%1 – %2 (%3): %4")
                       .arg(clock(span.startMs, zone), clock(span.endMs, zone),
                            minutes(span.durationMs()), OeeService::timeUseDisplayName(span.use));
    if (!span.downtimeReason.isEmpty())
        text += span.reasonGivenLater ? tr(" · reason %1 (given later)").arg(span.downtimeReason)
                                      : tr(" · reason %1").arg(span.downtimeReason);
    m_detail->setText(text);
    m_reasonButton->setEnabled(canCorrect && span.isStop() && !span.eventId.isEmpty() &&
                               span.status != MachineStatus::Running &&
                               span.status != MachineStatus::Setup);
}

StopReasonDialog *MachineTimelineDialog::giveReason(int index)
{
    if (index < 0 || index >= m_timeline->spans().size() || !m_reasonButton->isEnabled())
        return nullptr;
    const StatusSpan span = m_timeline->spans().at(index);
    auto *dialog = new StopReasonDialog(m_workspace, m_machineLabel, span,
                                        m_workspace->schedule()->calendar().timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Taktline
