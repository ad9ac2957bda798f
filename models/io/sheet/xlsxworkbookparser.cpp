#include "io/sheet/xlsxworkbookparser.h"

#include "io/sheet/xlsxarchive.h"

#include <QDir>
#include <QXmlStreamReader>

namespace Taktline::XlsxWorkbookParser {

namespace {

// OOXML escapes control characters in text as _xHHHH_ ("_x000D_" for a carriage return).
QString unescaped(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship's target as a part name: absolute ("/xl/…") or relative to the source part.
QString resolved(const QString &sourcePart, const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : folderOf(sourcePart) + target;
    path = QDir::cleanPath(path);
    while (path.startsWith(u"../"))
        path = path.mid(3);
    return path;
}

QString relsPartOf(const QString &part)
{
    return folderOf(part) + u"_rels/" + part.mid(folderOf(part).size()) + u".rels";
}

// id → (type, resolved target) of a .rels part; empty when it is missing.
struct Relationship
{
    QString type;
    QString target;
};

std::optional<QMap<QString, Relationship>> relationships(const XlsxArchive &archive,
                                                         const QString &sourcePart)
{
    QMap<QString, Relationship> result;
    const std::optional<QByteArray> bytes = archive.read(relsPartOf(sourcePart));
    if (!bytes)
        return result;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1StringView("TargetMode")) != u"External")
                result.insert(attributes.value(QLatin1StringView("Id")).toString(),
                              {attributes.value(QLatin1StringView("Type")).toString(),
                               resolved(sourcePart,
                                        attributes.value(QLatin1StringView("Target")).toString())});
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return result;
}

// The r:id of a <sheet>, whatever prefix the relationships namespace has.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

} // namespace

std::optional<XlsxWorkbookParts> parts(const XlsxArchive &archive)
{
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const std::optional<QMap<QString, Relationship>> root = relationships(archive, QString());
    if (!root)
        return std::nullopt;
    for (const Relationship &relationship : *root) {
        if (relationship.type.endsWith(u"/officeDocument"))
            workbookPart = relationship.target;
    }
    workbookPart = archive.find(workbookPart);
    const std::optional<QByteArray> workbook = archive.read(workbookPart);
    const std::optional<QMap<QString, Relationship>> rels = relationships(archive, workbookPart);
    if (workbookPart.isEmpty() || !workbook || !rels)
        return std::nullopt;

    XlsxWorkbookParts result;
    for (const Relationship &relationship : *rels) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            result.sharedStringsPart = relationship.target;
        else if (relationship.type.endsWith(u"/styles"))
            result.stylesPart = relationship.target;
    }
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"sheet") {
            XlsxSheetPart sheet;
            sheet.name = attributes.value(QLatin1StringView("name")).toString();
            const QStringView state = attributes.value(QLatin1StringView("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            sheet.part = rels->value(relationshipId(attributes)).target;
            result.sheets.append(sheet);
        } else if (xml.name() == u"definedName") {
            const QString name = attributes.value(QLatin1StringView("name")).toString();
            result.definedNames.insert(name,
                                       xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    if (xml.hasError() || result.sheets.isEmpty())
        return std::nullopt;
    return result;
}

QString richText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh") {
                xml.skipCurrentElement(); // phonetic hint over the text, not part of it
            } else if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break;
        }
    }
    return unescaped(text);
}

std::optional<QStringList> sharedStrings(const XlsxArchive &archive, const QString &part)
{
    QStringList strings;
    if (part.isEmpty() || archive.find(part).isEmpty())
        return strings;
    std::unique_ptr<QIODevice> device = archive.stream(part);
    if (!device)
        return std::nullopt;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"sst") {
                const qsizetype count =
                    xml.attributes().value(QLatin1StringView("uniqueCount")).toInt();
                strings.reserve(std::clamp<qsizetype>(count, 0, 1 << 20));
            } else if (xml.name() == u"si") {
                strings.append(richText(xml));
            }
        }
    }
    if (xml.hasError() || XlsxArchive::failed(*device))
        return std::nullopt;
    return strings;
}

QString builtInFormat(int id)
{
    switch (id) {
    case 0:
        return QStringLiteral("General");
    case 1:
        return QStringLiteral("0");
    case 2:
        return QStringLiteral("0.00");
    case 3:
        return QStringLiteral("#,##0");
    case 4:
        return QStringLiteral("#,##0.00");
    case 9:
        return QStringLiteral("0%");
    case 10:
        return QStringLiteral("0.00%");
    case 11:
        return QStringLiteral("0.00E+00");
    case 12:
        return QStringLiteral("# ?/?");
    case 13:
        return QStringLiteral("# ?\?/??");
    case 14:
        return QStringLiteral("yyyy/m/d");
    case 15:
        return QStringLiteral("d-mmm-yy");
    case 16:
        return QStringLiteral("d-mmm");
    case 17:
        return QStringLiteral("mmm-yy");
    case 18:
        return QStringLiteral("h:mm AM/PM");
    case 19:
        return QStringLiteral("h:mm:ss AM/PM");
    case 20:
        return QStringLiteral("h:mm");
    case 21:
        return QStringLiteral("h:mm:ss");
    case 22:
        return QStringLiteral("yyyy/m/d h:mm");
    case 37:
        return QStringLiteral("#,##0 ;(#,##0)");
    case 38:
        return QStringLiteral("#,##0 ;[Red](#,##0)");
    case 39:
        return QStringLiteral("#,##0.00;(#,##0.00)");
    case 40:
        return QStringLiteral("#,##0.00;[Red](#,##0.00)");
    case 45:
        return QStringLiteral("mm:ss");
    case 46:
        return QStringLiteral("[h]:mm:ss");
    case 47:
        return QStringLiteral("mmss.0");
    case 48:
        return QStringLiteral("##0.0E+0");
    case 49:
        return QStringLiteral("@");
    // The Chinese (zh-CN) locale's built-in dates and times.
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 34:
    case 35:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return QStringLiteral("yyyy\"年\"m\"月\"d\"日\"");
    case 32:
    case 33:
    case 55:
    case 56:
        return QStringLiteral("h\"时\"mm\"分\"");
    default:
        return {};
    }
}

std::optional<QStringList> numberFormats(const XlsxArchive &archive, const QString &part)
{
    const QStringList general{QStringLiteral("General")};
    if (part.isEmpty() || archive.find(part).isEmpty())
        return general;
    const std::optional<QByteArray> bytes = archive.read(part);
    if (!bytes)
        return std::nullopt;
    QMap<int, QString> custom;
    QStringList formats;
    bool inCellXfs = false;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(attributes.value(QLatin1StringView("numFmtId")).toInt(),
                          attributes.value(QLatin1StringView("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1StringView("numFmtId")).toInt();
            QString format = custom.value(id, builtInFormat(id));
            formats.append(format.isEmpty() ? general.first() : format);
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return formats.isEmpty() ? general : formats;
}

} // namespace Taktline::XlsxWorkbookParser
