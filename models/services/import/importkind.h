#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Taktline {

// What an import file holds: one kind per file (a template per kind).
enum class ImportKind {
    Products,
    Machines,
    Employees,
    DowntimeReasons,
    DefectReasons,
    Routings,     // one row per step: product, step no., name, machine, standard/ideal/set-up time
    Boms,         // one row per line: product, component, quantity per piece, step
    PieceRates,   // product, step, rate per good piece
    MaterialLots, // opening stock: lot no., part, quantity, supplier, received date
    WorkOrders,   // number, product, quantity, due date, priority/rush, note
    InspectionPlans, // one row per characteristic: product, step, the plan's settings, the check
};

// One column of an import template: its key (stable, English), its header in the user's language
// (the file may use the Chinese or the English header, either is recognised), whether a value is
// required, and the fixed values offered as a drop-down.
struct ImportColumn
{
    QString key;
    const char *header = ""; // QT_TRANSLATE_NOOP("Taktline::Import", …)
    bool required = false;
    QStringList choices;     // shown to the user (translated); empty: free value
    const char *hint = "";   // QT_TRANSLATE_NOOP: what goes in (a comment on the header cell)
    // The translation context of HEADER (master-data kinds reuse their field labels).
    const char *context = "Taktline::Import";

    // HEADER in the user's language; HINT likewise (context "Taktline::Import").
    QString displayHeader() const;
    QString displayHint() const;
};

// One problem of an import file, named as the user finds it in Excel: sheet, row number as Excel
// shows it (1-based; 0 for the file or sheet as a whole), column letter and header, the value as
// read, and the reason in the user's language.
struct ImportProblem
{
    QString sheet;
    int row = 0;
    QString column;  // "C"; empty for a whole row or the file
    QString header;  // "数量"
    QString value;
    QString reason;
};

// What an import did or would do.
struct ImportCounts
{
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int rows() const { return added + changed + unchanged; }
};

namespace ImportKinds {
QList<ImportKind> all();
// "products", "machines", "employees", "downtime-reasons", "defect-reasons", "routings",
// "boms", "piece-rates", "lots", "work-orders", "inspection-plans": the command line's KIND.
QString key(ImportKind kind);
std::optional<ImportKind> fromKey(const QString &key);
QString displayName(ImportKind kind);
// The kind's name untranslated (English): a template's sheet is recognised by either name.
QString englishName(ImportKind kind);
} // namespace ImportKinds

} // namespace Taktline
