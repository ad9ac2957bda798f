#pragma once

#include "domain/outcome.h"
#include "io/report/reportdocument.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace Taktline {

class ReportScope;

// The production report lines (报工明细): every report of the period that counts, one row each,
// read from a forward-only query as the writer asks for them, so a million reports never sit in
// memory at once.
class ProductionLinesRows final : public ReportRows
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ProductionLinesRows)

public:
    static Result<ReportDocument> build(const ReportScope &context);

    bool next(QVariantList &row) override;
    qint64 expectedRows() const override { return m_expected; }

private:
    ProductionLinesRows(QSqlQuery query, const ReportScope &context, qint64 expected);

    QSqlQuery m_query;
    QTimeZone m_zone;
    qint64 m_expected = -1;
};

} // namespace Taktline
