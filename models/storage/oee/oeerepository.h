#pragma once

#include "domain/oee/oeecalculator.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Taktline {

struct OeeMachine
{
    QString id;
    QString code;
    QString name; // in the current language
    QString line;
    QString workshop;
    int capacity = 1;
};

// Reported pieces of one operation on one machine: summed over the window, or over one minute
// (atMs its start) when the caller splits by shift or day.
struct ReportedPieces
{
    QString machineId;
    QString operationId;
    QString productId;
    qint64 atMs = 0;
    double good = 0;
    double defective = 0;
    double rework = 0;
    double idealSeconds = 0; // 0: the step has no ideal cycle time
    double standardSeconds = 0;

    double produced() const { return good + defective + rework; }
};

// What OEE reads from the facts and master data, in a few set-based queries (docs/oee.md).
class OeeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::OeeRepository)

public:
    explicit OeeRepository(QSqlDatabase db);

    // Active machines, of the given ids (all when empty) and workshop (all when empty), by
    // workshop and code.
    Result<QList<OeeMachine>> machines(const QStringList &ids, const QString &workshop) const;
    Result<QHash<QString, ReasonInfo>> reasons() const;
    // Each machine's events in [fromMs, toMs), preceded by the one in force at fromMs, with the
    // newest reason given later; MACHINE_ID empty: every machine.
    Result<QHash<QString, QList<StatusPoint>>> events(qint64 fromMs, qint64 toMs,
                                                     const QString &machineId = {}) const;
    // Reports that count (not voiding, not voided) in [fromMs, toMs), on the report's machine
    // or else the operation's; summed per machine and operation, and per minute when BY_MINUTE.
    // Scrap and rework dispositions of nonconformances on a step, decided in the window, move
    // their pieces from good to defective or rework there (docs/quality.md).
    Result<QList<ReportedPieces>> reports(qint64 fromMs, qint64 toMs, bool byMinute,
                                          const QString &machineId = {}) const;
    // Operation id → product id, for the operations named.
    Result<QHash<QString, QString>> productsOf(const QSet<QString> &operationIds) const;
    // Product id → "part no · name".
    Result<QHash<QString, QString>> productLabels() const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
