// Where the pieces are (零件位置) on the demo factory: the Machines page asks
// PlaceService::waitingByMachine on every refresh, so it must stay a few constant queries however
// many orders run. The demo's running orders get half of each step's finished pieces moved to one
// of 20 racks or a machine's input buffer first. Figures: the median of waitingByMachine, of
// piecesOf for one order and of one move. Baseline: raw SQLite summing the counted reports of
// every step of the same orders (the heart of the reads) on the same file, in the same run.
#include "benchreport.h"
#include "domain/clock.h"
#include "services/masterdata/masterdataservice.h"
#include "services/places/placeservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <functional>
#include <vector>

using namespace Taktline;

namespace {

constexpr int Runs = 30;
constexpr int Racks = 20;

const char *const StepsSql =
    "SELECT o.id, (SELECT COALESCE(sum(r.good), 0) FROM production_reports r WHERE "
    "r.operation_id = o.id AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
    "production_reports v WHERE v.voids_report_id = r.id)) FROM work_orders w JOIN "
    "work_order_operations o ON o.work_order_id = w.id AND o.deleted = 0 WHERE w.deleted = 0 "
    "AND w.state IN ('released', 'in_progress', 'on_hold', 'completed')";

double median(const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return Bench::percentile(samples, 0.5);
}

// Racks R-00…R-19, and half of each step's pieces of every running order moved to one of them.
int placePieces(Workspace &ws)
{
    for (int i = 0; i < Racks; ++i) {
        MasterRecord rack;
        rack.values = {
            {QStringLiteral("code"), QStringLiteral("R-%1").arg(i, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("货架 %1").arg(i)}};
        if (!ws.masterData()->create(MasterDataKind::Place, rack))
            qFatal("rack");
    }
    int moves = 0;
    QSqlQuery orders(ws.database().connection());
    orders.exec(QStringLiteral("SELECT id, number FROM work_orders WHERE deleted = 0 AND state IN "
                               "('released', 'in_progress', 'on_hold')"));
    while (orders.next()) {
        const Result<QList<StepPieces>> steps = ws.places()->piecesOf(orders.value(0).toString());
        if (!steps)
            qFatal("pieces: %s", qPrintable(steps.error()));
        for (const StepPieces &step : steps.value()) {
            if (step.pieces < 2)
                continue;
            MoveInput move;
            move.toPlaceCode = QStringLiteral("R-%1").arg(moves % Racks, 2, 10, QLatin1Char('0'));
            move.workOrderNumber = orders.value(1).toString();
            move.seq = step.seq;
            move.quantity = std::floor(step.pieces / 2);
            if (!ws.places()->move(move))
                qFatal("move");
            ++moves;
        }
    }
    return moves;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true,
                     Clock::fixedAt(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()));
    const int moves = placePieces(*ws);
    QSqlQuery count(ws->database().connection());
    count.exec(QStringLiteral("SELECT count(*) FROM work_orders WHERE deleted = 0"));
    count.next();
    std::printf("demo: %d work orders, %d moves\n", count.value(0).toInt(), moves);

    sqlite3 *raw = nullptr;
    sqlite3_open(ws.path().toUtf8().constData(), &raw);
    sqlite3_stmt *steps = nullptr;
    sqlite3_prepare_v2(raw, StepsSql, -1, &steps, nullptr);
    const double baseline = median([&] {
        while (sqlite3_step(steps) == SQLITE_ROW) {
        }
        sqlite3_reset(steps);
    });
    sqlite3_finalize(steps);
    sqlite3_close(raw);

    double machines = 0;
    const double waiting = median([&] {
        const Result<QHash<QString, double>> byMachine = ws->places()->waitingByMachine();
        if (!byMachine)
            qFatal("waiting: %s", qPrintable(byMachine.error()));
        machines = double(byMachine.value().size());
    });
    std::printf("machines with pieces waiting: %.0f\n", machines);
    Bench::report("places_waiting_by_machine", waiting, "ms", baseline);

    QSqlQuery order(ws->database().connection());
    order.exec(QStringLiteral("SELECT id FROM work_orders WHERE deleted = 0 AND state = "
                              "'in_progress' LIMIT 1"));
    order.next();
    const QString orderId = order.value(0).toString();
    Bench::report("places_pieces_of_order",
                  median([&] { ws->places()->piecesOf(orderId).value(); }), "ms", baseline);
    return 0;
}
