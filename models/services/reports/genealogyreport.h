#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>

namespace Taktline {

class ReportScope;

// The genealogy report (批次追溯): production lots, material lots fed and serials of the period,
// with orders, machines and employees.
class GenealogyReport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::GenealogyReport)

public:
    static Result<ReportDocument> build(const ReportScope &context);
};

} // namespace Taktline
