#include "placesshowcase.h"

#include "item/planning/workorderlistmodel.h"
#include "services/masterdata/masterdataservice.h"
#include "services/places/placeservice.h"
#include "services/station/stationsession.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "station/stationpage.h"
#include "storage/database.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderspage.h"

#include <QSqlQuery>

#include <cmath>

namespace Taktline {

namespace {

// The demo's places, or two made for the scene: a rack and an area.
QStringList scenePlaces(Workspace &workspace)
{
    QStringList codes;
    if (const Result<QList<MasterRecord>> places = workspace.masterData()->list(MasterDataKind::Place, false)) {
        for (const MasterRecord &place : places.value())
            codes << place.text(QStringLiteral("code"));
    }
    if (!codes.isEmpty())
        return codes;
    const QList<std::pair<QString, std::pair<QString, QString>>> made{
        {QStringLiteral("A-01"), {QStringLiteral("成品货架"), QStringLiteral("Finished rack")}},
        {QStringLiteral("B-02"), {QStringLiteral("暂存区"), QStringLiteral("Holding area")}}};
    for (const auto &[code, names] : made) {
        MasterRecord place;
        place.values = {{QStringLiteral("code"), code},
                        {QStringLiteral("name"), names.first},
                        {QStringLiteral("name_en"), names.second},
                        {QStringLiteral("kind"), code.startsWith(u'A') ? QStringLiteral("rack")
                                                                      : QStringLiteral("area")}};
        if (workspace.masterData()->create(MasterDataKind::Place, place))
            codes << code;
    }
    return codes;
}

bool anyMoves(Workspace &workspace)
{
    QSqlQuery query(workspace.database().connection());
    return query.exec(QStringLiteral("SELECT 1 FROM piece_moves LIMIT 1")) && query.next();
}

} // namespace

void preparePiecesByPlace(MainWindow &window, Workspace &workspace)
{
    auto *page = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    if (!page)
        return;
    // The listed order with the most pieces on places (the demo's moves), else the most pieces
    // between its steps.
    QString bestId;
    QString bestNumber;
    QList<StepPieces> bestSteps;
    double most = 0;
    double mostPlaced = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QString id = page->model()->idAt(row);
        const Result<QList<StepPieces>> steps = workspace.places()->piecesOf(id);
        if (!steps)
            continue;
        double pieces = 0;
        double placed = 0;
        for (const StepPieces &step : steps.value()) {
            pieces += step.pieces;
            for (const PlacedPieces &at : step.places)
                placed += at.placeId.isEmpty() ? 0 : at.quantity;
        }
        if (placed > mostPlaced || (placed == mostPlaced && pieces > most)) {
            mostPlaced = placed;
            most = pieces;
            bestId = id;
            bestSteps = steps.value();
        }
    }
    if (bestId.isEmpty())
        return;
    if (const Result<WorkOrder> order = workspace.workOrders()->find(bestId))
        bestNumber = order.value().number;
    const QStringList places = anyMoves(workspace) ? QStringList() : scenePlaces(workspace);
    // A third of each step's pieces to the first place, a sixth to the second.
    for (const StepPieces &step : std::as_const(bestSteps)) {
        for (qsizetype i = 0; i < places.size() && i < 2; ++i) {
            MoveInput input;
            input.workOrderNumber = bestNumber;
            input.seq = step.seq;
            input.toPlaceCode = places.at(i);
            input.quantity = std::floor(step.pieces / (i == 0 ? 3.0 : 6.0));
            if (input.quantity > 0)
                workspace.places()->move(input);
        }
    }
    page->openWorkOrder(bestId);
    page->detail()->showWorkOrder(bestId);
    page->detail()->showPieces();
}

void prepareStationMove(MainWindow &window, Workspace &workspace)
{
    auto *station = qobject_cast<StationPage *>(window.pageWidget(Page::Station));
    const Result<QList<MasterRecord>> employees =
        workspace.masterData()->list(MasterDataKind::Employee, false);
    const QStringList places = scenePlaces(workspace);
    if (!station || !employees || employees.value().isEmpty() || places.isEmpty())
        return;
    QString traveller;
    // The first order whose first step holds pieces.
    auto *page = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    for (int row = 0; page && traveller.isEmpty() && row < page->model()->rowCount(); ++row) {
        const Result<QList<StepPieces>> steps = workspace.places()->piecesOf(page->model()->idAt(row));
        if (!steps || steps.value().isEmpty() || steps.value().constFirst().pieces <= 0)
            continue;
        if (const Result<WorkOrder> order = workspace.workOrders()->find(page->model()->idAt(row)))
            traveller = QStringLiteral("OP:%1/%2")
                            .arg(order.value().number)
                            .arg(steps.value().constFirst().seq);
    }
    station->session()->signOut();
    station->session()->selectOperator(employees.value().constFirst().id);
    station->session()->handleScan(QStringLiteral("LOC:") + places.constFirst());
    if (!traveller.isEmpty())
        station->session()->handleScan(traveller);
}

} // namespace Taktline
