#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QXmlStreamReader;

namespace Taktline {

class XlsxArchive;

// One sheet as workbook.xml lists it, with the part that holds its cells.
struct XlsxSheetPart
{
    QString name;
    bool hidden = false;
    QString part; // "xl/worksheets/sheet1.xml"
};

// What workbook.xml and its relationships say: the sheets in order, the defined names and where
// the shared strings and styles are.
struct XlsxWorkbookParts
{
    QList<XlsxSheetPart> sheets;
    QMap<QString, QString> definedNames;
    QString sharedStringsPart;
    QString stylesPart;
};

// Reads the parts of an .xlsx that every sheet needs: the workbook and its relationships, the
// shared strings and the styles' number formats. Nothing means the part is damaged or missing.
namespace XlsxWorkbookParser {

std::optional<XlsxWorkbookParts> parts(const XlsxArchive &archive);
std::optional<QStringList> sharedStrings(const XlsxArchive &archive, const QString &part);
// The number format code of every cell style (cellXfs), "General" when there are no styles.
std::optional<QStringList> numberFormats(const XlsxArchive &archive, const QString &part);
// The text of an <si> or <is> element the reader stands on: its runs joined, phonetic hints
// left out; the reader ends on the element's end.
QString richText(QXmlStreamReader &xml);
// Excel's built-in number format code for ID (14 = a short date), empty when unknown.
QString builtInFormat(int id);

} // namespace XlsxWorkbookParser

} // namespace Taktline
