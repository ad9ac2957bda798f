#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"

#include <QCoreApplication>

namespace Taktline {

class Workspace;

enum class TraceDirection { Auto, Backward, Forward };

// Traces whatever code a user scans or types (work order, production lot, material lot, serial,
// shipment) in the direction asked, or the natural one: a material lot forward, the rest backward.
// The Traceability page and `taktline trace` both go through here.
class TraceLookup final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::TraceLookup)
public:
    explicit TraceLookup(const Workspace *workspace) : m_workspace(workspace) {}

    Result<TraceNode> trace(const QString &code, TraceDirection direction = TraceDirection::Auto) const;

private:
    // A shipment with its lines; backward, each line's work order or serial traced backward.
    Result<TraceNode> traceShipment(const QString &code, TraceDirection direction) const;

    const Workspace *m_workspace;
};

} // namespace Taktline
