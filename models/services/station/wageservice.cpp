#include "services/station/wageservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr double MaxRate = 100000; // per piece, in yuan: anything above is a typing slip

qint64 startOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

WageService::WageService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                         const ReportingService *reporting)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_reporting(reporting)
{
}

WageService::~WageService() = default;

Result<QList<PieceRate>> WageService::rates(const QString &productId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id, product_id, operation_name, rate, valid_from FROM piece_rates "
                                 "WHERE deleted = 0 %1 ORDER BY product_id, operation_name, valid_from")
                      .arg(productId.isEmpty() ? QString() : QStringLiteral("AND product_id = ?")));
    if (!productId.isEmpty())
        query.bindValue(0, productId);
    if (Outcome done = Sql::exec(query, tr("read the piece rates")); !done)
        return done;
    QList<PieceRate> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toDouble(), QDate::fromString(query.value(4).toString(), Qt::ISODate)});
    }
    return result;
}

Result<QString> WageService::setRate(const PieceRate &rate)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const QString operation = rate.operationName.simplified();
    if (rate.productId.isEmpty())
        return Outcome::failure(tr("Choose the product the rate is for."));
    if (operation.isEmpty())
        return Outcome::failure(tr("Name the operation the rate is for."));
    if (!std::isfinite(rate.rate) || rate.rate < 0)
        return Outcome::failure(tr("A piece rate must be a number of zero or more."));
    if (rate.rate > MaxRate)
        return Outcome::failure(tr("%1 per piece is not plausible. Check the rate.").arg(rate.rate));
    if (!rate.validFrom.isValid())
        return Outcome::failure(tr("Give the date from which the rate applies."));
    QString id = newUuidV7();
    const qint64 now = m_clock.nowMs();
    Outcome saved = m_db->inTransaction([&]() -> Outcome {
        QSqlQuery existing(m_db->connection());
        existing.prepare(QStringLiteral("SELECT id FROM piece_rates WHERE product_id = ? AND operation_name = ? "
                                        "AND valid_from = ? AND deleted = 0"));
        existing.addBindValue(rate.productId);
        existing.addBindValue(operation);
        existing.addBindValue(rate.validFrom.toString(Qt::ISODate));
        if (Outcome done = Sql::exec(existing, tr("save the piece rate")); !done)
            return done;
        QSqlQuery write(m_db->connection());
        if (existing.next()) {
            id = existing.value(0).toString();
            write.prepare(QStringLiteral("UPDATE piece_rates SET rate = ?, updated_at = ? WHERE id = ?"));
            write.addBindValue(rate.rate);
            write.addBindValue(now);
            write.addBindValue(id);
        } else {
            write.prepare(QStringLiteral("INSERT INTO piece_rates (id, product_id, operation_name, rate, valid_from, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(id), QVariant(rate.productId), QVariant(operation),
                                          QVariant(rate.rate), QVariant(rate.validFrom.toString(Qt::ISODate)),
                                          QVariant(now), QVariant(now)})
                write.addBindValue(value);
        }
        return Sql::exec(write, tr("save the piece rate"));
    });
    if (!saved)
        return saved;
    return id;
}

Outcome WageService::removeRate(const QString &rateId)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE piece_rates SET deleted = 1, updated_at = ? WHERE id = ? AND deleted = 0"));
    query.addBindValue(m_clock.nowMs());
    query.addBindValue(rateId);
    if (Outcome done = Sql::exec(query, tr("remove the piece rate")); !done)
        return done;
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The piece rate no longer exists."));
    return Outcome::success();
}

Result<QList<WageLine>> WageService::lines(const QDate &from, const QDate &to, const QString &employeeId) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Outcome::failure(tr("Choose a period whose end is not before its start."));
    const Result<QList<PieceRate>> allRates = rates();
    if (!allRates)
        return allRates.outcome();
    QHash<QString, QList<PieceRate>> byKey; // product + operation → rates by date
    for (const PieceRate &rate : allRates.value())
        byKey[rate.productId + QLatin1Char('\x1f') + rate.operationName].append(rate);
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, COALESCE(r.employee_id, ''), r.reported_at, w.number, w.product_id, p.part_no, o.name, r.good, "
        "EXISTS (SELECT 1 FROM report_approvals a WHERE a.report_id = r.id) "
        "FROM production_reports r JOIN work_orders w ON w.id = r.work_order_id "
        "JOIN products p ON p.id = w.product_id JOIN work_order_operations o ON o.id = r.operation_id "
        "WHERE r.reported_at >= ? AND r.reported_at < ? AND r.good > 0 AND r.voids_report_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) %1 "
        "ORDER BY r.employee_id, r.reported_at")
                      .arg(employeeId.isEmpty() ? QString() : QStringLiteral("AND r.employee_id = ?")));
    query.addBindValue(startOfLocalDay(from));
    query.addBindValue(startOfLocalDay(to.addDays(1)));
    if (!employeeId.isEmpty())
        query.addBindValue(employeeId);
    if (Outcome done = Sql::exec(query, tr("read the production reports")); !done)
        return done;
    const bool approvalRequired = m_reporting && m_reporting->rules().approvalRequired;
    QList<WageLine> result;
    while (query.next()) {
        WageLine line;
        line.reportId = query.value(0).toString();
        line.employeeId = query.value(1).toString();
        line.reportedAtMs = query.value(2).toLongLong();
        line.workOrderNumber = query.value(3).toString();
        line.partNo = query.value(5).toString();
        line.operationName = query.value(6).toString();
        line.good = query.value(7).toDouble();
        const QDate day = QDateTime::fromMSecsSinceEpoch(line.reportedAtMs).date();
        for (const PieceRate &rate : byKey.value(query.value(4).toString() + QLatin1Char('\x1f') + line.operationName)) {
            if (rate.validFrom <= day) { // sorted by date: the last one that applies wins
                line.rate = rate.rate;
                line.hasRate = true;
            }
        }
        line.approved = !approvalRequired || query.value(8).toBool();
        line.amount = line.approved ? std::round(line.good * line.rate * 100) / 100 : 0;
        result.append(line);
    }
    if (Outcome done = appendDeductions(result, from, to, employeeId, byKey); !done)
        return done;
    std::stable_sort(result.begin(), result.end(), [](const WageLine &a, const WageLine &b) {
        return a.employeeId != b.employeeId ? a.employeeId < b.employeeId
                                            : a.reportedAtMs < b.reportedAtMs;
    });
    return result;
}

Outcome WageService::appendDeductions(QList<WageLine> &lines, const QDate &from, const QDate &to,
                                      const QString &employeeId,
                                      const QHash<QString, QList<PieceRate>> &rates) const
{
    // 扣款: the pieces of a disposition that deducts wages, at the rate of the NC's step on the
    // day it was decided, from its employee, else the operator who last reported good pieces
    // on the step.
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.at, d.quantity, n.number AS nc_number, w.number AS order_number, "
        "w.product_id, p.part_no, o.name AS operation_name, coalesce(n.employee_id, "
        "(SELECT r.employee_id FROM production_reports r WHERE r.operation_id = n.operation_id "
        "AND r.good > 0 AND r.employee_id IS NOT NULL AND r.voids_report_id IS NULL AND NOT "
        "EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) "
        "ORDER BY r.reported_at DESC LIMIT 1), '') AS employee "
        "FROM nc_dispositions d JOIN nonconformances n ON n.id = d.nonconformance_id "
        "JOIN work_order_operations o ON o.id = n.operation_id "
        "JOIN work_orders w ON w.id = o.work_order_id JOIN products p ON p.id = w.product_id "
        "WHERE d.deduct_wages = 1 AND d.at >= :from AND d.at < :to"));
    query.bindValue(QStringLiteral(":from"), startOfLocalDay(from));
    query.bindValue(QStringLiteral(":to"), startOfLocalDay(to.addDays(1)));
    if (Outcome done = Sql::exec(query, tr("read the wage deductions")); !done)
        return done;
    const Sql::Row row(query);
    while (query.next()) {
        WageLine line;
        line.employeeId = row.value(QStringLiteral("employee")).toString();
        if (line.employeeId.isEmpty() || (!employeeId.isEmpty() && line.employeeId != employeeId))
            continue;
        line.deduction = true;
        line.reportId = row.value(QStringLiteral("id")).toString();
        line.reportedAtMs = row.value(QStringLiteral("at")).toLongLong();
        line.nonconformanceNumber = row.value(QStringLiteral("nc_number")).toString();
        line.workOrderNumber = row.value(QStringLiteral("order_number")).toString();
        line.partNo = row.value(QStringLiteral("part_no")).toString();
        line.operationName = row.value(QStringLiteral("operation_name")).toString();
        line.good = -row.value(QStringLiteral("quantity")).toDouble();
        const QDate day = QDateTime::fromMSecsSinceEpoch(line.reportedAtMs).date();
        for (const PieceRate &rate : rates.value(row.value(QStringLiteral("product_id")).toString() +
                                                 QLatin1Char('\x1f') + line.operationName)) {
            if (rate.validFrom <= day) {
                line.rate = rate.rate;
                line.hasRate = true;
            }
        }
        line.amount = std::round(line.good * line.rate * 100) / 100;
        lines.append(line);
    }
    return Outcome::success();
}

QList<WageTotal> WageService::totals(const QList<WageLine> &lines)
{
    QList<WageTotal> result;
    QHash<QString, qsizetype> index;
    for (const WageLine &line : lines) {
        if (!index.contains(line.employeeId)) {
            index.insert(line.employeeId, result.size());
            result.append({line.employeeId, 0, 0, 0, 0});
        }
        WageTotal &total = result[index.value(line.employeeId)];
        total.good += line.good;
        total.amount += line.amount;
        total.unpricedReports += line.hasRate ? 0 : 1;
        total.unapprovedReports += line.approved ? 0 : 1;
    }
    for (WageTotal &total : result)
        total.amount = std::round(total.amount * 100) / 100;
    return result;
}

} // namespace Taktline
