#pragma once

#include "domain/quality/samplingtables.h"

namespace Taktline {

// The switching rules of GB/T 2828.1 clause 9 for one product (final inspection) or one supplier
// (incoming inspection), replayed over its lots in order: normal → tightened when 2 of 5 or
// fewer consecutive lots are not accepted (9.3.1); tightened → normal after 5 consecutive lots
// accepted (9.3.2); normal → reduced when the switching score reaches 30 and reduced inspection
// is allowed (9.3.3); reduced → normal on a lot not accepted (9.3.4); when the lots not accepted
// while on tightened inspection add up to 5, inspection stops (discontinued, 9.4) until the
// supplier has acted. Plain value type; no database.
class SamplingSwitch final
{
public:
    explicit SamplingSwitch(bool allowReduced = false);

    Severity severity() const;
    bool discontinued() const;  // 暂停检验: five lots not accepted on tightened inspection
    int switchingScore() const; // 9.3.3 转移得分, meaningful on normal inspection only
    // Records one lot inspected at the current severity with PLAN and NONCONFORMING items (or
    // nonconformities) found in its sample. The score of 9.3.3.2 needs the count when Ac ≥ 2
    // (+3 if the lot would have been accepted at the AQL one step tighter); NONCONFORMING < 0
    // means "not known" and then such a lot resets the score as if it had not passed the
    // tighter plan. Lots recorded while discontinued are ignored.
    void record(bool accepted, const SamplingPlan &plan, int nonconforming);
    // The same without the count: use the three-argument form when Ac may be 2 or more.
    void record(bool accepted, const SamplingPlan &plan);
    // Resumes normal-level sampling after a discontinuation, as tightened inspection (9.4).
    void resume();
    // One line saying where the rules stand, translated ("正常检验，转移得分 12").
    QString describe() const;

private:
    void enter(Severity severity);

    bool m_allowReduced;
    Severity m_severity = Severity::Normal;
    bool m_discontinued = false;
    int m_score = 0;
    QList<bool> m_recent; // the latest lots (accepted?) at the current severity, newest last
    int m_tightenedRejections = 0;
};

} // namespace Taktline
