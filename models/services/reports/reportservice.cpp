#include "services/reports/reportservice.h"

namespace Taktline {

// Contract stub: the report-kinds helper replaces this file.
ReportService::ReportService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
QList<ReportKind> ReportService::kinds() { return {ReportKind::Daily}; }
QString ReportService::key(ReportKind) { return QStringLiteral("daily"); }
std::optional<ReportKind> ReportService::fromKey(const QString &) { return std::nullopt; }
QString ReportService::displayName(ReportKind) { return tr("Daily production report"); }
std::pair<QDate, QDate> ReportService::periodAround(ReportKind, const QDate &day) { return {day, day}; }
Result<ReportDocument> ReportService::build(const ReportRequest &) const { return Outcome::failure(tr("Not built yet.")); }

} // namespace Taktline
