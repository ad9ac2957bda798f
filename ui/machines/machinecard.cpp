#include "machines/machinecard.h"

#include "common/theme.h"
#include "item/palette.h"
#include "item/planning/scheduletext.h"
#include "machines/loadbar.h"
#include "machines/statuspill.h"
#include "services/station/machineoverview.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QProgressBar>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace Taktline {

namespace {

constexpr int ProgressSteps = 1000;

// "25 min", "3 h 20 min", "2 d 4 h": precise enough to read at a glance.
QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60000);
    if (minutes < 60)
        return QCoreApplication::translate("Taktline::MachineCard", "%1 min").arg(minutes);
    if (minutes < 24 * 60) {
        return minutes % 60 == 0
                   ? QCoreApplication::translate("Taktline::MachineCard", "%1 h").arg(minutes / 60)
                   : QCoreApplication::translate("Taktline::MachineCard", "%1 h %2 min")
                         .arg(minutes / 60)
                         .arg(minutes % 60);
    }
    const qint64 hours = minutes / 60;
    return hours % 24 == 0
               ? QCoreApplication::translate("Taktline::MachineCard", "%1 d").arg(hours / 24)
               : QCoreApplication::translate("Taktline::MachineCard", "%1 d %2 h")
                     .arg(hours / 24)
                     .arg(hours % 24);
}

// A time of today as "14:30", of the coming week as "Tue 09:10", else "12-02 09:10".
QString moment(qint64 ms, qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QLocale locale;
    if (at.date() == today)
        return locale.toString(at.time(), QStringLiteral("HH:mm"));
    if (at.date() > today && at.date() < today.addDays(7))
        return locale.toString(at, QStringLiteral("ddd HH:mm"));
    return locale.toString(at, QStringLiteral("MM-dd HH:mm"));
}

QString rate(double perHour)
{
    if (perHour <= 0)
        return QStringLiteral("—");
    const QLocale locale;
    return QCoreApplication::translate("Taktline::MachineCard", "%1 /h")
        .arg(locale.toString(perHour, 'f', perHour < 10 ? 1 : 0));
}

} // namespace

MachineCard::MachineCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_status(new StatusPill(this))
    , m_capacity(new QLabel(this))
    , m_since(new QLabel(this))
    , m_job(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_figures(new QWidget(this))
    , m_rate(addFigure(0, tr("Rate")))
    , m_eta(addFigure(1, tr("Est. finish")))
    , m_downtime(addFigure(2, tr("Down today")))
    , m_output(addFigure(3, tr("Output today")))
    , m_queue(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_load(new QLabel(this))
    , m_loadBar(new LoadBar(this))
    , m_timelineButton(new QPushButton(tr("Timeline"), this))
    , m_andonBox(new QWidget(this))
    , m_andonRows(new QVBoxLayout(m_andonBox))
{
    setObjectName(QStringLiteral("machineCard"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("machineCardTitle"));
    m_capacity->setObjectName(QStringLiteral("machineCardMuted"));
    m_since->setObjectName(QStringLiteral("machineCardMuted"));
    m_progressText->setObjectName(QStringLiteral("machineCardMuted"));
    m_queue->setObjectName(QStringLiteral("machineCardMuted"));
    m_waiting->setObjectName(QStringLiteral("machineCardWaiting"));
    m_waiting->setToolTip(tr("Finished pieces of the step before this machine's queued "
                             "operations, and what lies in its input buffer"));
    m_waiting->hide();
    m_load->setObjectName(QStringLiteral("machineCardMuted"));
    m_job->setObjectName(QStringLiteral("machineCardJob"));
    m_title->setWordWrap(true);
    m_job->setWordWrap(true);
    m_load->setWordWrap(true); // long in English; the card must fit a third of a tablet
    m_progress->setObjectName(QStringLiteral("machineProgress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(8);
    m_rate->setToolTip(tr("Good pieces of this job per working hour on this machine, over the "
                          "last 2 working hours or since the job started."));
    m_eta->setToolTip(tr("When the job's remaining quantity is done at this rate, in working "
                         "time."));
    m_downtime->setToolTip(tr("Time stopped or in maintenance since midnight, and the share of "
                              "today's planned production time the machine could run "
                              "(availability: unplanned stops count against it, maintenance and "
                              "planned stops do not)."));
    m_output->setToolTip(tr("Good pieces reported on this machine since midnight."));

    // Rows of their own, so a wide "since" never narrows the title above it.
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status, 0, Qt::AlignTop);
    auto *subheading = new QHBoxLayout;
    subheading->addWidget(m_capacity, 1);
    subheading->addWidget(m_since, 0, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addLayout(subheading);
    m_andonRows->setContentsMargins(0, 2, 0, 2);
    m_andonRows->setSpacing(4);
    m_andonBox->hide();
    layout->addWidget(m_andonBox);
    for (QWidget *row : std::initializer_list<QWidget *>{m_job, m_progress, m_progressText,
                                                         m_figures, m_load, m_loadBar})
        layout->addWidget(row);
    // The queue and the way to the machine's day share the last line.
    m_timelineButton->setObjectName(QStringLiteral("machineTimelineButton"));
    m_timelineButton->setToolTip(tr("The machine's day as coloured bands: running, set-up, "
                                    "stops and their reasons, with the reports"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_queue, 1);
    bottom->addWidget(m_waiting);
    bottom->addWidget(m_timelineButton);
    layout->addLayout(bottom);
    connect(m_timelineButton, &QPushButton::clicked, this,
            [this] { emit timelineRequested(m_machineId); });
}

void MachineCard::setAndon(const QList<AndonCall> &calls, qint64 nowMs, qint64 escalateAfterMs,
                           bool canAnswer)
{
    while (QLayoutItem *item = m_andonRows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_andonLabels.clear();
    AndonLevel level = AndonLevel::None;
    for (const AndonCall &call : calls) {
        const bool escalated = call.escalated(nowMs, escalateAfterMs);
        level = escalated ? AndonLevel::Escalated : std::max(level, AndonLevel::Open);
        const QString state =
            call.state() == AndonState::Acknowledged
                ? (call.acknowledgedBy.isEmpty() ? tr("acknowledged")
                                                 : tr("%1 is on the way").arg(call.acknowledgedBy))
                : tr("waiting %1").arg(duration(call.waitingMs(nowMs)));
        const QString who = call.employeeName.isEmpty() ? QString() : call.employeeName + tr(" · ");
        auto *label = new QLabel(tr("Andon: %1 · %2%3")
                                     .arg(andonKindDisplayName(call.kind), who, state),
                                 m_andonBox);
        label->setObjectName(QStringLiteral("machineAndonCall"));
        label->setWordWrap(true);
        label->setStyleSheet(escalated ? themed(u"color: @red; font-weight: 700;")
                                       : themed(u"color: @urgentText; font-weight: 600;"));
        m_andonLabels.append(label);
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        row->addWidget(label, 1);
        if (canAnswer) {
            if (call.state() == AndonState::Open) {
                auto *ack = new QPushButton(tr("Acknowledge"), m_andonBox);
                ack->setObjectName(QStringLiteral("andonAcknowledgeButton"));
                ack->setProperty("callId", call.id);
                connect(ack, &QPushButton::clicked, this,
                        [this, id = call.id] { emit answerRequested(id, false); });
                row->addWidget(ack, 0, Qt::AlignTop);
            }
            auto *close = new QPushButton(tr("Close"), m_andonBox);
            close->setObjectName(QStringLiteral("andonCloseButton"));
            close->setProperty("callId", call.id);
            connect(close, &QPushButton::clicked, this,
                    [this, id = call.id] { emit answerRequested(id, true); });
            row->addWidget(close, 0, Qt::AlignTop);
        }
        m_andonRows->addLayout(row);
    }
    m_andonBox->setVisible(!calls.isEmpty());
    if (level != m_andonLevel) {
        m_andonLevel = level;
        update();
    }
}

QStringList MachineCard::andonTexts() const
{
    QStringList texts;
    for (QLabel *label : m_andonLabels)
        texts.append(label->text());
    return texts;
}

QPushButton *MachineCard::andonButton(const QString &callId, bool close) const
{
    const QString name = close ? QStringLiteral("andonCloseButton")
                               : QStringLiteral("andonAcknowledgeButton");
    for (QPushButton *button : m_andonBox->findChildren<QPushButton *>(name)) {
        if (button->property("callId").toString() == callId)
            return button;
    }
    return nullptr;
}

void MachineCard::setPulse(bool on)
{
    if (m_pulse == on)
        return;
    m_pulse = on;
    if (m_andonLevel != AndonLevel::None)
        update();
}

void MachineCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (m_andonLevel == AndonLevel::None)
        return;
    // A frame over the card's own border that breathes, so a call is seen across the room.
    QColor colour = m_andonLevel == AndonLevel::Escalated ? Palette::Red : Palette::Urgent;
    colour.setAlpha(m_pulse ? 255 : 90);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, m_andonLevel == AndonLevel::Escalated ? 5 : 4));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5), 8, 8);
}

QLabel *MachineCard::addFigure(int index, const QString &caption)
{
    // Two rows of "caption value  caption value": compact enough for three cards across a
    // tablet, and the captions can be long in English.
    auto *grid = qobject_cast<QGridLayout *>(m_figures->layout());
    if (!grid) {
        grid = new QGridLayout(m_figures);
        grid->setContentsMargins(0, 2, 0, 2);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(4);
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(3, 1);
    }
    auto *label = new QLabel(caption, m_figures);
    label->setObjectName(QStringLiteral("machineFigureCaption"));
    auto *value = new QLabel(QStringLiteral("—"), m_figures);
    value->setObjectName(QStringLiteral("machineFigure"));
    const int row = index / 2;
    const int column = (index % 2) * 2;
    grid->addWidget(label, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void MachineCard::setState(const MachineLiveState &state, qint64 nowMs, const QTimeZone &zone)
{
    m_machineId = state.machineId;
    m_queueLength = state.queueLength;
    const QLocale locale;
    setStyleSheet(
        themed(u"#machineCard { background: @white; border: 1px solid @border; "
               "border-left: 5px solid %1;"
               "  border-radius: 8px; }"
               "#machineCardTitle { font-size: 15px; font-weight: 600; color: @ink; }"
               "#machineCardJob { color: @ink; }"
               "#machineCardMuted, #machineFigureCaption { color: @muted; }"
               "#machineFigure { font-weight: 600; color: @ink; }"
               "#machineCardWaiting { font-weight: 600; color: @accentText; }"
               "#machineProgress { background: @gridLine; border: none; border-radius: 4px; }"
               "#machineProgress::chunk { background: @good; border-radius: 4px; }")
            .arg(state.status == MachineStatus::Idle
                     ? Palette::InputBorder.name()
                     : StatusPill::background(state.status).name()));

    m_title->setText(state.code + QStringLiteral("  ") + state.name);
    const bool down = state.status == MachineStatus::Down && !state.downtimeReason.isEmpty();
    const bool waiting = state.waitingFirstArticleSinceMs > 0; // 等待首检
    m_status->setStatus(
        state.status,
        waiting ? tr("Waiting for first article")
        : down  ? tr("%1 · %2").arg(machineStatusDisplayName(state.status), state.downtimeReason)
                : QString());
    // The workshop is the group's heading; a machine that runs several jobs at once says so.
    m_capacity->setText(state.capacity > 1 ? tr("Runs %1 at once").arg(state.capacity) : QString());
    const qint64 sinceMs = waiting ? state.waitingFirstArticleSinceMs : state.sinceMs;
    m_since->setText(
        sinceMs > 0
            ? tr("since %1 · %2").arg(moment(sinceMs, nowMs, zone), duration(nowMs - sinceMs))
            : QString());

    using Source = MachineLiveState::JobSource;
    const QString job = state.productName.isEmpty()
                            ? state.jobLabel
                            : tr("%1 · %2").arg(state.jobLabel, state.productName);
    // The dispatch board's rule and words: a job whose order the plan leaves out says why.
    const QString unplanned =
        state.jobStatus == ScheduleStatus::Scheduled
            ? QString()
            : QStringLiteral("\n") + ScheduleText::statusText(state.jobStatus);
    m_job->setText(state.jobSource == Source::Reported  ? tr("Job: %1").arg(job) + unplanned
                   : state.jobSource == Source::Planned ? tr("Planned: %1").arg(job)
                   : state.queueLength > 0              ? tr("No job planned")
                                                        : tr("No job queued"));
    const bool hasJob = state.jobSource != Source::None;
    m_progress->setVisible(hasJob);
    m_progressText->setVisible(hasJob);
    m_progress->setValue(
        static_cast<int>(std::lround(std::clamp(state.progress(), 0.0, 1.0) * ProgressSteps)));
    m_progressText->setText(tr("Good %1 of %2  (%3 %)")
                                .arg(ScheduleText::quantity(state.good),
                                     ScheduleText::quantity(state.planned),
                                     locale.toString(100.0 * state.progress(), 'f', 0)));

    m_rate->setText(rate(state.ratePerHour));
    m_eta->setText(state.etaMs > 0 ? moment(state.etaMs, nowMs, zone) : QStringLiteral("—"));
    m_downtime->setText(
        state.availabilityToday
            ? tr("%1 · %2 % available")
                  .arg(duration(qint64(state.downtimeTodaySeconds * 1000)))
                  .arg(qRound(*state.availabilityToday * 100))
            : duration(qint64(state.downtimeTodaySeconds * 1000)));
    m_downtime->setStyleSheet(state.downtimeTodaySeconds >= 60 ? themed(u"color: @red;")
                                                               : QString());
    m_output->setText(ScheduleText::quantity(state.outputToday));

    m_queue->setText(tr("Queue: %n operation(s)", nullptr, m_queueLength));
    const double percent =
        state.capacityHours > 0 ? 100.0 * state.loadHours / state.capacityHours : 0;
    m_load->setText(tr("Load, next 7 days: %1 h of %2 h (%3 %)")
                        .arg(locale.toString(state.loadHours, 'f', 1),
                             locale.toString(state.capacityHours, 'f', 1),
                             locale.toString(percent, 'f', 0)));
    // Compared as shown: 100.04 % reads "100 %" and is full, not over.
    m_load->setStyleSheet(std::round(percent) > 100 ? themed(u"color: @red; font-weight: 600;")
                                                    : QString());
    m_loadBar->setLoad(state.loadHours, state.capacityHours);
}

void MachineCard::setWaiting(double pieces)
{
    m_waitingPieces = pieces;
    m_waiting->setText(tr("%1 pieces waiting")
                           .arg(QLocale().toString(pieces, 'f', QLocale::FloatingPointShortest)));
    m_waiting->setVisible(pieces > 0);
}

QString MachineCard::text() const
{
    QStringList lines = {m_title->text(), m_status->text(), m_capacity->text(), m_since->text(),
                         m_job->text()};
    if (m_progressText->isVisibleTo(this))
        lines.append(m_progressText->text());
    const QList<QLabel *> figures = m_figures->findChildren<QLabel *>();
    for (qsizetype i = 0; i + 1 < figures.size(); i += 2) // caption, value
        lines.append(figures.at(i)->text() + QStringLiteral(": ") + figures.at(i + 1)->text());
    lines << m_queue->text();
    if (m_waitingPieces > 0)
        lines << m_waiting->text();
    lines << m_load->text();
    lines += andonTexts();
    return lines.join(QLatin1Char('\n'));
}

} // namespace Taktline
