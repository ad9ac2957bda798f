#pragma once

#include "domain/trace/trace.h"
#include "services/trace/tracelookup.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QVariant>

namespace Taktline {

// What the Traceability page, its Excel export and its PDF report say about a genealogy node:
// kind names and colours, when, who, machine, quantity and result read from the details keys
// the services write, whether the node is a problem, and which code a drill-down traces.
class TraceText final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::TraceText)

public:
    static QString kindKey(const TraceNode &node) { return TraceNode::kindKey(node.kind); }
    static QString kindName(const QString &kindKey); // "Work order"; the key itself if unknown
    static QColor kindColor(const QString &kindKey);
    static QIcon kindIcon(const QString &kindKey, bool problem = false);
    static QString directionName(TraceDirection direction); // 正向追溯

    static QString timeText(qint64 atMs);      // local time, "2026-11-23 08:15"; empty for 0
    static QString shortTimeText(qint64 atMs); // "11-23 08:15", for a narrow view
    // A quantity to at most three decimals without trailing zeros: "12.39", "10,000".
    static QString amount(double value);
    static QString employee(const TraceNode &node);
    static QString customer(const TraceNode &node); // of a shipment
    // Who did it, or for a shipment who received it.
    static QString who(const TraceNode &node);
    static QString machine(const TraceNode &node);
    static QVariant quantity(const TraceNode &node); // a number, or invalid when none applies
    static QString quantityText(const TraceNode &node);
    static QString result(const TraceNode &node); // Passed, Failed, Blocked: …, Voided, state
    static QString material(const TraceNode &node);
    static QString supplier(const TraceNode &node);
    static QString supplierLot(const TraceNode &node);
    // The code a user reads and scans; empty for reports, whose code is an internal key.
    static QString shownCode(const TraceNode &node);
    // Failed step, blocked lot or voided report: shown in red (voided in grey) and counted.
    static bool isProblem(const TraceNode &node);
    static bool isVoided(const TraceNode &node);
    // What double-clicking NODE traces: the work order of a step, the lot, the serial; empty
    // when there is nothing to trace (a report).
    static QString drillCode(const TraceNode &node);
    // The direction TraceLookup took for ASKED on a tree with ROOT at its top.
    static TraceDirection usedDirection(const TraceNode &root, TraceDirection asked);
    // "L2611-0003 45号圆钢 → 12 work orders, 14 feeds": what the tree holds, counted by kind.
    static QString summary(const TraceNode &root, TraceDirection direction);
    // The tree's nodes with their depth, depth first, the root first at depth 0.
    static QList<QPair<const TraceNode *, int>> rows(const TraceNode &root);
};

} // namespace Taktline
