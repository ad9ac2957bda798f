#include "machines/stopreasondialog.h"

#include "common/messagebanner.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/station/machinestatusservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Taktline {

StopReasonDialog::StopReasonDialog(Workspace *workspace, const QString &machineLabel,
                                   const StatusSpan &span, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_eventId(span.eventId)
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("stopReasonDialog"));
    setWindowTitle(tr("Give the stop a reason"));
    const QLocale locale;
    const auto clock = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone),
                               QStringLiteral("MM-dd HH:mm"));
    };
    const int length = int(span.durationMs() / 60000);
    auto *what = new QLabel(tr("%1: %2 – %3 (%n min)", nullptr, length)
                                .arg(machineLabel, clock(span.startMs), clock(span.endMs)),
                            this);
    what->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    auto *now = new QLabel(
        span.downtimeReason.isEmpty()
            ? tr("Now: %1, no reason given.").arg(OeeService::timeUseDisplayName(span.use))
            : tr("Now: %1, reason %2.")
                  .arg(OeeService::timeUseDisplayName(span.use), span.downtimeReason),
        this);
    now->setWordWrap(true);
    auto *how = new QLabel(tr("The reason is saved as a correction with your name; the station's "
                              "record of the stop stays as it was."),
                           this);
    how->setObjectName(QStringLiteral("placeholderNote"));
    how->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("stopReasonCombo"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    if (const Result<QList<MasterRecord>> reasons =
            workspace->masterData()->list(MasterDataKind::DowntimeReason, false)) {
        for (const MasterRecord &reason : reasons.value()) {
            m_reason->addItem(reason.text(QStringLiteral("code")) + QStringLiteral("  ") +
                                  reason.localizedName(),
                              reason.id);
        }
    }
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(span.downtimeReasonId)));
    m_note->setObjectName(QStringLiteral("stopReasonNote"));
    m_note->setPlaceholderText(tr("What happened (optional)"));
    m_note->setMaxLength(500);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save the reason"));
    m_ok->setObjectName(QStringLiteral("stopReasonOk"));
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(now);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(how);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StopReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QString StopReasonDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void StopReasonDialog::accept()
{
    const QString reasonId = m_reason->currentData().toString();
    if (reasonId.isEmpty()) {
        m_banner->showMessage(tr("Choose the reason for this stop."));
        m_banner->show();
        return;
    }
    const Outcome saved =
        m_workspace->machineStatus()->giveReason(m_eventId, reasonId, m_note->text());
    if (!saved) {
        m_banner->showMessage(saved.error());
        m_banner->show();
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
