#include "andonshowcase.h"

#include "machines/machinespage.h"
#include "machines/machinetimeline.h"
#include "machines/machinetimelinedialog.h"
#include "services/andon/andonservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machinereports.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"

#include <QDateTime>
#include <QTimeZone>

namespace Taktline {

// station/andon, machines/andon (the demo's own scratch file only): andon calls the way a shift
// has them — one waiting past the escalation time, one just made, one being answered.
void showcaseAndonCalls(Workspace &workspace, const QString &stationMachineId)
{
    const Result<QList<MasterRecord>> machines =
        workspace.masterData()->list(MasterDataKind::Machine, false);
    const Result<QList<MasterRecord>> employees =
        workspace.masterData()->list(MasterDataKind::Employee, false);
    if (!machines || !employees || employees.value().isEmpty())
        return;
    QStringList ids;
    if (!stationMachineId.isEmpty())
        ids.append(stationMachineId);
    for (const MasterRecord &machine : machines.value()) {
        if (machine.id != stationMachineId && ids.size() < 3)
            ids.append(machine.id);
    }
    const Clock clock = workspace.clock();
    const qint64 now = clock.nowMs();
    const QString employee = employees.value().constFirst().id;
    const QList<std::pair<AndonKind, qint64>> calls = {
        {AndonKind::Maintenance, 14}, {AndonKind::Material, 3}, {AndonKind::Quality, 6}};
    for (qsizetype i = 0; i < ids.size() && i < calls.size(); ++i) {
        workspace.setClock(Clock::fixedAt(now - calls.at(i).second * 60 * 1000));
        const Result<QString> id = workspace.andon()->call(ids.at(i), calls.at(i).first, employee);
        if (id && i == 2) {
            workspace.setClock(Clock::fixedAt(now - 2 * 60 * 1000));
            workspace.andon()->acknowledge(id.value());
        }
    }
    workspace.setClock(clock);
}

// timeline: the machine timeline of the machine with the most stops today, over the Machines page.
QWidget *openShowcaseTimeline(MainWindow &window, Workspace &workspace, int width)
{
    auto *machines = qobject_cast<MachinesPage *>(window.pageWidget(Page::Machines));
    const Result<QList<MasterRecord>> list =
        workspace.masterData()->list(MasterDataKind::Machine, false);
    if (!machines || !list)
        return nullptr;
    // The latest day of the past week with stops, on the machine that had the most of them.
    const qint64 now = workspace.clock().nowMs();
    const QTimeZone zone = workspace.schedule()->calendar().timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    QString busiest;
    QDate day = today;
    int best = 0;
    for (int back = 0; back < 7; ++back) {
        const QDate candidate = today.addDays(-back);
        const qint64 from = QDateTime(candidate, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 to = QDateTime(candidate.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        for (const MasterRecord &machine : list.value()) {
            const Result<QList<StatusSpan>> spans =
                workspace.oee()->timeline(machine.id, from, to, now);
            int stops = 0;
            for (const StatusSpan &span : spans ? spans.value() : QList<StatusSpan>())
                stops += span.isStop() && span.use != TimeUse::NoStatus ? 1 : 0;
            const Result<QList<MachineReportMark>> reports =
                MachineReports(&workspace).between(machine.id, from, to);
            const int score =
                stops > 0 && reports ? stops + 2 * int(reports.value().size()) : stops;
            if (score > best) {
                best = score;
                busiest = machine.id;
                day = candidate;
            }
        }
    }
    if (busiest.isEmpty() && !list.value().isEmpty())
        busiest = list.value().constFirst().id;
    if (busiest.isEmpty())
        return nullptr;
    MachineTimelineDialog *dialog = machines->openTimeline(busiest);
    dialog->resize(width * 4 / 5, dialog->sizeHint().height());
    dialog->setDay(day);
    for (int i = 0; i < dialog->timeline()->spans().size(); ++i) {
        if (dialog->timeline()->spans().at(i).use == TimeUse::Unclassified) {
            dialog->timeline()->setSelectedIndex(i);
            break;
        }
    }
    return dialog;
}

} // namespace Taktline
