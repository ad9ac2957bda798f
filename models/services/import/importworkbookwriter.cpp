#include "services/import/importworkbookwriter.h"

#include "formats/report/xlsxtableexporter.h"
#include "formats/sheet/sheettext.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace Taktline {

namespace {

constexpr int ValidatedRows = 100000;

// TEXT as Excel would store the same number typed: "12", "2.5" — not "0012" or "1e3".
bool isPlainNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && QString::number(*value, 'g', 15) == text;
}

// One workbook being written to PATH.part.
class PartWorkbook
{
public:
    explicit PartWorkbook(const QString &path)
        : m_path(path)
        , m_partPath(path + QStringLiteral(".part"))
    {
        const QByteArray name = QFile::encodeName(m_partPath);
        m_workbook = workbook_new(name.constData());
    }
    ~PartWorkbook()
    {
        if (m_workbook) {
            workbook_close(m_workbook);
            QFile::remove(m_partPath);
        }
    }
    lxw_workbook *get() const { return m_workbook; }

    Outcome finish()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        const QString shown = QDir::toNativeSeparators(m_path);
        if (error != LXW_NO_ERROR) {
            QFile::remove(m_partPath);
            return Outcome::failure(ImportWorkbookWriter::tr("Could not save %1: %2")
                                        .arg(shown, QString::fromUtf8(lxw_strerror(error))));
        }
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            QFile::remove(m_partPath);
            return Outcome::failure(
                ImportWorkbookWriter::tr("Could not replace %1. If it is open in Excel, close it "
                                         "and try again.")
                    .arg(shown));
        }
        if (!QFile::rename(m_partPath, m_path))
            return Outcome::failure(ImportWorkbookWriter::tr("Could not save %1.").arg(shown));
        return Outcome::success();
    }

private:
    QString m_path;
    QString m_partPath;
    lxw_workbook *m_workbook = nullptr;
};

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    const QByteArray utf8 = text.toUtf8();
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format);
}

// A cell of an import file: numbers as numbers, everything else as the text typed.
void writeValue(lxw_worksheet *sheet, int row, int column, const QString &text)
{
    double number = 0;
    if (text.isEmpty())
        return;
    if (isPlainNumber(text, &number))
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, nullptr);
    else
        writeText(sheet, row, column, text, nullptr);
}

// The stamp: a hidden sheet saying which template this is, and the defined name import reads.
void stamp(lxw_workbook *workbook, ImportKind kind)
{
    const QString value = QStringLiteral("%1:%2")
                              .arg(ImportKinds::key(kind))
                              .arg(ImportWorkbookWriter::stampVersion());
    lxw_worksheet *hidden = workbook_add_worksheet(workbook, "_taktline");
    writeText(hidden, 0, 0, value, nullptr);
    worksheet_hide(hidden);
    const QByteArray name = ImportWorkbookWriter::stampName().toUtf8();
    const QByteArray formula = QStringLiteral("=\"%1\"").arg(value).toUtf8();
    workbook_define_name(workbook, name.constData(), formula.constData());
}

lxw_format *headerFormat(lxw_workbook *workbook)
{
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE7F0);
    format_set_bottom(header, LXW_BORDER_THIN);
    return header;
}

QByteArray sheetName(const QString &name)
{
    QString safe = name;
    for (const QChar forbidden : QStringLiteral("[]:*?/\\"))
        safe.replace(forbidden, QLatin1Char('_'));
    return safe.trimmed().left(31).toUtf8();
}

} // namespace

QString ImportWorkbookWriter::problemHeader()
{
    return tr("Problem");
}

QStringList ImportWorkbookWriter::problemHeaders()
{
    return {problemHeader(), QStringLiteral("Problem"), QStringLiteral("错误原因")};
}

Outcome ImportWorkbookWriter::writeTemplate(const ImportHandler &handler, const QString &name,
                                            const QList<QStringList> &rows, const QString &path)
{
    PartWorkbook book(path);
    if (!book.get())
        return Outcome::failure(tr("Could not create %1.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), sheetName(name).constData());
    lxw_format *header = headerFormat(book.get());
    const QList<ImportColumn> columns = handler.columns();
    for (int c = 0; c < columns.size(); ++c) {
        const ImportColumn &column = columns.at(c);
        writeText(sheet, 0, c, column.displayHeader(), header);
        double width = XlsxTableExporter::displayWidth(column.displayHeader()) + 2;
        for (const QStringList &row : rows)
            width = std::max(width, XlsxTableExporter::displayWidth(row.value(c)) + 2);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(width, 8.0, 60.0),
                             nullptr);
        if (const QString hint = column.displayHint(); !hint.isEmpty()) {
            const QByteArray utf8 = hint.toUtf8();
            worksheet_write_comment(sheet, 0, lxw_col_t(c), utf8.constData());
        }
        // A drop-down of the fixed values (Excel allows 255 characters, no commas, in a list).
        QList<QByteArray> choices;
        int length = 0;
        bool listable = true;
        for (const QString &choice : column.choices) {
            if (choice.isEmpty())
                continue;
            listable = listable && !choice.contains(QLatin1Char(','));
            choices << choice.toUtf8();
            length += int(choice.size()) + 1;
        }
        if (!choices.isEmpty() && listable && length <= 255) {
            std::vector<const char *> list;
            for (const QByteArray &choice : std::as_const(choices))
                list.push_back(choice.constData());
            list.push_back(nullptr);
            lxw_data_validation validation{};
            validation.validate = LXW_VALIDATION_TYPE_LIST;
            validation.value_list = const_cast<char **>(list.data());
            validation.ignore_blank = LXW_VALIDATION_ON;
            worksheet_data_validation_range(sheet, 1, lxw_col_t(c), ValidatedRows, lxw_col_t(c),
                                            &validation);
        }
    }
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (int c = 0; c < row.size() && c < columns.size(); ++c)
            writeValue(sheet, r + 1, c, row.at(c));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    stamp(book.get(), handler.kind());
    return book.finish();
}

Outcome ImportWorkbookWriter::writeErrorWorkbook(const Sheet &source, const SheetBook &read,
                                                 ImportKind kind,
                                                 const QHash<int, QStringList> &rowProblems,
                                                 const QString &path)
{
    PartWorkbook book(path);
    if (!book.get())
        return Outcome::failure(tr("Could not create %1.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), sheetName(source.name).constData());
    lxw_format *header = headerFormat(book.get());
    lxw_format *problem = workbook_add_format(book.get());
    format_set_font_color(problem, 0xC00000);
    format_set_text_wrap(problem);
    lxw_format *date = workbook_add_format(book.get());
    format_set_num_format(date, "yyyy-mm-dd");

    // Every column but an earlier error workbook's problem column, which is written afresh.
    QList<int> kept;
    const QStringList problemNames = problemHeaders();
    for (int c = 0; c < source.columnCount(); ++c) {
        const QString name = SheetText::normalized(source.cell(0, c).text);
        if (!problemNames.contains(name))
            kept << c;
    }
    const int problemColumn = int(kept.size());
    for (int r = 0; r < source.rowCount(); ++r) {
        for (int k = 0; k < kept.size(); ++k) {
            const SheetCell &cell = source.cell(r, kept.at(k));
            if (cell.isEmpty() && cell.kind != SheetCell::Kind::Error)
                continue;
            if (r == 0) {
                writeText(sheet, r, k, SheetText::display(cell, read), header);
            } else if (cell.kind == SheetCell::Kind::Number && cell.formula.isEmpty()) {
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(k), cell.number,
                                       read.isDateStyle(cell.style) ? date : nullptr);
            } else {
                writeText(sheet, r, k, SheetText::display(cell, read), nullptr);
            }
        }
        if (r == 0)
            writeText(sheet, 0, problemColumn, problemHeader(), header);
        else if (const auto found = rowProblems.constFind(r + 1); found != rowProblems.constEnd())
            writeText(sheet, r, problemColumn, found.value().join(QLatin1Char('\n')), problem);
    }
    for (int k = 0; k < kept.size(); ++k) {
        worksheet_set_column(
            sheet, lxw_col_t(k), lxw_col_t(k),
            std::clamp(XlsxTableExporter::displayWidth(source.cell(0, kept.at(k)).text) + 4, 8.0,
                       40.0),
            nullptr);
    }
    worksheet_set_column(sheet, lxw_col_t(problemColumn), lxw_col_t(problemColumn), 60, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(1, source.rowCount() - 1)),
                         lxw_col_t(problemColumn));
    stamp(book.get(), kind);
    return book.finish();
}

} // namespace Taktline
