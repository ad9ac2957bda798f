#pragma once

#include "domain/outcome.h"
#include "domain/quality/spccalculator.h"

#include <QList>
#include <QString>

#include <memory>

namespace Taktline {

class Database;

// One measured characteristic's readings over a period, charted: the control chart (X̄-R when
// subgroups of 2…10 pieces were measured per inspection, else individuals) and Cp/Cpk against
// its limits.
struct SpcSeries
{
    QString characteristicId;
    QString name, unit;
    std::optional<double> nominal, lower, upper;
    QList<qint64> atMs; // one per chart point
    ControlChart chart;
    Capability capability;
};

// A measured characteristic that can be charted, with where it is checked: the SPC chart's
// product → plan → characteristic pickers.
struct SpcCharacteristic
{
    QString id, planId, productId, partNo, productName;
    int operationSeq = 0;  // 0: the product as a whole (final, incoming)
    QString operationName; // the routing step's name; empty for the product as a whole
    QString planName;
    QString name, unit;
};

// First-pass yield (直通率) of a product's step: pieces good the first time ÷ pieces made.
struct FirstPassYield
{
    QString productId, partNo, productName;
    int seq = 0; // 0: the whole routing (the product of its steps)
    QString operationName;
    double made = 0, firstPass = 0;
    double yield() const { return made > 0 ? firstPass / made : 0; }
};

// SPC (统计过程控制) over the recorded inspection values; reads only.
class SpcService final
{
public:
    explicit SpcService(std::shared_ptr<Database> db);
    ~SpcService();

    // Not voided inspections' values of CHARACTERISTIC_ID in [fromMs, toMs), oldest first.
    // Refused with a message for a characteristic that is not measured or too few readings.
    Result<SpcSeries> series(const QString &characteristicId, qint64 fromMs, qint64 toMs) const;
    // First-pass yield per product and step in [fromMs, toMs), from the production reports, as
    // the dashboard counts it; after each product's steps its whole routing (seq 0: made at the
    // first step, firstPass = made × the product of the steps' yields). Most made first.
    Result<QList<FirstPassYield>> firstPassYield(qint64 fromMs, qint64 toMs) const;
    // Every measured characteristic of a plan in force, by part number, step and seq.
    Result<QList<SpcCharacteristic>> characteristics() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace Taktline
