// A report of 1,000,000 rows × 10 typed columns (text, integers, decimals, a percentage, a date,
// a date and time, hours, Chinese text) exported through ReportWorkbookWriter, against raw
// libxlsxwriter writing the same cells with the same formats in constant-memory mode, in the
// same run. Each side runs in a child process (this program again, with --side), so its peak
// memory is its own: the parent reads it from wait4().
#include "benchreport.h"
#include "io/report/reportworkbookwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

using namespace Taktline;

namespace {

constexpr qint64 DefaultRows = 1000000;
constexpr int Columns = 10;
// The start times cycle through one week of minutes (made once: a local QDateTime asks the
// system's time zone each time one is made, which is the data source's cost, not the writer's).
constexpr int WeekMinutes = 7 * 1440;

const std::array<const char *, 8> Machines{"数控车床 1号", "数控车床 2号", "加工中心 A",
                                           "加工中心 B",   "冲床 3号",     "注塑机 12号",
                                           "焊接工位 5",   "装配线 一线"};
const std::array<const char *, 6> Operators{"张伟", "王芳", "李娜", "刘洋", "陈静", "Zhang Min"};

const QDate FirstDay(2025, 1, 1);

// Row I's values, the same on both sides.
struct RowValues
{
    explicit RowValues(qint64 i)
        : pieces(int(i % 1000))
        , serial(int((i * 7) % 100000))
        , weight(double(i) * 0.25)
        , share(double(i % 100) / 100.0)
        , day(int(i % 365))
        , startDay(int(i % WeekMinutes) / 1440)
        , minute(int(i % 1440))
        , hours(double(i % 50) / 4.0)
        , machine(Machines.at(size_t(i % Machines.size())))
        , person(Operators.at(size_t(i % Operators.size())))
    {
    }
    int pieces;
    int serial;
    double weight;
    double share;
    int day;
    int startDay;
    int minute;
    double hours;
    const char *machine;
    const char *person;
};

QList<ReportColumn> reportColumns()
{
    const auto column = [](const char *header, ReportColumnKind kind, int decimals = 2) {
        ReportColumn made;
        made.header = QString::fromUtf8(header);
        made.kind = kind;
        made.decimals = decimals;
        made.summed = kind == ReportColumnKind::Integer || kind == ReportColumnKind::Decimal ||
                      kind == ReportColumnKind::Hours;
        return made;
    };
    return {column("工单号", ReportColumnKind::Text),
            column("数量", ReportColumnKind::Integer),
            column("序号", ReportColumnKind::Integer),
            column("重量 kg", ReportColumnKind::Decimal),
            column("良品率", ReportColumnKind::Percent, 1),
            column("日期", ReportColumnKind::Date),
            column("开工时间", ReportColumnKind::DateTime),
            column("工时", ReportColumnKind::Hours),
            column("设备", ReportColumnKind::Text),
            column("操作员", ReportColumnKind::Text)};
}

// The rows as a report's query would hand them over: QVariants, one row at a time.
class BenchRows final : public ReportRows
{
public:
    explicit BenchRows(qint64 count)
        : m_count(count)
    {
        for (const char *machine : Machines)
            m_machines.append(QString::fromUtf8(machine));
        for (const char *person : Operators)
            m_operators.append(QString::fromUtf8(person));
        m_starts.reserve(WeekMinutes);
        for (int k = 0; k < WeekMinutes; ++k) {
            const RowValues v(k);
            m_starts.append(
                QDateTime(FirstDay.addDays(v.startDay), QTime(v.minute / 60, v.minute % 60)));
        }
    }
    bool next(QVariantList &row) override
    {
        if (m_next >= m_count)
            return false;
        const qint64 i = m_next++;
        const RowValues v(i);
        row.reserve(Columns);
        row.append(QStringLiteral("WO-%1").arg(i, 7, 10, QLatin1Char('0')));
        row.append(v.pieces);
        row.append(v.serial);
        row.append(v.weight);
        row.append(v.share);
        row.append(FirstDay.addDays(v.day));
        row.append(m_starts.at(i % WeekMinutes));
        row.append(v.hours);
        row.append(m_machines.at(i % m_machines.size()));
        row.append(m_operators.at(i % m_operators.size()));
        return true;
    }
    qint64 expectedRows() const override { return m_count; }

private:
    qint64 m_count;
    qint64 m_next = 0;
    QStringList m_machines;
    QStringList m_operators;
    QList<QDateTime> m_starts;
};

ReportDocument benchDocument(qint64 rows)
{
    ReportSheet sheet;
    sheet.name = QStringLiteral("生产明细");
    sheet.columns = reportColumns();
    sheet.rows = std::make_shared<BenchRows>(rows);
    ReportDocument document;
    document.title = QStringLiteral("生产明细");
    document.factoryName = QStringLiteral("演示工厂");
    document.period = QStringLiteral("2025-01-01 – 2025-12-31");
    document.sheets.push_back(std::move(sheet));
    return document;
}

bool writeWithReportWriter(ReportDocument &document, const QString &path)
{
    const Outcome written =
        ReportWorkbookWriter::write(document, path, [](qint64, qint64) { return true; });
    if (!written.ok())
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
    return written.ok();
}

// The same cells straight into libxlsxwriter: the header, typed cells with the same formats,
// frozen header and autofilter, constant memory.
bool writeRaw(qint64 rows, const QString &path)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new_opt(name.constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "生产明细");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE7F0);
    const auto numberFormat = [&](const char *code) {
        lxw_format *format = workbook_add_format(workbook);
        format_set_num_format(format, code);
        return format;
    };
    lxw_format *integer = numberFormat("#,##0");
    lxw_format *decimal = numberFormat("#,##0.00");
    lxw_format *percent = numberFormat("0.0%");
    lxw_format *date = numberFormat("yyyy-mm-dd");
    lxw_format *dateTime = numberFormat("yyyy-mm-dd hh:mm");
    lxw_format *hours = numberFormat("0.00");
    for (int c = 0; c < Columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 14, nullptr);
    const QList<ReportColumn> columns = reportColumns();
    for (int c = 0; c < Columns; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).header.toUtf8().constData(),
                               header);
    char code[32];
    for (qint64 i = 0; i < rows; ++i) {
        const RowValues v(i);
        const auto row = lxw_row_t(i + 1);
        std::snprintf(code, sizeof code, "WO-%07lld", static_cast<long long>(i));
        worksheet_write_string(sheet, row, 0, code, nullptr);
        worksheet_write_number(sheet, row, 1, v.pieces, integer);
        worksheet_write_number(sheet, row, 2, v.serial, integer);
        worksheet_write_number(sheet, row, 3, v.weight, decimal);
        worksheet_write_number(sheet, row, 4, v.share, percent);
        const QDate day = FirstDay.addDays(v.day);
        lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0};
        worksheet_write_datetime(sheet, row, 5, &when, date);
        const QDate startDay = FirstDay.addDays(v.startDay);
        lxw_datetime start{startDay.year(), startDay.month(), startDay.day(),
                           v.minute / 60,   v.minute % 60,    0};
        worksheet_write_datetime(sheet, row, 6, &start, dateTime);
        worksheet_write_number(sheet, row, 7, v.hours, hours);
        worksheet_write_string(sheet, row, 8, v.machine, nullptr);
        worksheet_write_string(sheet, row, 9, v.person, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), Columns - 1);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// The child: writes one side and prints the seconds it took, on the clock and on the CPU.
int runSide(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool viaWriter = std::strcmp(argv[2], "writer") == 0;
    const qint64 rows = QByteArray(argv[3]).toLongLong();
    const QString path = QString::fromLocal8Bit(argv[4]);
    ReportDocument document = viaWriter ? benchDocument(rows) : ReportDocument();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    const bool ok = viaWriter ? writeWithReportWriter(document, path) : writeRaw(rows, path);
    std::printf("%.6f %.6f\n", double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpuStart);
    return ok ? 0 : 1;
}

struct SideRun
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; // user + system: what the side costs whatever else the machine runs
    double peakMb = 0;
    double fileMb = 0;
};

// Runs this program as a child writing SIDE, and reads its time and peak memory.
SideRun runChild(const char *self, const char *side, qint64 rows, const QString &path)
{
    SideRun run;
    int out[2];
    if (pipe(out) != 0)
        return run;
    const std::string rowsText = std::to_string(rows);
    const QByteArray pathBytes = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execl(self, self, "--side", side, rowsText.c_str(), pathBytes.constData(),
              static_cast<char *>(nullptr));
        _exit(127);
    }
    close(out[1]);
    std::string text;
    char buffer[256];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, size_t(n));
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return run;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    char *end = nullptr;
    run.seconds = std::strtod(text.c_str(), &end);
    run.cpuSeconds = std::strtod(end, nullptr);
    run.peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.fileMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && std::strcmp(argv[1], "--side") == 0)
        return runSide(argc, argv);

    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : DefaultRows;
    QTemporaryDir dir;
    const QString rawPath = dir.filePath(QStringLiteral("raw.xlsx"));
    const QString writerPath = dir.filePath(QStringLiteral("report.xlsx"));
    // Raw first, then the writer, then both again: the better of two runs each.
    SideRun raw = runChild(argv[0], "raw", rows, rawPath);
    SideRun writer = runChild(argv[0], "writer", rows, writerPath);
    const SideRun raw2 = runChild(argv[0], "raw", rows, rawPath);
    const SideRun writer2 = runChild(argv[0], "writer", rows, writerPath);
    if (!raw.ok || !writer.ok || !raw2.ok || !writer2.ok) {
        std::fprintf(stderr, "bench_export: a side failed\n");
        return 1;
    }
    raw.seconds = std::min(raw.seconds, raw2.seconds);
    raw.cpuSeconds = std::min(raw.cpuSeconds, raw2.cpuSeconds);
    writer.cpuSeconds = std::min(writer.cpuSeconds, writer2.cpuSeconds);
    raw.peakMb = std::max(raw.peakMb, raw2.peakMb);
    writer.seconds = std::min(writer.seconds, writer2.seconds);
    writer.peakMb = std::max(writer.peakMb, writer2.peakMb);

    const QByteArray label = rows == DefaultRows ? QByteArray("1m") : QByteArray::number(rows);
    Bench::report(QByteArray("export_" + label + "_rows_seconds").constData(), writer.seconds, "s",
                  raw.seconds);
    Bench::report(QByteArray("export_" + label + "_rows_cpu_seconds").constData(),
                  writer.cpuSeconds, "s", raw.cpuSeconds);
    Bench::report(QByteArray("export_" + label + "_rows_peak_mb").constData(), writer.peakMb, "MB",
                  raw.peakMb);
    Bench::report(QByteArray("export_" + label + "_rows_file_mb").constData(), writer.fileMb, "MB",
                  raw.fileMb);
    return 0;
}
