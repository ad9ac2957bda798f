#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Taktline::Schema {

// Schema step v11: what OEE, the dashboard and andon need (docs/oee.md). Each downtime reason's
// OEE class (oee_class, '' until the owner sets it); an ideal cycle time per routing step and
// work-order operation, apart from the standard time that wages use; andon calls and their
// responses; a reason given to a stop after the fact (status_event_reasons). The new facts are
// chained and synced like the others; the changed mutable tables get new outbox triggers.
QStringList oeeAndonV11(const QSqlDatabase &db);

} // namespace Taktline::Schema
