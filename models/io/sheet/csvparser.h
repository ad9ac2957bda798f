#pragma once

#include "io/sheet/sheetbook.h"

#include <QByteArray>
#include <QString>

namespace Taktline {

// Reads CSV text the way Excel writes it (RFC 4180): fields split by commas, quoted fields with
// doubled quotes, commas and line breaks inside, CRLF or LF line ends. Its encoding is found
// from the bytes: UTF-8 (with or without BOM) when they are valid UTF-8, else GBK (GB18030),
// what Excel and WPS save as "CSV" on a Chinese Windows.
namespace CsvParser {

struct Decoded
{
    QString text;
    QString encoding;            // "UTF-8" or "GBK"
    bool decoderMissing = false; // neither GBK nor GB18030 can be decoded on this system
};

Decoded decode(const QByteArray &bytes);
// Every line as a row of Text cells; empty fields are empty cells, trailing ones dropped, and
// trailing empty lines too.
QList<QList<SheetCell>> rows(QStringView text);

} // namespace CsvParser

} // namespace Taktline
