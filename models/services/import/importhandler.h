#pragma once

#include "domain/outcome.h"
#include "services/import/importkind.h"
#include "services/import/importrecord.h"

#include <QVariant>

namespace Taktline {

class Workspace;

// What one import kind knows: its template's columns and example, how it checks rows against
// each other and against the factory (read-only), how it writes what it checked and takes it
// back, and the factory's current data in its columns. ImportService drives it: read the file,
// map headers to columns, check(), then — only when no row has a problem — apply() inside one
// transaction. Writes go through the domain services (they join that transaction), so an import
// is checked, permitted, audited and synced like the same edit made by hand.
class ImportHandler
{
public:
    explicit ImportHandler(Workspace &workspace)
        : m_workspace(workspace)
    {}
    virtual ~ImportHandler() = default;
    ImportHandler(const ImportHandler &) = delete;
    ImportHandler &operator=(const ImportHandler &) = delete;

    virtual ImportKind kind() const = 0;
    virtual QList<ImportColumn> columns() const = 0;
    // One example row for the template, one value per column, as a user would type it.
    virtual QStringList exampleRow() const = 0;
    // Whether the signed-in user may import this kind at all (a clear message when not); the
    // import is refused before any row is read.
    virtual Outcome permitted() const { return Outcome::success(); }
    // Reads and checks every record: values, the same code twice in the file, references to
    // rows that exist neither in the factory nor earlier in the file, the caller's permission.
    // Problems go on the records; what is fine is kept for apply().
    virtual void check(QList<ImportRecord> &records) = 0;
    // What apply() will do (after check()), or did.
    virtual ImportCounts counts() const = 0;
    // Writes what check() kept: new codes added, known codes updated (upsert by code), rows
    // equal to what is stored left alone — so importing the same file twice changes nothing.
    // Runs inside the import's transaction; a failure rolls the whole import back.
    virtual Outcome apply() = 0;
    // Takes a committed apply() back in one transaction: changed rows get their earlier values,
    // added rows are removed. Refused with a message where later facts depend on them (a work
    // order already reported on).
    virtual Outcome revert() = 0;
    // The factory's current data in this kind's columns, one row per record in code order: the
    // "export for editing" workbook and the import round trip.
    virtual Result<QList<QStringList>> currentRows() const = 0;

protected:
    Workspace &m_workspace;
};

} // namespace Taktline
