#include "station/andonpanel.h"

#include "services/andon/andonservice.h"
#include "services/station/stationsession.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Taktline {

namespace {

constexpr int TickMs = 30 * 1000;

QString minutes(qint64 ms)
{
    // Counted before the call: lupdate 6.4 never returns from a division among its arguments.
    const int count = int(std::max<qint64>(0, ms) / 60000);
    return QCoreApplication::translate("Taktline::AndonPanel", "%n min", nullptr, count);
}

} // namespace

AndonPanel::AndonPanel(Workspace *workspace, StationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_callButton(new QPushButton(tr("Call…"), this))
    , m_kindRow(new QWidget(this))
    , m_calls(new QHBoxLayout)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("andonPanel"));
    m_callButton->setObjectName(QStringLiteral("andonButton"));
    m_callButton->setCheckable(true);
    m_callButton->setFocusPolicy(Qt::NoFocus);
    m_callButton->setMinimumWidth(170);
    m_callButton->setToolTip(tr("Call for material, quality, maintenance or the supervisor "
                                "(andon)"));
    auto *kinds = new QHBoxLayout(m_kindRow);
    kinds->setContentsMargins(0, 0, 0, 0);
    kinds->setSpacing(8);
    for (AndonKind kind : allAndonKinds()) {
        auto *button = new QPushButton(andonKindDisplayName(kind), m_kindRow);
        button->setObjectName(QStringLiteral("andonKindButton"));
        button->setProperty("kind", andonKindKey(kind));
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        kinds->addWidget(button);
        m_kindButtons.insert(int(kind), button);
        connect(button, &QPushButton::clicked, this, [this, kind] { call(kind); });
    }
    m_kindRow->hide();
    m_calls->setContentsMargins(0, 0, 0, 0);
    m_calls->setSpacing(8);
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(m_callButton);
    row->addLayout(m_calls, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_kindRow);
    layout->addLayout(row);

    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &AndonPanel::refresh);
    m_tick->start();
    connect(m_callButton, &QPushButton::toggled, m_kindRow, &QWidget::setVisible);
    connect(workspace->andon(), &AndonService::callsChanged, this, &AndonPanel::refresh);
    connect(session, &StationSession::machineChanged, this, &AndonPanel::refresh);
    refresh();
}

void AndonPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // calls answered on another device meanwhile
}

void AndonPanel::call(AndonKind kind)
{
    m_callButton->setChecked(false);
    if (!m_session->requireOperatorAndMachine())
        return;
    const Result<QString> called =
        m_workspace->andon()->call(m_session->machineId(), kind, m_session->employeeId());
    if (!called) {
        m_session->say(called.error(), StationSession::MessageKind::Error);
        return;
    }
    m_session->say(tr("Call sent: %1 at %2. It shows on the Machines page until a supervisor "
                      "answers.")
                       .arg(andonKindDisplayName(kind), m_session->machineCode()),
                   StationSession::MessageKind::Ok);
}

void AndonPanel::refresh()
{
    qDeleteAll(m_callLabels);
    m_callLabels.clear();
    if (m_session->machineId().isEmpty())
        return;
    const Result<QList<AndonCall>> open = m_workspace->andon()->openCalls();
    if (!open) {
        auto *error = new QLabel(open.error(), this);
        error->setObjectName(QStringLiteral("andonCall"));
        error->setWordWrap(true);
        m_calls->addWidget(error, 1);
        m_callLabels.append(error);
        return;
    }
    const qint64 now = m_workspace->clock().nowMs();
    const qint64 escalateAfter = m_workspace->andon()->escalateAfterMs();
    for (const AndonCall &call : open.value()) {
        if (call.machineId != m_session->machineId())
            continue;
        const bool escalated = call.escalated(now, escalateAfter);
        const QString state =
            call.state() == AndonState::Acknowledged
                ? (call.acknowledgedBy.isEmpty() ? tr("answered, help is coming")
                                                 : tr("%1 is coming").arg(call.acknowledgedBy))
                : (escalated ? tr("waiting %1 — escalated").arg(minutes(call.waitingMs(now)))
                             : tr("waiting %1").arg(minutes(call.waitingMs(now))));
        auto *label = new QLabel(tr("%1 · %2").arg(andonKindDisplayName(call.kind), state), this);
        label->setObjectName(QStringLiteral("andonCall"));
        label->setProperty("state", escalated ? QStringLiteral("escalated")
                                    : call.state() == AndonState::Acknowledged
                                        ? QStringLiteral("acknowledged")
                                        : QStringLiteral("open"));
        label->setProperty("callId", call.id);
        label->setWordWrap(true);
        label->style()->unpolish(label);
        label->style()->polish(label);
        m_calls->addWidget(label, 1);
        m_callLabels.append(label);
    }
}

QStringList AndonPanel::callTexts() const
{
    QStringList texts;
    for (QLabel *label : m_callLabels)
        texts.append(label->text());
    return texts;
}

int AndonPanel::escalatedCount() const
{
    int count = 0;
    for (QLabel *label : m_callLabels)
        count += label->property("state").toString() == QLatin1String("escalated");
    return count;
}

} // namespace Taktline
