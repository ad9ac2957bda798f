#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The order progress report (订单进度): orders open in or due in the period, with what is done,
// what remains and how late.
class OrderProgressReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::OrderProgressReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
