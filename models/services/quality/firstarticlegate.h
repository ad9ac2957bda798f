#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// The first-article gate (首件检验) of one step: whether the step's plan asks for a first
// article, whether one passed since the step started or its machine was last set up, and since
// when the machine waits for it (等待首检). Reads through the caller's connection, so that
// ReportingService asks it inside the report's own transaction.
class FirstArticleGate final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::FirstArticleGate)

public:
    struct State
    {
        bool required = false; // the plan asks for a first article of this step
        bool gating = false;   // … and holds good quantity until it passed
        bool passed = false;   // a first article passed after the latest start / set-up
        QString planId;
        QString requestId;       // the open request, if the station asked
        qint64 waitingSinceMs = 0; // the open request's time; 0 when none
        // The latest first article since the set-up failed (and none passed since).
        bool failed = false;
        qint64 setupAtMs = 0; // the machine's latest set-up the gate counts from; 0 when none
        // Good quantity is refused: a gating plan and no pass yet.
        bool holdsGood() const { return required && gating && !passed; }
    };

    explicit FirstArticleGate(QSqlDatabase db);

    // The step on its own planned machine.
    Result<State> state(const QString &operationId) const;
    // The step on MACHINE_ID (where the station reports; its planned machine when empty): a
    // set-up of that machine, or any set-up event of the step, closes the gate again.
    Result<State> state(const QString &operationId, const QString &machineId) const;
    // Refuses GOOD > 0 on a gated step whose first article has not passed, with a message the
    // operator understands ("首件未检验合格：请先送检首件，检验合格后才能报良品。"); defective
    // and rework quantities are always accepted.
    Outcome allowsGood(const QString &operationId, double good) const;
    Outcome allowsGood(const QString &operationId, double good, const QString &machineId) const;
    // The refusal for STATE, in the user's language.
    static QString refusal(const State &state);

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
