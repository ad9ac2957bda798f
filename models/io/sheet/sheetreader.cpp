#include "io/sheet/sheetreader.h"

namespace Taktline {

// Contract stub: the sheet-reading helper replaces this file.
Result<SheetBook> SheetReader::read(const QString &) { return Outcome::failure(tr("Not built yet.")); }
Result<SheetBook> SheetReader::readCsv(const QByteArray &, const QString &) { return Outcome::failure(tr("Not built yet.")); }
Result<QByteArray> SheetReader::readPart(const QString &, const QString &) { return Outcome::failure(tr("Not built yet.")); }
Result<QStringList> SheetReader::partNames(const QString &) { return Outcome::failure(tr("Not built yet.")); }

} // namespace Taktline
