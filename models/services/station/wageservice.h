#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;
class ReportingService;

// Per-employee totals of one wage period.
struct WageTotal
{
    QString employeeId;
    double good = 0;
    double amount = 0;
    int unpricedReports = 0; // reports without a valid rate: their pieces earn nothing yet
    int unapprovedReports = 0; // approval required and missing: they earn nothing yet
};

// Piece-rate wages (计件工资): keeps the rate table (product × operation, valid from a date) and
// prices the good quantities of the reports that count (voided ones never do; unapproved ones
// not while Settings require approval), less the pieces of nonconformances whose disposition
// deducts wages (扣款 lines).
class WageService final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::WageService)

public:
    // REPORTING tells whether wages wait for a supervisor's approval (station rules).
    WageService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                const ReportingService *reporting = nullptr);
    ~WageService();

    Result<QList<PieceRate>> rates(const QString &productId = {}) const;
    // Adds a rate, or replaces the one with the same product, operation and date (needs
    // EditMasterData). Refuses a negative or absurd rate, an empty operation, a missing date.
    Result<QString> setRate(const PieceRate &rate);
    Outcome removeRate(const QString &rateId);

    // The priced report lines of [from, to] (whole days, local), optionally of one employee.
    Result<QList<WageLine>> lines(const QDate &from, const QDate &to, const QString &employeeId = {}) const;
    static QList<WageTotal> totals(const QList<WageLine> &lines);

private:
    // Adds the deduction lines (扣款) of nonconformances decided in [from, to].
    Outcome appendDeductions(QList<WageLine> &lines, const QDate &from, const QDate &to,
                             const QString &employeeId,
                             const QHash<QString, QList<PieceRate>> &rates) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    const ReportingService *m_reporting;
};

} // namespace Taktline
