#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Taktline {

// Writes what a table model shows (its rows, header labels, display text) to an .xlsx sheet with
// libxlsxwriter: real number cells, a bold frozen header row, an autofilter, fitted widths. The
// one workbook writer of every list, in the app and headless.
class XlsxTableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::XlsxTableExporter)

public:
    // Writes to a temporary file first, so a failure never destroys an earlier export.
    // COLUMNS: the model's columns to write, in this order (what a view shows); empty: all.
    static Outcome exportModel(const QAbstractItemModel &model, const QString &path,
                               const QString &sheetName, const QList<int> &columns = {});
    // Fetches every row a model fetching as it scrolls still holds back, so an export of it
    // has all the rows its filter lets through.
    static void fetchAll(QAbstractItemModel &model);
    // Excel's rules for sheet names: at most 31 characters, none of []:*?/\ .
    static QString safeSheetName(const QString &name);
    // TEXT's width in Excel's character cells, CJK (and other wide) characters counting two:
    // how every workbook fits its columns.
    static double displayWidth(QStringView text);
};

} // namespace Taktline
