#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"

#include <QString>

class QAbstractItemModel;

namespace Taktline {

// Writes what a table model shows (visible rows, header labels) to an .xlsx sheet with
// libxlsxwriter: real number cells, a bold frozen header row, an autofilter, fitted widths.
class XlsxTableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::XlsxTableExporter)

public:
    // Writes to a temporary file first, so a failure never destroys an earlier export.
    static Outcome exportModel(const QAbstractItemModel &model, const QString &path,
                               const QString &sheetName);
    // Excel's rules for sheet names: at most 31 characters, none of []:*?/\ .
    static QString safeSheetName(const QString &name);
};

} // namespace Taktline
