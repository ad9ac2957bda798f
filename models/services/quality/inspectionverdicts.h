#pragma once

#include "domain/outcome.h"
#include "services/quality/inspectionservice.h"

#include <QCoreApplication>

namespace Taktline {

// The verdict on an inspection's entries (判定): every entry judged against its characteristic,
// every required characteristic present on every sample, the nonconforming samples counted, and
// pass when none is (or, sampled, when they are at most the acceptance number Ac).
class InspectionVerdicts final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionService)

public:
    static Result<InspectionVerdict> judge(const InspectionInput &input,
                                           const InspectionSubject &subject);
    // One line for the station and the form: "合格：13 件样本中 1 件不合格（Ac 1）".
    static QString summary(const InspectionVerdict &verdict, int samples);
};

} // namespace Taktline
