#include "services/reports/reportservice.h"

#include "services/reports/defectsreport.h"
#include "services/reports/downtimereport.h"
#include "services/reports/genealogyreport.h"
#include "services/reports/oeereport.h"
#include "services/reports/orderprogressreport.h"
#include "services/reports/productionlinesrows.h"
#include "services/reports/productionperiodreport.h"
#include "services/reports/qualityreport.h"
#include "services/reports/reportreaders.h"
#include "services/reports/reportscope.h"
#include "services/reports/shipmentsreport.h"
#include "services/reports/subcontractreport.h"
#include "services/reports/wagesreport.h"
#include "services/workspace.h"
#include "storage/settingsrepository.h"

namespace Taktline {

namespace {

constexpr int MaxDays = 366;

struct KindInfo
{
    ReportKind kind;
    const char *key;
};

const QList<KindInfo> &kindTable()
{
    static const QList<KindInfo> table = {
        {ReportKind::Daily, "daily"},           {ReportKind::Weekly, "weekly"},
        {ReportKind::Monthly, "monthly"},       {ReportKind::OrderProgress, "orders"},
        {ReportKind::Defects, "defects"},       {ReportKind::Downtime, "downtime"},
        {ReportKind::Wages, "wages"},           {ReportKind::Oee, "oee"},
        {ReportKind::Genealogy, "genealogy"},   {ReportKind::Shipments, "shipments"},
        {ReportKind::ProductionLines, "lines"}, {ReportKind::Quality, "quality"},
        {ReportKind::Subcontract, "subcontract"},
    };
    return table;
}

} // namespace

ReportService::ReportService(const Workspace &workspace)
    : m_db(workspace.database())
    , m_clock(workspace.clock())
    , m_readers(std::make_shared<ReportReaders>(workspace))
{
}

ReportService::ReportService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_readers(std::make_shared<ReportReaders>(db, clock))
{
}

QList<ReportKind> ReportService::kinds()
{
    QList<ReportKind> list;
    for (const KindInfo &info : kindTable())
        list.append(info.kind);
    return list;
}

QString ReportService::key(ReportKind kind)
{
    for (const KindInfo &info : kindTable()) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<ReportKind> ReportService::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const KindInfo &info : kindTable()) {
        if (wanted == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString ReportService::displayName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Daily:
        return tr("Daily production report");
    case ReportKind::Weekly:
        return tr("Weekly production report");
    case ReportKind::Monthly:
        return tr("Monthly production report");
    case ReportKind::OrderProgress:
        return tr("Order progress");
    case ReportKind::Defects:
        return tr("Defect analysis");
    case ReportKind::Downtime:
        return tr("Downtime analysis");
    case ReportKind::Wages:
        return tr("Piece-rate wages");
    case ReportKind::Oee:
        return tr("OEE");
    case ReportKind::Genealogy:
        return tr("Lot and serial genealogy");
    case ReportKind::Shipments:
        return tr("Shipments");
    case ReportKind::ProductionLines:
        return tr("Production report lines");
    case ReportKind::Quality:
        return tr("Quality report");
    case ReportKind::Subcontract:
        return tr("Subcontracting cost");
    }
    return {};
}

std::pair<QDate, QDate> ReportService::periodAround(ReportKind kind, const QDate &day)
{
    switch (kind) {
    case ReportKind::Weekly: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case ReportKind::Monthly: {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    default:
        return {day, day};
    }
}

Result<ReportDocument> ReportService::build(const ReportQuery &request) const
{
    if (!request.from.isValid() || !request.to.isValid())
        return Outcome::failure(tr("Choose the first and the last day of the report."));
    if (request.from > request.to)
        return Outcome::failure(
            tr("The period is reversed: the first day %1 is after the last day %2.")
                .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    if (request.from.daysTo(request.to) + 1 > MaxDays)
        return Outcome::failure(
            tr("The period from %1 to %2 has %3 days; a report covers at most %4 days.")
                .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                .arg(request.from.daysTo(request.to) + 1)
                .arg(MaxDays));
    Result<ReportScope> context = ReportScope::make(m_db, m_clock, *m_readers, request);
    if (!context)
        return context.outcome();

    Result<ReportDocument> document = Outcome::failure(tr("Unknown report."));
    const ReportScope &c = context.value();
    switch (request.kind) {
    case ReportKind::Daily:
    case ReportKind::Weekly:
    case ReportKind::Monthly:
        document = ProductionPeriodReport::build(c);
        break;
    case ReportKind::OrderProgress:
        document = OrderProgressReport::build(c);
        break;
    case ReportKind::Defects:
        document = DefectsReport::build(c);
        break;
    case ReportKind::Downtime:
        document = DowntimeReport::build(c);
        break;
    case ReportKind::Wages:
        document = WagesReport::build(c);
        break;
    case ReportKind::Oee:
        document = OeeReport::build(c);
        break;
    case ReportKind::Genealogy:
        document = GenealogyReport::build(c);
        break;
    case ReportKind::Shipments:
        document = ShipmentsReport::build(c);
        break;
    case ReportKind::ProductionLines:
        document = ProductionLinesRows::build(c);
        break;
    case ReportKind::Quality:
        document = QualityReport::build(c);
        break;
    case ReportKind::Subcontract:
        document = SubcontractReport::build(c);
        break;
    }
    if (!document)
        return document;
    ReportDocument &built = document.value();
    built.title = displayName(request.kind);
    built.factoryName = SettingsRepository(m_db.connection()).value(QStringLiteral("factory_name"));
    built.period = request.from == request.to
                       ? request.from.toString(Qt::ISODate)
                       : tr("%1 – %2").arg(request.from.toString(Qt::ISODate),
                                           request.to.toString(Qt::ISODate));
    if (const QString note = c.filterNote(); !note.isEmpty()) {
        built.period += QLatin1Char(' ') + note;
        for (ReportSheet &sheet : built.sheets)
            sheet.notes.prepend(note);
    }
    return document;
}

} // namespace Taktline
