#include "services/import/importservice.h"

#include "formats/sheet/sheetreader.h"
#include "formats/sheet/sheettext.h"
#include "services/import/bomimport.h"
#include "services/import/importworkbookwriter.h"
#include "services/import/inspectionplanimport.h"
#include "services/import/masterdataimport.h"
#include "services/import/materiallotimport.h"
#include "services/import/piecerateimport.h"
#include "services/import/routingimport.h"
#include "services/import/workorderimport.h"
#include "services/workspace.h"

#include <QFileInfo>
#include <QTranslator>

#include <algorithm>

namespace Taktline {

namespace {

constexpr int MaximumRows = 100000;

// The Chinese translation, to recognise Chinese headers whatever language the user works in.
const QTranslator *chinese()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/taktline_zh_CN"));
    return loaded ? &translator : nullptr;
}

// A header or sheet name as compared: width-normalised, trimmed, inner spaces single, any case.
QString comparable(const QString &text)
{
    return SheetText::normalized(text).simplified().toCaseFolded();
}

// The names a column's header is recognised by: the user's language, English, Chinese.
QStringList names(const char *context, const char *source)
{
    QStringList all = {QCoreApplication::translate(context, source), QString::fromUtf8(source)};
    if (const QTranslator *zh = chinese()) {
        if (const QString translated = zh->translate(context, source); !translated.isEmpty())
            all << translated;
    }
    for (QString &name : all)
        name = comparable(name);
    return all;
}

bool rowIsEmpty(const Sheet &sheet, int row, const QList<int> &ignored)
{
    const QList<SheetCell> &cells = sheet.rows.at(row);
    for (int c = 0; c < cells.size(); ++c) {
        if (!ignored.contains(c) && !cells.at(c).isEmpty())
            return false;
    }
    return true;
}

int columnOrder(const QString &letters)
{
    int n = 0;
    for (const QChar ch : letters)
        n = n * 26 + (ch.unicode() - u'A' + 1);
    return n;
}

} // namespace

ImportService::ImportService(Workspace &workspace)
    : m_workspace(workspace)
{
}

std::unique_ptr<ImportHandler> ImportService::handler(ImportKind kind, Workspace &workspace)
{
    switch (kind) {
    case ImportKind::Products:
        return std::make_unique<MasterDataImport>(kind, MasterDataKind::Product, workspace);
    case ImportKind::Machines:
        return std::make_unique<MasterDataImport>(kind, MasterDataKind::Machine, workspace);
    case ImportKind::Employees:
        return std::make_unique<MasterDataImport>(kind, MasterDataKind::Employee, workspace);
    case ImportKind::DowntimeReasons:
        return std::make_unique<MasterDataImport>(kind, MasterDataKind::DowntimeReason, workspace);
    case ImportKind::DefectReasons:
        return std::make_unique<MasterDataImport>(kind, MasterDataKind::DefectReason, workspace);
    case ImportKind::Routings:
        return std::make_unique<RoutingImport>(workspace);
    case ImportKind::Boms:
        return std::make_unique<BomImport>(workspace);
    case ImportKind::PieceRates:
        return std::make_unique<PieceRateImport>(workspace);
    case ImportKind::MaterialLots:
        return std::make_unique<MaterialLotImport>(workspace);
    case ImportKind::WorkOrders:
        return std::make_unique<WorkOrderImport>(workspace);
    case ImportKind::InspectionPlans:
        return std::make_unique<InspectionPlanImport>(workspace);
    }
    return nullptr;
}

Result<ImportPlan> ImportService::dryRun(ImportKind kind, const QString &path) const
{
    ImportPlan plan;
    plan.kind = kind;
    plan.path = path;
    plan.handler = handler(kind, m_workspace);
    const QString kindName = ImportKinds::displayName(kind);
    if (!plan.handler)
        return Outcome::failure(tr("Importing %1 is not available yet.").arg(kindName));
    if (Outcome allowed = plan.handler->permitted(); !allowed)
        return allowed;
    const Result<SheetBook> read = SheetReader::read(path);
    if (!read)
        return read.outcome();
    const SheetBook &book = read.value();
    const QString fileName = QFileInfo(path).fileName();

    // A template stamped for another kind is refused by name.
    QString stamp = book.definedNames.value(ImportWorkbookWriter::stampName()).trimmed();
    stamp.remove(QLatin1Char('=')).remove(QLatin1Char('"'));
    if (!stamp.isEmpty()) {
        const std::optional<ImportKind> stamped =
            ImportKinds::fromKey(stamp.section(QLatin1Char(':'), 0, 0));
        if (stamped && *stamped != kind) {
            return Outcome::failure(
                tr("%1 is the template for %2, not for %3. Import it as %2, "
                   "or choose the file of %3.")
                    .arg(fileName, ImportKinds::displayName(*stamped), kindName));
        }
    }

    // The sheet: the kind's own by name, else the only visible sheet with data.
    const QStringList sheetNames = {comparable(kindName),
                                    comparable(ImportKinds::englishName(kind))};
    const Sheet *sheet = nullptr;
    QStringList withData;
    for (const Sheet &candidate : book.sheets) {
        if (candidate.hidden)
            continue;
        bool hasData = false;
        for (int r = 0; r < candidate.rowCount() && !hasData; ++r)
            hasData = !rowIsEmpty(candidate, r, {});
        if (!sheet && sheetNames.contains(comparable(candidate.name)))
            sheet = &candidate;
        else if (hasData)
            withData << candidate.name;
    }
    if (!sheet && withData.size() == 1)
        sheet = book.sheet(withData.takeFirst());
    if (!sheet) {
        if (withData.isEmpty())
            return Outcome::failure(tr("%1 holds no rows to import.").arg(fileName));
        return Outcome::failure(tr("%1 has several sheets with data (%2) and none is named %3: "
                                   "keep the %3 on one sheet named %3, one kind per file.")
                                    .arg(fileName, withData.join(tr(", ")), kindName));
    }
    plan.sheet = sheet->name;
    for (const QString &other : std::as_const(withData)) {
        plan.problems << ImportProblem{other,
                                       0,
                                       {},
                                       {},
                                       {},
                                       tr("Another sheet with data: only the sheet %1 is imported. "
                                          "Move these rows to a file of their own, or delete the "
                                          "sheet.")
                                           .arg(sheet->name)};
    }
    if (sheet->rowCount() == 0)
        return Outcome::failure(tr("The sheet %1 of %2 is empty.").arg(sheet->name, fileName));

    // The header row: every header known, every required column there.
    const QList<ImportColumn> columns = plan.handler->columns();
    QList<QStringList> columnNames;
    for (const ImportColumn &column : columns)
        columnNames << names(column.context, column.header);
    QStringList problemHeaders;
    for (const QString &name : ImportWorkbookWriter::problemHeaders())
        problemHeaders << comparable(name);
    QHash<QString, int> columnOf;
    QList<int> ignored;
    for (int c = 0; c < sheet->rows.at(0).size(); ++c) {
        const SheetCell &cell = sheet->cell(0, c);
        const QString header = comparable(SheetText::display(cell, book));
        if (header.isEmpty())
            continue;
        if (problemHeaders.contains(header)) {
            ignored << c;
            continue;
        }
        int found = -1;
        for (int k = 0; k < columns.size() && found < 0; ++k) {
            if (columnNames.at(k).contains(header))
                found = k;
        }
        ImportProblem problem{sheet->name,
                              1,
                              columnLetters(c),
                              SheetText::display(cell, book),
                              SheetText::display(cell, book),
                              {}};
        if (found < 0) {
            QStringList known;
            for (const ImportColumn &column : columns)
                known << column.displayHeader();
            problem.reason = tr("Unknown column: name it as in the template (%1) or delete it.")
                                 .arg(known.join(tr(", ")));
            plan.problems << problem;
        } else if (columnOf.contains(columns.at(found).key)) {
            problem.reason = tr("This column is there twice (also column %1): keep one.")
                                 .arg(columnLetters(columnOf.value(columns.at(found).key)));
            plan.problems << problem;
        } else {
            columnOf.insert(columns.at(found).key, c);
        }
    }
    for (const ImportColumn &column : columns) {
        if (column.required && !columnOf.contains(column.key)) {
            plan.problems << ImportProblem{sheet->name,
                                           1,
                                           {},
                                           column.displayHeader(),
                                           {},
                                           tr("The column %1 is missing: add it to the header "
                                              "row, as in the template.")
                                               .arg(column.displayHeader())};
        }
    }

    // The data rows: empty ones skipped, the template's unchanged example skipped.
    QList<int> dataRows;
    for (int r = 1; r < sheet->rowCount(); ++r) {
        if (!rowIsEmpty(*sheet, r, ignored))
            dataRows << r;
    }
    if (dataRows.size() > MaximumRows) {
        return Outcome::failure(tr("%1 has %2 rows; one import takes at most %3. Split it into "
                                   "files of up to %3 rows and import them one after another.")
                                    .arg(fileName)
                                    .arg(dataRows.size())
                                    .arg(MaximumRows));
    }
    if (!dataRows.isEmpty() && dataRows.constFirst() == 1) {
        const QStringList example = plan.handler->exampleRow();
        bool unchanged = !columnOf.isEmpty();
        for (auto it = columnOf.constBegin(); it != columnOf.constEnd() && unchanged; ++it) {
            int index = 0;
            while (index < columns.size() && columns.at(index).key != it.key())
                ++index;
            const QString typed =
                SheetText::normalized(SheetText::display(sheet->cell(1, it.value()), book));
            unchanged = typed == SheetText::normalized(example.value(index));
        }
        if (unchanged)
            dataRows.removeFirst();
    }
    plan.dataRows = int(dataRows.size());
    if (!plan.problems.isEmpty())
        return plan; // rows are not read against columns that are not there
    if (dataRows.isEmpty())
        return Outcome::failure(tr("The sheet %1 of %2 has no rows to import below its header row.")
                                    .arg(sheet->name, fileName));

    QList<ImportRecord> records;
    records.reserve(dataRows.size());
    for (int r : std::as_const(dataRows))
        records.append(ImportRecord(*sheet, book, r, columnOf, columns, &plan.problems));
    plan.handler->check(records);
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         if (a.row != b.row)
                             return a.row < b.row;
                         return columnOrder(a.column) < columnOrder(b.column);
                     });
    plan.counts = plan.handler->counts();
    return plan;
}

Result<ImportPlan> ImportService::run(ImportKind kind, const QString &path)
{
    Result<ImportPlan> planned = dryRun(kind, path);
    if (!planned || !planned.value().ok())
        return planned;
    ImportPlan plan = planned.value();
    const Outcome applied =
        m_workspace.database().inTransaction([&] { return plan.handler->apply(); });
    if (!applied)
        return Outcome::failure(tr("Nothing was imported: %1").arg(applied.error()));
    return plan;
}

Outcome ImportService::undo(const ImportPlan &plan)
{
    if (!plan.handler)
        return Outcome::failure(tr("There is no import to take back."));
    return m_workspace.database().inTransaction([&] { return plan.handler->revert(); });
}

Outcome ImportService::redo(const ImportPlan &plan)
{
    if (!plan.handler)
        return Outcome::failure(tr("There is no import to make again."));
    return m_workspace.database().inTransaction([&] { return plan.handler->apply(); });
}

Outcome ImportService::writeTemplate(ImportKind kind, const QString &path,
                                     bool withCurrentData) const
{
    const std::unique_ptr<ImportHandler> kindHandler = handler(kind, m_workspace);
    if (!kindHandler)
        return Outcome::failure(
            tr("Importing %1 is not available yet.").arg(ImportKinds::displayName(kind)));
    QList<QStringList> rows;
    if (withCurrentData) {
        const Result<QList<QStringList>> current = kindHandler->currentRows();
        if (!current)
            return current.outcome();
        rows = current.value();
    } else {
        rows << kindHandler->exampleRow();
    }
    return ImportWorkbookWriter::writeTemplate(*kindHandler, ImportKinds::displayName(kind), rows,
                                               path);
}

Outcome ImportService::writeErrorWorkbook(const ImportPlan &plan, const QString &path) const
{
    const Result<SheetBook> read = SheetReader::read(plan.path);
    if (!read)
        return read.outcome();
    const Sheet *sheet = read.value().sheet(plan.sheet);
    if (!sheet)
        return Outcome::failure(tr("The sheet %1 is no longer in %2.")
                                    .arg(plan.sheet, QFileInfo(plan.path).fileName()));
    QHash<int, QStringList> rowProblems;
    for (const ImportProblem &problem : plan.problems) {
        if (problem.sheet != plan.sheet || problem.row < 2)
            continue;
        const QString place = problem.column.isEmpty()
                                  ? QString()
                                  : QStringLiteral("%1 %2: ").arg(problem.column, problem.header);
        rowProblems[problem.row] << place + problem.reason;
    }
    return ImportWorkbookWriter::writeErrorWorkbook(*sheet, read.value(), plan.kind, rowProblems,
                                                    path);
}

} // namespace Taktline
