#include "station/stationsettingsbox.h"

#include "common/messagebanner.h"
#include "services/access/accesscontrol.h"
#include "services/andon/andonservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace Taktline {

StationSettingsBox::StationSettingsBox(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Station"), parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_tolerance(new QDoubleSpinBox(this))
    , m_doubleScan(new QSpinBox(this))
    , m_idle(new QSpinBox(this))
    , m_machine(new QComboBox(this))
    , m_approval(new QCheckBox(tr("Wages only for approved reports"), this))
    , m_pin(new QCheckBox(tr("Stations ask for a PIN after the badge"), this))
    , m_escalate(new QSpinBox(this))
{
    setObjectName(QStringLiteral("stationSettingsBox"));
    const StationRules rules = workspace->reporting()->rules();
    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    m_tolerance->setRange(0, 100);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(tr(" %"));
    m_tolerance->setValue(rules.overReportTolerancePercent);
    m_doubleScan->setObjectName(QStringLiteral("doubleScanSpin"));
    m_doubleScan->setRange(0, 3600);
    m_doubleScan->setSuffix(tr(" s"));
    m_doubleScan->setValue(rules.doubleScanWindowSeconds);
    m_idle->setObjectName(QStringLiteral("idleSignOutSpin"));
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(rules.idleSignOutMinutes);
    m_machine->setObjectName(QStringLiteral("fixedMachineCombo"));
    m_machine->addItem(tr("None: the operator scans the machine"), QString());
    if (const Result<QList<MasterRecord>> machines =
            workspace->masterData()->list(MasterDataKind::Machine, false)) {
        for (const MasterRecord &machine : machines.value()) {
            const QString code = machine.text(QStringLiteral("code"));
            m_machine->addItem(code + QStringLiteral("  ") + machine.localizedName(), code);
        }
    }
    m_approval->setObjectName(QStringLiteral("approvalRequiredCheck"));
    m_approval->setChecked(rules.approvalRequired);
    m_approval->setToolTip(tr("Piece-rate wages count a report only after a supervisor approved "
                              "it under Work orders ▸ Reports…. Progress counts it at once "
                              "either way."));
    m_pin->setObjectName(QStringLiteral("pinRequiredCheck"));
    m_pin->setChecked(rules.pinRequired);
    m_pin->setToolTip(tr("So that no one reports under a colleague's badge: after the badge scan "
                         "the operator types a PIN. Set each employee's PIN under Master data ▸ "
                         "Employees ▸ Station PIN…; a badge without one cannot sign in."));
    m_escalate->setObjectName(QStringLiteral("andonEscalateSpin"));
    m_escalate->setRange(1, 240);
    m_escalate->setSuffix(tr(" min"));
    m_escalate->setValue(int(workspace->andon()->escalateAfterMs() / 60000));
    m_escalate->setToolTip(tr("An andon call nobody has acknowledged after this time is shown "
                              "louder on every station, the Machines page and the wall board."));
    const QString fixed = QSettings().value(fixedMachineKey()).toString();
    m_machine->setCurrentIndex(std::max(0, m_machine->findData(fixed)));
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveStationButton"));
    const bool canEdit = workspace->access()->allows(Permission::EditSettings);
    for (QWidget *widget : {static_cast<QWidget *>(m_tolerance), static_cast<QWidget *>(m_doubleScan),
                            static_cast<QWidget *>(m_idle), static_cast<QWidget *>(m_machine),
                            static_cast<QWidget *>(m_approval), static_cast<QWidget *>(m_pin),
                            static_cast<QWidget *>(m_escalate),
                            static_cast<QWidget *>(save)})
        widget->setEnabled(canEdit);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Over-report tolerance:"), m_tolerance);
    form->addRow(tr("Double-scan window:"), m_doubleScan);
    form->addRow(tr("Idle sign-out after:"), m_idle);
    form->addRow(tr("This tablet's machine:"), m_machine);
    form->addRow(tr("Report approval:"), m_approval);
    form->addRow(tr("Station PIN:"), m_pin);
    form->addRow(tr("Andon escalates after:"), m_escalate);
    form->addRow(QString(), save);
    connect(save, &QPushButton::clicked, this, &StationSettingsBox::save);
}

QString StationSettingsBox::fixedMachineKey()
{
    return QStringLiteral("station/machine");
}

void StationSettingsBox::save()
{
    StationRules rules = m_workspace->reporting()->rules();
    rules.overReportTolerancePercent = m_tolerance->value();
    rules.doubleScanWindowSeconds = m_doubleScan->value();
    rules.idleSignOutMinutes = m_idle->value();
    rules.approvalRequired = m_approval->isChecked();
    rules.pinRequired = m_pin->isChecked();
    // The spin box keeps the minutes in the range the andon accepts, so this is not refused
    // after the rules were saved.
    AndonService *andon = m_workspace->andon();
    if (m_escalate->value() != int(andon->escalateAfterMs() / 60000)) {
        if (Outcome saved = andon->setEscalateAfterMinutes(m_escalate->value()); !saved) {
            m_banner->showMessage(saved.error());
            return;
        }
    }
    if (Outcome saved = m_workspace->reporting()->setRules(rules); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    QSettings().setValue(fixedMachineKey(), m_machine->currentData().toString());
    const Result<int> withoutPin = m_workspace->stationPins()->activeEmployeesWithoutPin();
    if (rules.pinRequired && withoutPin && withoutPin.value() > 0) {
        m_banner->showMessage(tr("The station settings are saved. %n active employee(s) have no "
                                 "PIN yet and cannot sign in at a station until one is set under "
                                 "Master data ▸ Employees.",
                                 nullptr, withoutPin.value()),
                              MessageBanner::Kind::Info);
        return;
    }
    m_banner->showMessage(tr("The station settings are saved."), MessageBanner::Kind::Success);
}

} // namespace Taktline
