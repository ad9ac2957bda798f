#pragma once

#include "domain/outcome.h"
#include "services/import/importhandler.h"

#include <QCoreApplication>

#include <memory>

namespace Taktline {

class Workspace;

// The result of reading and checking an import file: every problem, and what the import would
// do (or did). HANDLER holds the checked rows; after a run it can take the import back.
struct ImportPlan
{
    ImportKind kind = ImportKind::Products;
    QString path;
    QString sheet;        // the sheet read
    int dataRows = 0;     // rows read below the header
    QList<ImportProblem> problems;
    ImportCounts counts;
    std::shared_ptr<ImportHandler> handler;

    bool ok() const { return problems.isEmpty(); }
};

// Excel and CSV import (导入): templates, the dry run, the all-or-nothing import, the error
// workbook. A file is refused as a whole — nothing written — when anything in it is wrong: a
// missing or unknown column, a sheet that is not the template's, a bad value anywhere, more
// than 100,000 data rows (a message, not a hang).
class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ImportService)

public:
    explicit ImportService(Workspace &workspace);

    static std::unique_ptr<ImportHandler> handler(ImportKind kind, Workspace &workspace);

    // Reads and checks PATH without writing anything. A file that cannot be read at all (an
    // .xls, a damaged or protected .xlsx, an empty file) is a failure; problems in its rows
    // are the plan's problems.
    Result<ImportPlan> dryRun(ImportKind kind, const QString &path) const;
    // The dry run, then — only when it found no problem — everything in one transaction. A plan
    // with problems is returned unapplied (ok() false), nothing written.
    Result<ImportPlan> run(ImportKind kind, const QString &path);
    // Takes a run's import back (one transaction): PLAN must come from run().
    Outcome undo(const ImportPlan &plan);
    // Makes an undone import again (one transaction): the undo stack's redo.
    Outcome redo(const ImportPlan &plan);

    // The template: the kind's headers in the user's language (bold, frozen, a comment with
    // the hint), drop-down lists for fixed values, one example row, a hidden version stamp;
    // WITHCURRENTDATA fills it with the factory's rows instead of the example.
    Outcome writeTemplate(ImportKind kind, const QString &path, bool withCurrentData = false) const;
    // The file's rows as read, at their own row numbers, with a 错误原因 ("Problem") column last
    // filled on the rows that have problems: fix them there and import that workbook (the
    // problem column is ignored on import). Every row is kept, because nothing was imported.
    Outcome writeErrorWorkbook(const ImportPlan &plan, const QString &path) const;

private:
    Workspace &m_workspace;
};

} // namespace Taktline
