#include "machinecard.h"

#include "loadbar.h"
#include "scheduleservice.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace Taktline {

MachineCard::MachineCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(tr("Idle"), this))
    , m_workshop(new QLabel(this))
    , m_current(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_load(new QLabel(this))
    , m_loadBar(new LoadBar(this))
{
    setObjectName(QStringLiteral("machineCard"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#machineCard { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }"
        "#machineCardTitle { font-size: 15px; font-weight: 600; color: #1d2a38; }"
        "#machineStatus { background: #eef2f6; color: #5b6b7c; border-radius: 4px;"
        "  padding: 2px 8px; }"
        "#machineCardMuted { color: #5b6b7c; }"));
    m_title->setObjectName(QStringLiteral("machineCardTitle"));
    m_status->setObjectName(QStringLiteral("machineStatus"));
    m_status->setToolTip(tr("Running, stopped and set-up will show here once operators report "
                            "from the station."));
    m_workshop->setObjectName(QStringLiteral("machineCardMuted"));
    m_load->setObjectName(QStringLiteral("machineCardMuted"));
    m_current->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(6);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_status, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_workshop, 1, 0, 1, 2);
    layout->addWidget(m_current, 2, 0, 1, 2);
    layout->addWidget(m_queue, 3, 0, 1, 2);
    layout->addWidget(m_load, 4, 0, 1, 2);
    layout->addWidget(m_loadBar, 5, 0, 1, 2);
    layout->setColumnStretch(0, 1);
}

void MachineCard::setMachine(const MachineQueue &machine, const MachineLoad &load)
{
    m_machineId = machine.machineId;
    m_queueLength =
        load.machineId.isEmpty() ? static_cast<int>(machine.operations.size()) : load.queueLength;
    const QLocale locale;
    m_title->setText(machine.code + QStringLiteral("  ") + machine.name);
    m_workshop->setText(
        machine.capacity > 1
            ? tr("%1  ·  runs %2 at once").arg(machine.workshop).arg(machine.capacity)
            : machine.workshop);
    m_current->setText(load.currentLabel.isEmpty() ? tr("Now: nothing planned")
                                                   : tr("Now: %1").arg(load.currentLabel));
    m_queue->setText(tr("Queue: %n operation(s)", nullptr, m_queueLength));
    const double percent = load.capacityHours > 0 ? 100.0 * load.loadHours / load.capacityHours : 0;
    m_load->setText(tr("Load, next 7 days: %1 h of %2 h (%3 %)")
                        .arg(locale.toString(load.loadHours, 'f', 1),
                             locale.toString(load.capacityHours, 'f', 1),
                             locale.toString(percent, 'f', 0)));
    // Compared as shown: 100.04 % reads "100 %" and is full, not over.
    m_load->setStyleSheet(std::round(percent) > 100
                              ? QStringLiteral("color: #c62828; font-weight: 600;")
                              : QString());
    m_loadBar->setLoad(load.loadHours, load.capacityHours);
}

QString MachineCard::text() const
{
    return QStringList{m_title->text(),   m_status->text(), m_workshop->text(),
                       m_current->text(), m_queue->text(),  m_load->text()}
        .join(QLatin1Char('\n'));
}

} // namespace Taktline
