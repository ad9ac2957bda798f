// Import of 100,000 work orders (issue 15): the dry run (read the .xlsx, check every row) and the
// import (the dry run, then every order created through WorkOrderService in one transaction,
// with its audit fact and sync outbox rows), against raw SQLite inserting the same rows into a
// work_orders table of the same shape in the same run.
#include "benchreport.h"
#include "services/import/importservice.h"
#include "services/workspace.h"
#include "testshop.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <xlsxwriter.h>

using namespace Taktline;

namespace {

// 100,000; BENCH_IMPORT_ORDERS sets another count for profiling.
const int OrderCount = qEnvironmentVariableIsSet("BENCH_IMPORT_ORDERS")
                           ? qEnvironmentVariableIntValue("BENCH_IMPORT_ORDERS")
                           : 100000;

QString numberOf(int i)
{
    return QStringLiteral("WO-B-%1").arg(i, 6, 10, QLatin1Char('0'));
}

QDate dueOf(int i)
{
    return QDate(2026, 12, 1).addDays(i % 90);
}

double quantityOf(int i)
{
    return 10 + i % 990;
}

// The template's columns, one order per row, written in constant memory.
void writeOrders(const QString &path)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Work orders");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    const char *header[] = {"WO No.",   "Part No.", "Planned qty", "Due date",
                            "Priority", "Customer", "Notes"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    const QDate epoch(1899, 12, 30);
    for (int i = 0; i < OrderCount; ++i) {
        const lxw_row_t row = i + 1;
        worksheet_write_string(sheet, row, 0, numberOf(i).toLatin1().constData(), nullptr);
        worksheet_write_string(sheet, row, 1, "FL-1", nullptr);
        worksheet_write_number(sheet, row, 2, quantityOf(i), nullptr);
        worksheet_write_number(sheet, row, 3, static_cast<double>(epoch.daysTo(dueOf(i))), date);
        worksheet_write_string(sheet, row, 4, i % 10 == 0 ? "Urgent" : "Normal", nullptr);
        worksheet_write_string(sheet, row, 5, "华东机电", nullptr);
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        qFatal("cannot write %s", qPrintable(path));
}

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("raw SQLite: %s", error);
}

// Raw SQLite: the same rows into a work_orders table of the same shape, one transaction.
double rawInsertSeconds(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
    exec(db, "CREATE TABLE work_orders (id TEXT PRIMARY KEY NOT NULL, number TEXT NOT NULL, "
             "product_id TEXT NOT NULL, quantity REAL NOT NULL, due_date TEXT NOT NULL, customer "
             "TEXT NOT NULL, priority TEXT NOT NULL, notes TEXT NOT NULL, state TEXT NOT NULL, "
             "version INTEGER NOT NULL, created_at INTEGER, updated_at INTEGER, deleted INTEGER "
             "NOT NULL DEFAULT 0); CREATE UNIQUE INDEX work_orders_number ON work_orders(number);");
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        db, "INSERT INTO work_orders VALUES (?, ?, 'p', ?, ?, ?, ?, '', 'draft', 1, 0, 0, 0)", -1,
        &insert, nullptr);
    exec(db, "BEGIN IMMEDIATE");
    for (int i = 0; i < OrderCount; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray number = numberOf(i).toLatin1();
        const QByteArray due = dueOf(i).toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, number.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(insert, 3, quantityOf(i));
        sqlite3_bind_text(insert, 4, due.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, "华东机电", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, i % 10 == 0 ? "urgent" : "normal", -1, SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("raw SQLite: %s", sqlite3_errmsg(db));
        sqlite3_reset(insert);
    }
    exec(db, "COMMIT");
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("orders.xlsx"));
    writeOrders(file);
    const double raw = rawInsertSeconds(dir.filePath(QStringLiteral("raw.sqlite")));

    TestShop shop(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, false});
    ImportService service(*shop.ws);
    QElapsedTimer timer;
    timer.start();
    const Result<ImportPlan> dry = service.dryRun(ImportKind::WorkOrders, file);
    const double drySeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!dry || !dry.value().ok() || dry.value().counts.added != OrderCount)
        qFatal("dry run failed: %s",
               qPrintable(dry ? dry.value().problems.value(0).reason : dry.error()));
    Bench::report("import_100k_work_orders_dry_run_seconds", drySeconds, "s", raw);

    timer.restart();
    const Result<ImportPlan> done = service.run(ImportKind::WorkOrders, file);
    const double runSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!done || !done.value().ok())
        qFatal("import failed: %s",
               qPrintable(done ? done.value().problems.value(0).reason : done.error()));
    Bench::report("import_100k_work_orders_import_seconds", runSeconds, "s", raw);
    return 0;
}
