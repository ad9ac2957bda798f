#include "machines/machinespage.h"

#include "common/messagebanner.h"
#include "common/theme.h"
#include "machines/andonanswerdialog.h"
#include "machines/machinecard.h"
#include "machines/machinetimelinedialog.h"
#include "machines/statuspill.h"
#include "services/access/accesscontrol.h"
#include "services/andon/andonservice.h"
#include "services/places/placeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machineoverview.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Taktline {

namespace {
constexpr int CardMinimumWidth = 330;
constexpr int MinimumColumns = 3;
constexpr int ClockTickMs = 60 * 1000;
constexpr int PulseMs = 700;
} // namespace

MachinesPage::MachinesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_overview(std::make_unique<MachineOverview>(workspace))
    , m_banner(new MessageBanner(this))
    , m_empty(new QLabel(tr("No active machines. Add machines under Master data."), this))
    , m_content(new QWidget)
    , m_groups(new QVBoxLayout(m_content))
    , m_reloadTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
    , m_andonList(new QFrame(this))
    , m_andonLines(new QVBoxLayout(m_andonList))
    , m_pulseTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("machinesPage"));
    m_empty->setObjectName(QStringLiteral("placeholderNote"));
    m_empty->hide();
    m_groups->setContentsMargins(16, 4, 16, 16);
    m_groups->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(16, 0, 16, 0);
    top->addWidget(createLegend());
    top->addWidget(m_banner);
    m_andonList->setObjectName(QStringLiteral("andonList"));
    m_andonList->setAttribute(Qt::WA_StyledBackground);
    m_andonList->setStyleSheet(themed(u"#andonList { background: @urgentFill; border: 1px solid "
                                      "@urgent; border-radius: 6px; }"));
    m_andonLines->setContentsMargins(12, 6, 12, 6);
    m_andonLines->setSpacing(2);
    m_andonList->hide();
    top->addWidget(m_andonList);
    top->addWidget(m_empty);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_clockTimer->setInterval(ClockTickMs);
    connect(m_clockTimer, &QTimer::timeout, this, &MachinesPage::reload);
    connect(workspace->schedule(), &ScheduleService::scheduleChanged, this,
            &MachinesPage::scheduleReload);
    connect(workspace->machineStatus(), &MachineStatusService::statusChanged, this,
            &MachinesPage::scheduleReload);
    connect(workspace->reporting(), &ReportingService::reportAdded, this,
            &MachinesPage::scheduleReload);
    connect(workspace->reporting(), &ReportingService::reportVoided, this,
            &MachinesPage::scheduleReload);
    connect(workspace->andon(), &AndonService::callsChanged, this, &MachinesPage::scheduleReload);
    connect(workspace->places(), &PlaceService::piecesMoved, this, &MachinesPage::scheduleReload);
    m_pulseTimer->setInterval(PulseMs);
    connect(m_pulseTimer, &QTimer::timeout, this, [this] {
        m_pulse = !m_pulse;
        for (MachineCard *card : std::as_const(m_cards))
            card->setPulse(m_pulse);
    });
}

MachinesPage::~MachinesPage() = default;

QWidget *MachinesPage::createLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("machinesLegend"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 4);
    row->setSpacing(6);
    for (const MachineStatus status : allMachineStatuses()) {
        auto *pill = new StatusPill(legend);
        pill->setStatus(status);
        row->addWidget(pill);
    }
    row->addSpacing(12);
    auto *note = new QLabel(tr("Rate: good pieces per working hour, last 2 h of the job.  "
                               "Load: planned hours in the next 7 days against the calendar × "
                               "capacity."),
                            legend);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);
    row->addWidget(note, 1);
    return legend;
}

MachineCard *MachinesPage::card(const QString &machineId) const
{
    for (MachineCard *card : m_cards) {
        if (card->machineId() == machineId)
            return card;
    }
    return nullptr;
}

void MachinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clockTimer->start();
    if (m_stale)
        reload();
    if (!m_andonList->isHidden())
        m_pulseTimer->start();
}

void MachinesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clockTimer->stop();
    m_pulseTimer->stop();
}

void MachinesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnCount() != m_arrangedColumns)
        arrangeCards();
}

void MachinesPage::scheduleReload()
{
    // Hidden, the page only remembers; shown, it reloads once after the burst of signals.
    m_stale = true;
    m_reloadTimer->start();
}

int MachinesPage::columnCount() const
{
    const int fit = std::max(1, (width() - 40) / CardMinimumWidth);
    // No empty column at the right when every workshop has fewer machines than would fit;
    // at least three, so a lone machine does not stretch across an office screen.
    int widest = 0;
    for (qsizetype i = 0, run = 0; i < m_workshopOfCard.size(); ++i) {
        run = i > 0 && m_workshopOfCard.at(i) == m_workshopOfCard.at(i - 1) ? run + 1 : 1;
        widest = std::max(widest, int(run));
    }
    return std::min(fit, std::max(widest, MinimumColumns));
}

void MachinesPage::reload()
{
    m_stale = false;
    const qint64 now = m_workspace->clock().nowMs();
    const Result<QList<MachineLiveState>> states = m_overview->overview(now);
    if (!states) {
        m_banner->showMessage(states.error());
        return;
    }
    QList<MachineLiveState> active;
    for (const MachineLiveState &state : states.value()) {
        if (state.active)
            active.append(state);
    }
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    bool sameMachines = active.size() == m_cards.size();
    for (qsizetype i = 0; sameMachines && i < active.size(); ++i) {
        sameMachines = m_cards.at(i)->machineId() == active.at(i).machineId &&
                       m_workshopOfCard.at(i) == active.at(i).workshop;
    }
    if (sameMachines) { // the usual case: cards change in place, the scroll position stays
        for (qsizetype i = 0; i < active.size(); ++i)
            m_cards.at(i)->setState(active.at(i), now, zone);
        showWaiting();
        showAndon(now);
        return;
    }
    qDeleteAll(m_cards);
    m_cards.clear();
    m_workshopOfCard.clear();
    for (const MachineLiveState &state : active) {
        auto *card = new MachineCard(m_content);
        card->setState(state, now, zone);
        connect(card, &MachineCard::answerRequested, this,
                [this](const QString &callId, bool close) { answerCall(callId, close); });
        connect(card, &MachineCard::timelineRequested, this, &MachinesPage::openTimeline);
        m_cards.append(card);
        m_workshopOfCard.append(state.workshop);
    }
    m_empty->setVisible(m_cards.isEmpty());
    arrangeCards();
    showWaiting();
    showAndon(now);
}

void MachinesPage::showWaiting()
{
    // Without the figures (an old database, a refusal) the cards simply say nothing of them.
    const Result<QHash<QString, double>> waiting = m_workspace->places()->waitingByMachine();
    for (MachineCard *card : std::as_const(m_cards))
        card->setWaiting(waiting ? waiting.value().value(card->machineId()) : 0.0);
}

// The open calls on their machines' cards and in the list above them; calls made on other
// devices arrive with reload().
void MachinesPage::showAndon(qint64 nowMs)
{
    AndonService *andon = m_workspace->andon();
    const Result<QList<AndonCall>> open = andon->openCalls();
    if (!open) {
        m_banner->showMessage(open.error());
        return;
    }
    const qint64 escalateAfter = andon->escalateAfterMs();
    const bool canAnswer = m_workspace->access()->allows(Permission::AnswerAndon);
    QHash<QString, QList<AndonCall>> byMachine;
    for (const AndonCall &call : open.value())
        byMachine[call.machineId].append(call);
    for (MachineCard *card : std::as_const(m_cards))
        card->setAndon(byMachine.value(card->machineId()), nowMs, escalateAfter, canAnswer);

    while (QLayoutItem *item = m_andonLines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title = new QLabel(tr("Andon: %n open call(s)", nullptr, int(open.value().size())),
                             m_andonList);
    title->setStyleSheet(themed(u"font-weight: 700; color: @urgentText;"));
    m_andonLines->addWidget(title);
    for (const AndonCall &call : open.value()) {
        const bool escalated = call.escalated(nowMs, escalateAfter);
        const int waited = int(call.waitingMs(nowMs) / 60000);
        const QString state =
            call.state() == AndonState::Acknowledged
                ? tr("acknowledged by %1").arg(call.acknowledgedBy.isEmpty() ? tr("a supervisor")
                                                                             : call.acknowledgedBy)
                : tr("waiting %n min", nullptr, waited);
        auto *line = new QLabel(tr("%1  %2 · %3 · %4%5")
                                    .arg(call.machineCode, call.machineName,
                                         andonKindDisplayName(call.kind),
                                         call.employeeName.isEmpty()
                                             ? QString()
                                             : call.employeeName + QStringLiteral(" · "),
                                         escalated ? state + tr(" · escalated") : state),
                                m_andonList);
        line->setObjectName(QStringLiteral("andonListLine"));
        line->setStyleSheet(escalated ? themed(u"color: @red; font-weight: 700;")
                                      : themed(u"color: @ink;"));
        m_andonLines->addWidget(line);
    }
    m_andonList->setVisible(!open.value().isEmpty());
    if (open.value().isEmpty() || !isVisible())
        m_pulseTimer->stop();
    else if (!m_pulseTimer->isActive())
        m_pulseTimer->start();
}

QStringList MachinesPage::andonListTexts() const
{
    QStringList texts;
    for (QLabel *line : m_andonList->findChildren<QLabel *>(QStringLiteral("andonListLine")))
        texts.append(line->text());
    return texts;
}

AndonAnswerDialog *MachinesPage::answerCall(const QString &callId, bool close)
{
    const Result<AndonCall> call = m_workspace->andon()->find(callId);
    if (!call) {
        m_banner->showMessage(call.error());
        return nullptr;
    }
    auto *dialog = new AndonAnswerDialog(
        call.value(), close ? AndonAnswerDialog::Answer::Close : AndonAnswerDialog::Answer::Acknowledge,
        m_workspace->clock().nowMs(), m_workspace->schedule()->calendar().timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AndonService *andon = m_workspace->andon();
        const bool closing = dialog->answer() == AndonAnswerDialog::Answer::Close;
        const Outcome saved = closing ? andon->close(dialog->callId(), dialog->note())
                                      : andon->acknowledge(dialog->callId(), dialog->note());
        if (!saved)
            m_banner->showMessage(saved.error());
        else
            m_banner->showMessage(closing ? tr("The andon call is closed.")
                                          : tr("The andon call is acknowledged."),
                                  MessageBanner::Kind::Success);
    });
    dialog->open();
    return dialog;
}

MachineTimelineDialog *MachinesPage::openTimeline(const QString &machineId)
{
    auto *dialog = new MachineTimelineDialog(m_workspace, machineId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MachinesPage::arrangeCards()
{
    // Cards are kept; only the workshop headings and grids around them are made again.
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        if (item->layout()) {
            while (QLayoutItem *inner = item->layout()->takeAt(0))
                delete inner;
        }
        if (QWidget *heading = item->widget())
            heading->deleteLater();
        delete item;
    }
    const int columns = columnCount();
    m_arrangedColumns = columns;
    QGridLayout *grid = nullptr;
    QString workshop;
    int placed = 0;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (!grid || m_workshopOfCard.at(i) != workshop) {
            workshop = m_workshopOfCard.at(i);
            int count = 0;
            for (int j = i; j < m_cards.size() && m_workshopOfCard.at(j) == workshop; ++j)
                ++count;
            auto *heading = new QLabel(tr("%1  (%n machine(s))", nullptr, count)
                                           .arg(workshop.isEmpty() ? tr("No workshop") : workshop),
                                       m_content);
            heading->setObjectName(QStringLiteral("placeholderTitle"));
            m_groups->addWidget(heading);
            grid = new QGridLayout;
            grid->setSpacing(12);
            for (int c = 0; c < columns; ++c)
                grid->setColumnStretch(c, 1);
            m_groups->addLayout(grid);
            placed = 0;
        }
        grid->addWidget(m_cards.at(i), placed / columns, placed % columns);
        ++placed;
    }
    m_groups->addStretch(1);
}

} // namespace Taktline
