#include "pageshowcase.h"

#include "dashboard/dashboardpage.h"
#include "item/planning/workorderlistmodel.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "services/workspace.h"
#include "settings/settingspage.h"
#include "settings/syncpanel.h"
#include "shell/mainwindow.h"
#include "station/pinpad.h"
#include "station/quantitykeypad.h"
#include "station/stationpage.h"
#include "workorders/serialsdialog.h"
#include "workorders/workorderspage.h"

#include <QPushButton>

namespace Taktline {

namespace {

// station/pin (the demo's own scratch file only): the factory asks for PINs, the first employee
// has one and has just scanned the badge; two digits are on the pad.
void prepareStationPin(StationPage *station, Workspace &workspace, const QString &employeeId)
{
    const QString pin = QStringLiteral("4071");
    StationRules rules = workspace.reporting()->rules();
    rules.pinRequired = true;
    if (!workspace.stationPins()->setPin(employeeId, pin, pin) || !workspace.reporting()->setRules(rules))
        return;
    station->session()->selectOperator(employeeId);
    for (const char *key : {"4", "0"})
        station->pinPad()->button(QString::fromLatin1(key))->click();
}

} // namespace

// The station as an operator sees it mid-shift: signed in at a machine with an operation loaded.
void prepareStation(MainWindow &window, Workspace &workspace, bool pinPad)
{
    auto *station = qobject_cast<StationPage *>(window.pageWidget(Page::Station));
    const Result<QList<MasterRecord>> employees = workspace.masterData()->list(MasterDataKind::Employee, false);
    const Result<QList<MachineQueue>> queues = workspace.schedule()->machineQueues();
    if (!station || !employees || employees.value().isEmpty() || !queues)
        return;
    if (pinPad)
        return prepareStationPin(station, workspace, employees.value().constFirst().id);
    station->session()->selectOperator(employees.value().constFirst().id);
    for (const MachineQueue &machine : queues.value()) {
        for (const QueuedOperation &op : machine.operations) {
            if (machine.active && op.workOrderState == WorkOrderState::InProgress) {
                station->session()->selectMachine(machine.machineId);
                station->session()->selectOperation(op.operationId);
                for (const char *key : {"2", "4"})
                    station->keypad()->button(QString::fromLatin1(key))->click();
                return;
            }
        }
    }
}

// dashboard: on a day off (the demo rests on Sundays) the week so far, so the picture has the
// machines' time and the reports of working days in it.
void prepareDashboard(MainWindow &window, Workspace &workspace)
{
    auto *dashboard = qobject_cast<DashboardPage *>(window.pageWidget(Page::Dashboard));
    const WorkCalendar calendar = workspace.schedule()->calendar();
    if (dashboard && calendar.workingSecondsPerDay(calendar.localDate(workspace.clock().nowMs())) <= 0)
        dashboard->setRange(DashboardRange::Week);
}

// sync (the demo's own scratch file only): Settings ▸ Sync with a tablet's invitation pasted, as
// the owner sees it before pressing Test connection. Nothing is saved.
void showDemoInvite(MainWindow &window)
{
    auto *settings = qobject_cast<SettingsPage *>(window.pageWidget(Page::Settings));
    if (!settings || !settings->syncPanel())
        return;
    SyncConnection server;
    server.host = QStringLiteral("192.168.1.10");
    server.database = QStringLiteral("taktline");
    server.login = QStringLiteral("hongda_tablet_2");
    settings->syncPanel()->applyInvite(server.toInvite(QStringLiteral("demo-Pw-7731")));
}

// workorders/serials: the serial numbers dialog of the first released or running order listed.
QWidget *openSerialsDialog(MainWindow &window, Workspace &workspace)
{
    auto *workOrders = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    for (int row = 0; workOrders && row < workOrders->model()->rowCount(); ++row) {
        const auto state = static_cast<WorkOrderState>(
            workOrders->model()->index(row, 0).data(WorkOrderListModel::StateRole).toInt());
        if (state != WorkOrderState::Released && state != WorkOrderState::InProgress)
            continue;
        workOrders->openWorkOrder(workOrders->model()->idAt(row));
        auto *dialog = new SerialsDialog(&workspace, workOrders->model()->idAt(row), &window);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

} // namespace Taktline
