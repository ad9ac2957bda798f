// Master data at the scale of a big small factory: 20,000 products. Measures what a planner
// waits for (saving one record, opening the list, searching it) against raw SQLite doing the
// same statements on a copy of the same file, in the same run.
#include "benchreport.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "item/masterdata/masterdatafilterproxy.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Taktline;

namespace {

constexpr int ProductCount = 20000;
constexpr int TimedCreates = 300;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

MasterRecord product(int i)
{
    MasterRecord record;
    record.values = {{QStringLiteral("part_no"), QStringLiteral("P-%1").arg(i, 6, 10, QLatin1Char('0'))},
                     {QStringLiteral("name"), QStringLiteral("零件 %1").arg(i)},
                     {QStringLiteral("name_en"), QStringLiteral("Part %1").arg(i)},
                     {QStringLiteral("unit"), QStringLiteral("PCS")},
                     {QStringLiteral("spec"), QStringLiteral("Q235 t=%1").arg(i % 7)}};
    return record;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    ChainHash::install(db); // the audit rows it inserts are chained, as the app's are
    SyncFunctions::install(db); // and the sync triggers' functions
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
                 nullptr, nullptr, nullptr);
    return db;
}

// Raw baseline of one create: the same insert plus an audit row, one transaction each.
double rawCreateMs(sqlite3 *db, int i)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO products (id, part_no, name, name_en, unit, spec, active, "
                       "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'PCS', '', 1, ?5, ?5)",
                       -1, &insert, nullptr);
    const QByteArray id = newUuidV7().toUtf8();
    const QByteArray partNo = QStringLiteral("R-%1").arg(i).toUtf8();
    sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, partNo.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, partNo.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 4, partNo.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(insert, 5, nowUtcMs());
    sqlite3_step(insert);
    sqlite3_finalize(insert);
    sqlite3_stmt *audit = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO audit_log (id, at_ms, device_id, entity, entity_id, action) "
                       "VALUES (?1, ?2, 'bench', 'product', ?1, 'create')",
                       -1, &audit, nullptr);
    const QByteArray auditId = newUuidV7().toUtf8();
    sqlite3_bind_text(audit, 1, auditId.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(audit, 2, nowUtcMs());
    sqlite3_step(audit);
    sqlite3_finalize(audit);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return msSince(timer);
}

double rawListMs(sqlite3 *db)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, active, part_no, name, name_en, unit, spec FROM products "
                       "WHERE deleted = 0 ORDER BY part_no",
                       -1, &select, nullptr);
    qint64 bytes = 0;
    while (sqlite3_step(select) == SQLITE_ROW) {
        for (int c = 0; c < 7; ++c)
            bytes += sqlite3_column_bytes(select, c);
    }
    sqlite3_finalize(select);
    Q_UNUSED(bytes)
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner);
    MasterDataService *service = workspace->masterData();

    // Bulk fill in one transaction (not timed: it is set-up, not a user action).
    workspace->database().inTransaction([&] {
        for (int i = 0; i < ProductCount; ++i) {
            if (!service->create(MasterDataKind::Product, product(i)))
                qFatal("fill failed");
        }
        return Outcome::success();
    });

    sqlite3 *raw = openRaw(workspace.path());
    std::vector<double> ours;
    std::vector<double> baseline;
    for (int i = 0; i < TimedCreates; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!service->create(MasterDataKind::Product, product(ProductCount + i)))
            qFatal("create failed");
        ours.push_back(msSince(timer));
        baseline.push_back(rawCreateMs(raw, i));
    }
    Bench::report("masterdata_create_p50", Bench::percentile(ours, 0.5), "ms",
                  Bench::percentile(baseline, 0.5));
    Bench::report("masterdata_create_p99", Bench::percentile(ours, 0.99), "ms",
                  Bench::percentile(baseline, 0.99));

    QElapsedTimer timer;
    timer.start();
    const auto listed = service->list(MasterDataKind::Product);
    const double listMs = msSince(timer);
    Bench::report("masterdata_list_20k", listMs, "ms", rawListMs(raw));

    timer.restart();
    MasterDataTableModel model(MasterDataKind::Product, service, workspace->undoStack(),
                               workspace->undoFeedback());
    MasterDataFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    const double openMs = msSince(timer);
    Bench::report("masterdata_open_sorted_list_20k", openMs, "ms", rawListMs(raw));

    timer.restart();
    proxy.setSearchText(QStringLiteral("零件 1999"));
    const double searchMs = msSince(timer);
    timer.restart();
    sqlite3_stmt *like = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT id FROM products WHERE deleted = 0 AND (part_no LIKE '%零件 1999%' "
                       "OR name LIKE '%零件 1999%' OR name_en LIKE '%零件 1999%' OR spec LIKE "
                       "'%零件 1999%')",
                       -1, &like, nullptr);
    while (sqlite3_step(like) == SQLITE_ROW) {
    }
    sqlite3_finalize(like);
    Bench::report("masterdata_search_20k", searchMs, "ms", msSince(timer));
    std::printf("# %lld products listed, %d shown by the search\n",
                static_cast<long long>(listed.value().size()), proxy.rowCount());
    sqlite3_close(raw);
    return 0;
}
