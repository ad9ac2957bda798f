#pragma once

#include "domain/quality/samplingtables.h"

namespace Taktline {

// The switching rules of GB/T 2828.1 clause 9 for one product (final inspection) or one supplier
// (incoming inspection), replayed over its lots in order: normal → tightened when 2 of 5 or
// fewer consecutive lots are not accepted; tightened → normal after 5 consecutive accepted;
// normal → reduced when the switching score reaches 30 and reduced inspection is allowed;
// reduced → normal on a lot not accepted; 5 consecutive lots on tightened → inspection stops
// (discontinued) until the supplier has acted. Plain value type; no database.
class SamplingSwitch final
{
public:
    explicit SamplingSwitch(bool allowReduced = false);

    Severity severity() const;
    bool discontinued() const;  // 暂停检验: five lots in a row on tightened inspection
    int switchingScore() const; // 9.3.3 转移得分, meaningful on normal inspection only
    // Records one lot inspected at the current severity with PLAN (its Ac decides the score).
    void record(bool accepted, const SamplingPlan &plan);
    // Resumes normal-level sampling after a discontinuation, as tightened inspection (9.4).
    void resume();
    // One line saying where the rules stand, translated ("正常检验，转换得分 12").
    QString describe() const;

private:
    bool m_allowReduced;
    Severity m_severity = Severity::Normal;
    bool m_discontinued = false;
    int m_score = 0;
    QList<bool> m_recent; // the latest lots at the current severity, newest last
    int m_tightenedRejections = 0;
};

} // namespace Taktline
