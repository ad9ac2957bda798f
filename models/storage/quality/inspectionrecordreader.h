#pragma once

#include "domain/outcome.h"
#include "services/quality/inspectionservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// Reads recorded inspections as the lists, the genealogy and the reports show them: with the
// order, step, machine, lot, serial, product and inspector's names, and whether voided.
class InspectionRecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionRecordReader)

public:
    explicit InspectionRecordReader(QSqlDatabase db);

    // The inspections (not the voiding records) FILTER selects, newest first; only
    // INSPECTION_ID when it is set.
    Result<QList<InspectionRecord>> records(const InspectionService::Filter &filter,
                                            const QString &inspectionId = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
