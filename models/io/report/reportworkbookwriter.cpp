#include "io/report/reportworkbookwriter.h"

#include "io/report/reportchartwriter.h"
#include "io/report/reportformats.h"
#include "io/report/reportsheetwriter.h"
#include "io/xlsxtableexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <system_error>
#include <vector>

namespace Taktline {

namespace {

constexpr qsizetype MaxHeaderBytes = 255; // Excel's limit for a page header or footer

// A name as page-header text: "&" doubled, as Excel reads it. libxlsxwriter counts every "&G"
// or "&[Picture]" in a header as an image (and frees the header twice when they do not match),
// so an "&" before a "G" or "[" is a full-width "＆" instead.
QString escapedForHeader(QString text)
{
    text.replace(QStringLiteral("&G"), QStringLiteral("\uFF06G"));
    text.replace(QStringLiteral("&["), QStringLiteral("\uFF06["));
    return text.replace(u'&', QStringLiteral("&&"));
}

// "&L factory &C title &R period", the longest part shortened until Excel takes it.
QByteArray pageHeader(const ReportDocument &document)
{
    QStringList parts{document.factoryName.simplified(), document.title.simplified(),
                      document.period.simplified()};
    for (;;) {
        const QByteArray header = "&L" + escapedForHeader(parts.at(0)).toUtf8() + "&C" +
                                  escapedForHeader(parts.at(1)).toUtf8() + "&R" +
                                  escapedForHeader(parts.at(2)).toUtf8();
        if (header.size() <= MaxHeaderBytes)
            return header;
        QString *longest = &parts[0];
        for (QString &part : parts) {
            if (part.size() > longest->size())
                longest = &part;
        }
        longest->chop(1);
    }
}

// SAFE made unique among the workbook's sheet names USED (Excel ignores case), and remembered.
QString uniqueSheetName(const QString &name, QStringList &used)
{
    QString base = XlsxTableExporter::safeSheetName(name);
    while (base.startsWith(u'\'') || base.endsWith(u'\''))
        base = base.startsWith(u'\'') ? base.mid(1) : base.chopped(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString unique = base;
    for (int n = 2; used.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = base.left(31 - suffix.size()) + suffix;
    }
    used.append(unique);
    return unique;
}

qint64 expectedRows(const ReportDocument &document)
{
    qint64 expected = 0;
    for (const ReportSheet &sheet : document.sheets) {
        const qint64 rows = sheet.rows ? sheet.rows->expectedRows() : 0;
        if (rows < 0)
            return -1;
        expected += rows;
    }
    return expected;
}

// Whether a file can be made in PATH's folder: asked before a long export rather than after.
Outcome checkWritable(const QString &path, const QString &partPath)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        return Outcome::failure(ReportWorkbookWriter::tr("The folder %1 does not exist.")
                                    .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    QFile probe(partPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        return Outcome::failure(ReportWorkbookWriter::tr("Could not save %1: %2")
                                    .arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    probe.close();
    probe.remove();
    return Outcome::success();
}

void setProperties(lxw_workbook *workbook, const ReportDocument &document)
{
    QByteArray title = document.title.toUtf8();
    QByteArray subject = document.period.toUtf8();
    QByteArray factory = document.factoryName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = factory.data();
    properties.company = factory.data();
    workbook_set_properties(workbook, &properties); // copies the strings
}

} // namespace

Outcome ReportWorkbookWriter::write(ReportDocument &document, const QString &path,
                                    const Progress &progress)
{
    if (document.sheets.empty())
        return Outcome::failure(tr("There is nothing to export."));
    const QString partPath = path + QStringLiteral(".part");
    if (Outcome writable = checkWritable(path, partPath); !writable)
        return writable;

    const QByteArray partName = QFile::encodeName(partPath);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook)
        return Outcome::failure(tr("Could not create %1.").arg(QDir::toNativeSeparators(path)));
    std::vector<lxw_worksheet *> worksheets;
    const auto abandon = [&](const Outcome &outcome) {
        // libxlsxwriter 1.1 frees a workbook without closing its sheets' temporary files.
        for (lxw_worksheet *worksheet : worksheets) {
            if (worksheet->optimize_tmpfile) {
                std::fclose(worksheet->optimize_tmpfile);
                worksheet->optimize_tmpfile = nullptr;
            }
        }
        lxw_workbook_free(workbook);
        QFile::remove(partPath);
        return outcome;
    };
    setProperties(workbook, document);

    ReportFormats formats(workbook);
    ReportSheetWriter::Page page{pageHeader(document), "&C" + tr("Page &P of &N").toUtf8()};
    ReportSheetWriter::Progress counter{progress, expectedRows(document)};
    QStringList names;
    for (const ReportSheet &sheet : document.sheets) {
        const QString name = uniqueSheetName(sheet.name, names);
        const QByteArray nameUtf8 = name.toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, nameUtf8.constData());
        if (!worksheet) {
            return abandon(Outcome::failure(
                tr("Could not add the sheet %1 to %2.").arg(name, QDir::toNativeSeparators(path))));
        }
        worksheets.push_back(worksheet);
        ReportSheetWriter writer(formats, sheet, worksheet);
        if (Outcome written = writer.write(counter, page); !written)
            return abandon(written);
        if (counter.cancelled)
            return abandon(Outcome::failure(tr("Export cancelled.")));
        if (ReportChartWriter::drawable(sheet, writer.rowsWritten())) {
            ReportChartWriter::add(workbook, sheet, name,
                                   uniqueSheetName(tr("%1 chart").arg(name), names),
                                   writer.rowsWritten(), page);
        }
    }
    if (!counter.finish())
        return abandon(Outcome::failure(tr("Export cancelled.")));

    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partPath);
        return Outcome::failure(
            tr("Could not save %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
    }
    // Replaces an earlier export in one step, so it is never lost to a failed one.
    std::error_code renameError;
    std::filesystem::rename(QFile(partPath).filesystemFileName(), QFile(path).filesystemFileName(),
                            renameError);
    if (renameError) {
        QFile::remove(partPath);
        if (QFile::exists(path)) {
            return Outcome::failure(tr("Could not replace %1. If it is open in Excel, close it "
                                       "and export again.")
                                        .arg(QDir::toNativeSeparators(path)));
        }
        return Outcome::failure(tr("Could not save %1.").arg(QDir::toNativeSeparators(path)));
    }
    return Outcome::success();
}

} // namespace Taktline
