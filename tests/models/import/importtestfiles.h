#pragma once

// Import test files written with libxlsxwriter, and a fingerprint of the master tables: what
// the import tests use to build bad and good files and to see that nothing was written.
#include "io/sheet/sheetreader.h"
#include "io/sheet/sheettext.h"
#include "services/workspace.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <xlsxwriter.h>

namespace Taktline::ImportTestFiles {

// One cell's value for Book::row: text (UTF-8 literals too), a number, a date, blank.
struct V
{
    V() = default;
    V(const char *text) : value(QString::fromUtf8(text)) {}
    V(const QString &text) : value(text) {}
    V(int number) : value(number) {}
    V(double number) : value(number) {}
    V(const QDate &day) : value(day) {}
    V(const QVariant &any) : value(any) {}
    QVariant value;
};
using Row = QList<V>;

// An .xlsx written cell by cell: text, numbers, dates (a number with a date format), formulas
// ("=…", cached value 0), merged areas, hidden sheets and the template stamp.
class Book
{
public:
    explicit Book(const QString &path, bool constantMemory = false)
    {
        lxw_workbook_options options{};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        const QByteArray name = QFile::encodeName(path);
        m_book = workbook_new_opt(name.constData(), &options);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
    }
    ~Book() { close(); }

    lxw_worksheet *sheet(const QString &name, bool hidden = false)
    {
        const QByteArray utf8 = name.toUtf8();
        lxw_worksheet *added = workbook_add_worksheet(m_book, utf8.constData());
        if (hidden)
            worksheet_hide(added);
        return added;
    }
    void row(lxw_worksheet *sheet, int row, const Row &cells)
    {
        for (int c = 0; c < cells.size(); ++c)
            cell(sheet, row, c, cells.at(c).value);
    }
    void cell(lxw_worksheet *sheet, int row, int column, const QVariant &value)
    {
        const auto r = lxw_row_t(row);
        const auto c = lxw_col_t(column);
        if (!value.isValid() || value.isNull())
            return;
        if (value.typeId() == QMetaType::QDate) {
            lxw_datetime when{value.toDate().year(), value.toDate().month(), value.toDate().day(),
                              0, 0, 0};
            worksheet_write_datetime(sheet, r, c, &when, m_date);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double) {
            worksheet_write_number(sheet, r, c, value.toDouble(), nullptr);
        } else if (value.toString().startsWith(QLatin1Char('='))) {
            const QByteArray formula = value.toString().toUtf8();
            worksheet_write_formula(sheet, r, c, formula.constData(), nullptr);
        } else {
            const QByteArray text = value.toString().toUtf8();
            worksheet_write_string(sheet, r, c, text.constData(), nullptr);
        }
    }
    void merge(lxw_worksheet *sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
               const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        worksheet_merge_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                              lxw_row_t(lastRow), lxw_col_t(lastColumn), utf8.constData(), nullptr);
    }
    void stamp(const QString &value)
    {
        const QByteArray formula = QStringLiteral("=\"%1\"").arg(value).toUtf8();
        workbook_define_name(m_book, "TaktlineTemplate", formula.constData());
    }
    void close()
    {
        if (m_book)
            workbook_close(m_book);
        m_book = nullptr;
    }

private:
    lxw_workbook *m_book = nullptr;
    lxw_format *m_date = nullptr;
};

// One sheet named NAME with ROWS (the first the header), written to PATH.
inline void write(const QString &path, const QString &name, const QList<Row> &rows)
{
    Book book(path);
    lxw_worksheet *sheet = book.sheet(name);
    for (int r = 0; r < rows.size(); ++r)
        book.row(sheet, r, rows.at(r));
}

// Every row of every master-data table and of the audit log, as text: equal before and after
// means nothing was written.
inline QString masterFingerprint(Workspace &workspace)
{
    QString all;
    for (const char *table : {"products", "machines", "employees", "downtime_reasons",
                              "defect_reasons", "units", "audit_log"}) {
        QSqlQuery query(workspace.database().connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            qFatal("fingerprint: cannot read %s", table);
        all += QLatin1String(table) + QLatin1Char('\n');
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                all += query.value(i).toString() + QLatin1Char('|');
            all += QLatin1Char('\n');
        }
    }
    return all;
}

// The cells of a workbook's visible sheets as text, the way a person reads them: how two
// exports are compared.
inline QList<QStringList> cells(const QString &path)
{
    const Result<SheetBook> read = SheetReader::read(path);
    if (!read)
        qFatal("cells of %s: %s", qPrintable(path), qPrintable(read.error()));
    QList<QStringList> rows;
    for (const Sheet &sheet : read.value().sheets) {
        rows << QStringList{QStringLiteral("sheet"), sheet.name,
                            sheet.hidden ? QStringLiteral("hidden") : QString()};
        for (int r = 0; r < sheet.rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < sheet.columnCount(); ++c)
                row << SheetText::display(sheet.cell(r, c), read.value());
            rows << row;
        }
    }
    return rows;
}

} // namespace Taktline::ImportTestFiles
