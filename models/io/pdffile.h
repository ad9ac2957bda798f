#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QPdfWriter;

namespace Taktline {

// Writes a PDF safely: painted in memory, then saved in one piece through QSaveFile, so a full
// disk or a file held open by a viewer leaves the old file intact and says so.
class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PdfFile)

public:
    using Painter = std::function<Outcome(QPdfWriter &writer)>;
    static Outcome write(const QString &path, const QString &title, const Painter &paint);
    // The font families of a printed document: Latin ones first, since Qt's PDF writer gives
    // the digits of a CJK font no text (codes like "WO-20261117-0001" could then not be searched
    // or copied), then families with complete CJK coverage, so Chinese never shows as boxes.
    static QStringList fontFamilies();
};

} // namespace Taktline
