#pragma once

#include "services/import/importservice.h"
#include "services/workspace.h"
#include "testshop.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <initializer_list>

#include <xlsxwriter.h>

// What the planning-import tests share: files written as CSV (UTF-8) or .xlsx, a fingerprint
// of every table an import may write (to prove that nothing was written), and the problems
// found, by row and header.
namespace Taktline::PlanningImportFiles {

using Rows = QList<QStringList>;
using TextRows = std::initializer_list<std::initializer_list<const char *>>;

// Rows typed in a test as UTF-8 literals.
inline Rows rows(TextRows text)
{
    Rows result;
    for (const auto &row : text) {
        QStringList cells;
        for (const char *cell : row)
            cells << QString::fromUtf8(cell);
        result << cells;
    }
    return result;
}

inline void writeCsv(const QString &path, const Rows &rows)
{
    QByteArray bytes;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row)
            cells << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QLatin1Char('"');
        bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// An .xlsx with one sheet: a cell "#serial:N" is written as the Excel date serial N with a date
// format, "#num:X" as the number X, anything else as text.
inline void writeXlsx(const QString &path, const QString &sheetName, const Rows &rows)
{
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString cell = rows.at(r).at(c);
            if (cell.startsWith(QLatin1String("#serial:")))
                worksheet_write_number(sheet, r, c, cell.mid(8).toDouble(), date);
            else if (cell.startsWith(QLatin1String("#num:")))
                worksheet_write_number(sheet, r, c, cell.mid(5).toDouble(), nullptr);
            else if (!cell.isEmpty())
                worksheet_write_string(sheet, r, c, cell.toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        qFatal("cannot write %s", qPrintable(path));
}

// Every row of the tables an import of planning data may write, and their count.
inline QString fingerprint(const Workspace &ws)
{
    QStringList lines;
    for (const char *table :
         {"work_orders", "work_order_operations", "routing_operations", "bom_lines", "piece_rates",
          "material_lots", "lot_movements", "audit_log", "sync_outbox"}) {
        QSqlQuery query(ws.database().connection());
        if (!query.exec(
                QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return QStringLiteral("error reading ") + QLatin1String(table);
        int count = 0;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << query.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
            ++count;
        }
        lines << QStringLiteral("%1: %2 rows").arg(QLatin1String(table)).arg(count);
    }
    return lines.join(QLatin1Char('\n'));
}

// PROBLEMS as "C12 header "value": reason" lines, for failure messages.
inline QString listed(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &p : problems)
        lines << QStringLiteral("%1%2 %3 \"%4\": %5")
                     .arg(p.column)
                     .arg(p.row)
                     .arg(p.header, p.value, p.reason);
    return lines.join(QLatin1Char('\n'));
}

// Whether PROBLEMS hold one on ROW under HEADER whose reason contains TEXT.
inline bool has(const QList<ImportProblem> &problems, int row, const QString &header,
                const QString &text)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const ImportProblem &p) {
        return p.row == row && p.header == header && p.reason.contains(text, Qt::CaseInsensitive);
    });
}

// A test shop and a folder for its files.
struct Fixture
{
    explicit Fixture(const TestShop::Options &options = {})
        : shop(options)
    {
    }

    QString path(const QString &name) const { return dir.filePath(name); }
    QString csv(const Rows &rows, const QString &name = QStringLiteral("import.csv")) const
    {
        writeCsv(path(name), rows);
        return path(name);
    }
    Result<ImportPlan> dryRun(ImportKind kind, const QString &file) const
    {
        return ImportService(*shop.ws).dryRun(kind, file);
    }
    Result<ImportPlan> run(ImportKind kind, const QString &file) const
    {
        return ImportService(*shop.ws).run(kind, file);
    }
    Result<QList<QStringList>> current(ImportKind kind) const
    {
        return ImportService::handler(kind, *shop.ws)->currentRows();
    }

    TestShop shop;
    QTemporaryDir dir;
};

} // namespace Taktline::PlanningImportFiles
