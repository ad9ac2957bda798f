// STUB (issue 16 contract): the SPC helper replaces this file.
#include "services/quality/spcservice.h"

namespace Taktline {

SpcService::SpcService(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

SpcService::~SpcService() = default;

Result<SpcSeries> SpcService::series(const QString &, qint64, qint64) const
{
    return Outcome::failure(QStringLiteral("SPC: not built yet"));
}

Result<QList<FirstPassYield>> SpcService::firstPassYield(qint64, qint64) const
{
    return Outcome::failure(QStringLiteral("SPC: not built yet"));
}

} // namespace Taktline
