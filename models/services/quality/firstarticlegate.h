#pragma once

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// The first-article gate (首件检验) of one step: whether the step's plan asks for a first
// article, whether one passed since the step started or its machine was last set up, and since
// when the machine waits for it (等待首检). Reads through the caller's connection, so that
// ReportingService asks it inside the report's own transaction.
class FirstArticleGate final
{
public:
    struct State
    {
        bool required = false; // the plan asks for a first article of this step
        bool gating = false;   // … and holds good quantity until it passed
        bool passed = false;   // a first article passed after the latest start / set-up
        QString planId;
        QString requestId;       // the open request, if the station asked
        qint64 waitingSinceMs = 0; // the open request's time; 0 when none
    };

    explicit FirstArticleGate(QSqlDatabase db);

    Result<State> state(const QString &operationId) const;
    // Refuses GOOD > 0 on a gated step whose first article has not passed, with a message the
    // operator understands ("首件未检验合格：请先送检首件，检验合格后才能报良品。"); defective
    // and rework quantities are always accepted.
    Outcome allowsGood(const QString &operationId, double good) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
