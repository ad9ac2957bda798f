#include "station/machinestatusbuttons.h"

#include "services/station/stationsession.h"
#include "station/reasonbuttons.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

MachineStatusButtons::MachineStatusButtons(StationSession *session, MasterDataService *masterData,
                                           QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("start"), tr("Start")},
        {QStringLiteral("pause"), tr("Pause")},
        {QStringLiteral("finish"), tr("Finish")},
        {QStringLiteral("down"), tr("Down…")},
        {QStringLiteral("setup"), tr("Set-up")},
        {QStringLiteral("maintenance"), tr("Maintenance")},
    };
    for (const auto &[name, text] : buttons) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("statusButton"));
        button->setProperty("action", name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        row->addWidget(button);
        m_buttons.insert(name, button);
    }
    QPushButton *down = m_buttons.value(QStringLiteral("down"));
    down->setCheckable(true);
    m_downtimeReasons = new ReasonButtons(masterData, MasterDataKind::DowntimeReason, false,
                                          tr("Why is the machine down?"), this);
    m_downtimeReasons->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_downtimeReasons);
    layout->addLayout(row);

    connect(m_buttons.value(QStringLiteral("start")), &QPushButton::clicked, session,
            &StationSession::start);
    connect(m_buttons.value(QStringLiteral("pause")), &QPushButton::clicked, session,
            &StationSession::pause);
    connect(m_buttons.value(QStringLiteral("finish")), &QPushButton::clicked, session,
            &StationSession::finish);
    connect(m_buttons.value(QStringLiteral("setup")), &QPushButton::clicked, session,
            &StationSession::setSetup);
    connect(m_buttons.value(QStringLiteral("maintenance")), &QPushButton::clicked, session,
            &StationSession::setMaintenance);
    connect(down, &QPushButton::toggled, m_downtimeReasons, &QWidget::setVisible);
    connect(m_downtimeReasons, &ReasonButtons::reasonPressed, this,
            [session, down](const QString &id) {
                down->setChecked(false);
                session->setDown(id);
            });
}

} // namespace Taktline
