// STUB (issue 16 contract): the station-gate helper replaces this file.
#include "services/quality/firstarticlegate.h"

namespace Taktline {

FirstArticleGate::FirstArticleGate(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<FirstArticleGate::State> FirstArticleGate::state(const QString &) const
{
    return Outcome::failure(QStringLiteral("first-article gate: not built yet"));
}

Outcome FirstArticleGate::allowsGood(const QString &, double) const
{
    return Outcome::success();
}

} // namespace Taktline
