// Reading an import file at the largest size the import takes: 100,000 rows × 10 columns of
// text, numbers and dates in an .xlsx, against inflating the same parts with libzip alone, and
// the same cells as CSV, against decoding its UTF-8 alone.
// Prints the time and the memory the read book needs (peak resident size over the process's
// size before reading).
#include "benchreport.h"
#include "io/sheet/sheetreader.h"
#include "io/sheet/sheettext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <xlsxwriter.h>
#include <zip.h>

using namespace Taktline;

namespace {

constexpr int RowCount = 100000;
constexpr int ColumnCount = 10;

// VmRSS or VmHWM of this process in MiB, from /proc (Linux; 0 elsewhere).
double memoryMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void writeWorkbook(const QString &path)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "物料");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int row = 0; row < RowCount; ++row) {
        const QByteArray code = QByteArray("P-") + QByteArray::number(row);
        worksheet_write_string(sheet, row, 0, code.constData(), nullptr);
        worksheet_write_string(sheet, row, 1, row % 2 ? "六角螺栓 M6×20" : "平垫圈 Φ6", nullptr);
        worksheet_write_string(sheet, row, 2, "PCS", nullptr);
        for (int column = 3; column < 8; ++column)
            worksheet_write_number(sheet, row, column, row * 0.5 + column, nullptr);
        lxw_datetime day = {2026, 1 + row % 12, 1 + row % 28, 0, 0, 0};
        worksheet_write_datetime(sheet, row, 8, &day, date);
        const QByteArray note = QByteArray("备注 ") + QByteArray::number(row % 1000);
        worksheet_write_string(sheet, row, 9, note.constData(), nullptr);
    }
    workbook_close(workbook);
}

// The raw engine: every part inflated by libzip, nothing parsed.
qint64 inflateAll(const QString &path)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    qint64 total = 0;
    char buffer[65536];
    for (zip_int64_t i = 0; archive && i < zip_get_num_entries(archive, 0); ++i) {
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        for (zip_int64_t n; file && (n = zip_fread(file, buffer, sizeof buffer)) > 0;)
            total += n;
        if (file)
            zip_fclose(file);
    }
    if (archive)
        zip_discard(archive);
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (argc > 2 && qstrcmp(argv[1], "--write") == 0) {
        writeWorkbook(QString::fromLocal8Bit(argv[2]));
        return 0;
    }
    // The workbook is written by a child process, so the memory measured below is the reader's
    // alone; an existing workbook named on the command line is read instead.
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("items.xlsx"));
    if (!QFile::exists(path))
        QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--write"), path});

    QElapsedTimer timer;
    timer.start();
    const qint64 unpacked = inflateAll(path);
    const double inflateMs = double(timer.nsecsElapsed()) / 1e6;

    const double before = memoryMiB("VmRSS");
    timer.restart();
    const Result<SheetBook> book = SheetReader::read(path);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    const double peak = memoryMiB("VmHWM");
    const double held = memoryMiB("VmRSS") - before;
    if (!book || book.value().sheets.value(0).rowCount() != RowCount) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(book.error()));
        return 1;
    }
    std::printf("file %.1f MiB, parts %.1f MiB unpacked\n", double(QFile(path).size()) / 1048576.0,
                double(unpacked) / 1048576.0);
    Bench::report("sheetreader_read_100k_rows_ms", readMs, "ms", inflateMs);
    // The peak while reading, and what the read book holds after it.
    Bench::report("sheetreader_read_100k_rows_peak_memory", peak - before, "MiB",
                  double(unpacked) / 1048576.0);
    Bench::report("sheetreader_read_100k_rows_held_memory", held, "MiB",
                  double(unpacked) / 1048576.0);

    // The same cells as a UTF-8 CSV file, against decoding its bytes alone.
    QByteArray csv;
    for (const QList<SheetCell> &row : book.value().sheets.at(0).rows) {
        for (const SheetCell &cell : row)
            csv += SheetText::display(cell, book.value()).toUtf8() + ',';
        csv += "\r\n";
    }
    timer.restart();
    const qsizetype decoded = QString::fromUtf8(csv).size();
    const double decodeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const Result<SheetBook> csvBook = SheetReader::readCsv(csv, QStringLiteral("items"));
    const double csvMs = double(timer.nsecsElapsed()) / 1e6;
    if (!csvBook || csvBook.value().sheets.value(0).rowCount() != RowCount || decoded == 0)
        return 1;
    std::printf("csv %.1f MiB\n", double(csv.size()) / 1048576.0);
    Bench::report("sheetreader_csv_100k_rows_ms", csvMs, "ms", decodeMs);
    return 0;
}
