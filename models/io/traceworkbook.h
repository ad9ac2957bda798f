#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "services/trace/tracelookup.h"

#include <QCoreApplication>

class QStandardItemModel;

namespace Taktline {

// Writes a genealogy tree to Excel with the project's exporter: one row per node in tree order,
// its depth as a number and the title indented by it, kind, code, time, who, machine, quantity
// (a number cell), result, customer, material and supplier.
class TraceWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::TraceWorkbook)

public:
    enum Column {
        LevelColumn,
        KindColumn,
        CodeColumn,
        TitleColumn,
        TimeColumn,
        EmployeeColumn,
        MachineColumn,
        QuantityColumn,
        ResultColumn,
        CustomerColumn,
        MaterialColumn,
        SupplierColumn,
        SupplierLotColumn,
        ColumnCount
    };

    static Outcome write(const TraceNode &root, TraceDirection direction, const QString &path);
    // The sheet as a table, for the exporter (and for a look in a test).
    static void fill(QStandardItemModel &table, const TraceNode &root);
};

} // namespace Taktline
