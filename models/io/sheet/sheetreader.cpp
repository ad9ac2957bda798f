#include "io/sheet/sheetreader.h"

#include "io/sheet/csvparser.h"
#include "io/sheet/xlsxarchive.h"
#include "io/sheet/xlsxsheetparser.h"
#include "io/sheet/xlsxworkbookparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Taktline {

namespace {

enum class FileKind { Xlsx, OldXls, EncryptedXlsx, Empty, Text, Other };

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool looksLikeText(QByteArrayView head)
{
    for (const char c : head) {
        if (c == '\0')
            return false;
    }
    return true;
}

FileKind kindOf(const QByteArray &bytes, const QString &path)
{
    if (bytes.isEmpty())
        return FileKind::Empty;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return FileKind::Xlsx;
    if (bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        // A password-protected .xlsx is an OLE compound file holding an "EncryptionInfo" stream;
        // its name is stored in UTF-16LE in the file's directory.
        static const QByteArray encryptionInfo = [] {
            const QString name = QStringLiteral("EncryptionInfo");
            return QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
        }();
        return bytes.contains(encryptionInfo) ? FileKind::EncryptedXlsx : FileKind::OldXls;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls")
        return FileKind::Other;
    if (suffix == u"csv" || suffix == u"txt" ||
        looksLikeText(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096))))
        return FileKind::Text;
    return FileKind::Other;
}

} // namespace

Result<SheetBook> SheetReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Outcome::failure(
            tr("The file %1 does not exist. Check its name and folder, then choose it again.")
                .arg(shown(path)));
    if (info.isDir())
        return Outcome::failure(
            tr("%1 is a folder, not a file. Choose an Excel workbook (.xlsx) or a CSV file.")
                .arg(shown(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(tr("The file %1 cannot be read. Close it in Excel or WPS if it is "
                                   "open there, check that you may read it, then try again.")
                                    .arg(shown(path)));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Outcome::failure(tr("The file %1 cannot be read. Close it in Excel or WPS if it is "
                                   "open there, check that you may read it, then try again.")
                                    .arg(shown(path)));
    file.close();

    const QString damaged =
        tr("The file %1 is damaged or is not an Excel workbook. Open it in Excel or WPS, save it "
           "as Excel Workbook (.xlsx), then import that file.")
            .arg(shown(path));
    switch (kindOf(bytes, path)) {
    case FileKind::Empty:
        return Outcome::failure(
            tr("The file %1 is empty. Choose the workbook that holds the data.").arg(shown(path)));
    case FileKind::OldXls:
        return Outcome::failure(
            tr("The file %1 is an old Excel 97–2003 workbook (.xls), which cannot be read. Open it "
               "in Excel or WPS and save it as Excel Workbook (.xlsx), then import that file.")
                .arg(shown(path)));
    case FileKind::EncryptedXlsx:
        return Outcome::failure(
            tr("The file %1 is protected by a password. Open it in Excel or WPS, remove the "
               "password, save it, then import it again.")
                .arg(shown(path)));
    case FileKind::Other:
        return Outcome::failure(damaged);
    case FileKind::Text: {
        Result<SheetBook> book = readCsv(bytes, info.completeBaseName());
        if (!book)
            return Outcome::failure(tr("The file %1: %2").arg(shown(path), book.error()));
        return book;
    }
    case FileKind::Xlsx:
        break;
    }

    XlsxArchive archive;
    if (!archive.open(std::move(bytes)))
        return Outcome::failure(damaged);
    const std::optional<XlsxWorkbookParts> parts = XlsxWorkbookParser::parts(archive);
    if (!parts)
        return Outcome::failure(damaged);
    const std::optional<QStringList> strings =
        XlsxWorkbookParser::sharedStrings(archive, parts->sharedStringsPart);
    const std::optional<QStringList> formats =
        XlsxWorkbookParser::numberFormats(archive, parts->stylesPart);
    if (!strings || !formats)
        return Outcome::failure(damaged);

    SheetBook book;
    book.numberFormats = *formats;
    book.definedNames = parts->definedNames;
    for (const XlsxSheetPart &part : parts->sheets) {
        Sheet sheet;
        sheet.name = part.name;
        sheet.hidden = part.hidden;
        std::unique_ptr<QIODevice> device = archive.stream(part.part);
        if (!device)
            return Outcome::failure(damaged);
        const XlsxSheetParser::ReadStatus status = XlsxSheetParser::read(*device, *strings, sheet);
        if (status == XlsxSheetParser::ReadStatus::TooLarge)
            return Outcome::failure(
                tr("The sheet %1 in the file %2 holds more than %3 cells, more than can be "
                   "imported "
                   "at once. Split it into smaller files, then import them one by one.")
                    .arg(part.name, shown(path), QLocale().toString(XlsxSheetParser::maxCells)));
        if (status != XlsxSheetParser::ReadStatus::Read)
            return Outcome::failure(damaged);
        book.sheets.append(std::move(sheet));
    }
    return book;
}

Result<SheetBook> SheetReader::readCsv(const QByteArray &bytes, const QString &name)
{
    const CsvParser::Decoded decoded = CsvParser::decode(bytes);
    if (decoded.decoderMissing)
        return Outcome::failure(
            tr("The text is not UTF-8, and this computer cannot read Chinese GBK text. Save the "
               "file as \"CSV UTF-8\" in Excel or WPS, then import it again."));
    SheetBook book;
    book.encoding = decoded.encoding;
    book.numberFormats = QStringList{QStringLiteral("General")};
    Sheet sheet;
    sheet.name = name;
    sheet.rows = CsvParser::rows(decoded.text);
    book.sheets.append(std::move(sheet));
    return book;
}

Result<QByteArray> SheetReader::readPart(const QString &xlsxPath, const QString &partName)
{
    QFile file(xlsxPath);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(tr("The file %1 cannot be read.").arg(shown(xlsxPath)));
    XlsxArchive archive;
    if (!archive.open(file.readAll()))
        return Outcome::failure(
            tr("The file %1 is damaged or is not an Excel workbook.").arg(shown(xlsxPath)));
    if (archive.find(partName).isEmpty())
        return Outcome::failure(
            tr("The workbook %1 has no part %2.").arg(shown(xlsxPath), partName));
    std::optional<QByteArray> bytes = archive.read(partName);
    if (!bytes)
        return Outcome::failure(
            tr("The file %1 is damaged or is not an Excel workbook.").arg(shown(xlsxPath)));
    return *std::move(bytes);
}

Result<QStringList> SheetReader::partNames(const QString &xlsxPath)
{
    QFile file(xlsxPath);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(tr("The file %1 cannot be read.").arg(shown(xlsxPath)));
    XlsxArchive archive;
    if (!archive.open(file.readAll()))
        return Outcome::failure(
            tr("The file %1 is damaged or is not an Excel workbook.").arg(shown(xlsxPath)));
    return archive.partNames();
}

} // namespace Taktline
