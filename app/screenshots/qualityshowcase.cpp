#include "qualityshowcase.h"

#include "quality/qualitypage.h"
#include "quality/spc/spcchartview.h"
#include "services/station/stationsession.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "station/stationpage.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace Taktline {

void prepareFirstArticleStation(MainWindow &window, Workspace &workspace)
{
    auto *station = qobject_cast<StationPage *>(window.pageWidget(Page::Station));
    if (!station)
        return;
    // The newest first-article request no first article answered by passing.
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral(
        "SELECT q.machine_id, q.operation_id, coalesce(q.employee_id, '') FROM "
        "inspection_requests q WHERE q.kind = 'first_article' AND q.machine_id IS NOT NULL AND "
        "NOT EXISTS (SELECT 1 FROM inspections i WHERE i.operation_id = q.operation_id AND "
        "i.kind = 'first_article' AND i.result = 'pass' AND i.at >= q.at) ORDER BY q.at DESC "
        "LIMIT 1"));
    if (!query.exec() || !query.next())
        return;
    if (const QString employee = query.value(2).toString(); !employee.isEmpty())
        station->session()->selectOperator(employee);
    station->session()->selectMachine(query.value(0).toString());
    station->session()->selectOperation(query.value(1).toString());
}

void prepareQualitySpc(MainWindow &window, Workspace &workspace)
{
    auto *quality = qobject_cast<QualityPage *>(window.pageWidget(Page::Quality));
    if (!quality)
        return;
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(QStringLiteral(
            "SELECT v.characteristic_id FROM inspection_values v JOIN inspection_characteristics "
            "c ON c.id = v.characteristic_id WHERE c.kind = 'measured' AND v.value IS NOT NULL "
            "GROUP BY v.characteristic_id ORDER BY count(*) DESC LIMIT 1"))
        || !query.next())
        return;
    quality->spc()->selectCharacteristic(query.value(0).toString());
}

} // namespace Taktline
