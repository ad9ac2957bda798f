#pragma once

#include "domain/trace/trace.h"

#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// One line of a product's bill of materials (物料清单): which component goes into it, how much
// of it per unit made, and at which step of the routing it is fed (投料).
struct BomLine
{
    QString id; // UUIDv7; empty for a line not saved yet
    QString productId;
    QString componentId;
    double quantityPerUnit = 0;
    int operationSeq = 0; // the routing step (10, 20 …); 0: the order's first step
    QString note;

    bool operator==(const BomLine &other) const = default;
};

// The step of a work order at which LINE is fed: its own step, or the order's first step
// (FIRSTSEQ) when the line says 0.
inline int feedStepOf(const BomLine &line, int firstSeq)
{
    return line.operationSeq == 0 ? firstSeq : line.operationSeq;
}

// What a work order needs of one component (物料需求) and whether the floor has it (缺料).
struct MaterialRequirement
{
    BomLine line;
    QString componentPartNo;
    QString componentName;
    QString componentNameEn;
    QString unit;
    double perUnit = 0;
    double required = 0;    // per unit × the order's quantity
    double fed = 0;         // consumed from lots of the component into this order
    double usableStock = 0; // left in lots that are neither blocked nor expired
    double shortage = 0;    // what neither the fed material nor the stock covers

    bool isShort() const { return shortage > 0; }
};

// REQUIRED less what was FED and what is in USABLE stock, never below zero; rounding noise of
// fractional quantities does not count as a shortage.
double materialShortage(double required, double fed, double usableStock);

// What feeding a scanned lot to an operation would do, every check passed and nothing written.
struct FeedPlan
{
    MaterialLot lot;
    double remaining = 0;
    std::optional<double> quantityPerUnit; // from the BOM; none when the product has no BOM
};

} // namespace Taktline
