#pragma once

#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

// Reads back what a test exported to .xlsx: one part of the package, unpacked with the unzip
// tool (which ./build.sh installs), and a sheet's cells by reference. Header-only: tests only.
namespace XlsxSheet {

// The XML of PART ("xl/worksheets/sheet1.xml") of the workbook XLSX, or "<unzip failed: …>".
inline QString unzipEntry(const QString &xlsx, const QString &part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return QStringLiteral("<unzip failed: %1>")
            .arg(QString::fromLocal8Bit(unzip.readAllStandardError()));
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The attributes and inner XML of cell REF ("F2"), or an empty pair when there is none.
inline QPair<QString, QString> cellXml(const QString &sheet, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"([^>]*?)(?:/>|>(.*?)</c>)").arg(ref));
    const QRegularExpressionMatch match = cell.match(sheet);
    return match.hasMatch() ? qMakePair(match.captured(1), match.captured(2))
                            : QPair<QString, QString>();
}

// The inner XML of cell REF and whether it is a number cell (no t= attribute).
inline QPair<QString, bool> cell(const QString &sheet, const QString &ref)
{
    const QRegularExpression pattern(
        QStringLiteral("<c r=\"%1\"([^>]*?)(?:/>|>(.*?)</c>)").arg(ref));
    const QRegularExpressionMatch match = pattern.match(sheet);
    return {match.captured(2),
            match.hasMatch() && !match.captured(1).contains(QStringLiteral("t="))};
}

// The letters of COLUMN (0-based): A … Z, AA, AB …
inline QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// The text of cell (ROW, COLUMN), 0-based: a string as written, a number as its value; empty
// when the cell is not there.
inline QString cellText(const QString &sheet, int row, int column)
{
    const QString inner = cellXml(sheet, columnName(column) + QString::number(row + 1)).second;
    const QRegularExpressionMatch text =
        QRegularExpression(QStringLiteral("<t[^>]*>(.*?)</t>")).match(inner);
    if (!text.hasMatch())
        return QRegularExpression(QStringLiteral("<v>(.*?)</v>")).match(inner).captured(1);
    return text.captured(1)
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace XlsxSheet
