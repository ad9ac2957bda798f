#include "services/quality/inspectionverdicts.h"

#include <QHash>
#include <QSet>

namespace Taktline {

Result<InspectionVerdict> InspectionVerdicts::judge(const InspectionInput &input,
                                                    const InspectionSubject &subject)
{
    QHash<QString, const Characteristic *> byId;
    for (const Characteristic &c : subject.plan.characteristics)
        byId.insert(c.id, &c);
    const int samples = subject.samples;
    InspectionVerdict verdict;
    verdict.sampling = subject.sampling;
    verdict.severity = subject.severity;
    QSet<QString> seen;  // characteristic + sample
    QSet<int> failing;   // sample numbers
    for (const InspectionEntry &entry : input.entries) {
        const Characteristic *c = byId.value(entry.characteristicId);
        if (!c)
            return Outcome::failure(tr("An entry names a characteristic that is not in the plan "
                                       "%1: reopen the form and enter it again.")
                                        .arg(subject.plan.name));
        if (entry.sampleNo < 1 || entry.sampleNo > samples)
            return Outcome::failure(tr("%1: sample %2 is not one of the %3 sample pieces.")
                                        .arg(c->name)
                                        .arg(entry.sampleNo)
                                        .arg(samples));
        const QString key = entry.characteristicId + QLatin1Char('#') + QString::number(entry.sampleNo);
        if (seen.contains(key))
            return Outcome::failure(tr("%1 is entered twice for sample %2.")
                                        .arg(c->name)
                                        .arg(entry.sampleNo));
        seen.insert(key);
        const Result<Judgement> judged = CharacteristicJudge::judge(*c, entry);
        if (!judged) {
            if (samples > 1)
                return Outcome::failure(
                    tr("Sample %1: %2").arg(entry.sampleNo).arg(judged.error()));
            return judged.outcome();
        }
        if (!judged.value().ok)
            failing.insert(entry.sampleNo);
        verdict.judgements.append(judged.value());
    }
    for (int sample = 1; sample <= samples; ++sample) {
        for (const Characteristic &c : subject.plan.characteristics) {
            if (!c.required || seen.contains(c.id + QLatin1Char('#') + QString::number(sample)))
                continue;
            if (samples > 1)
                return Outcome::failure(tr("Sample %1 of %2 has no result for %3: every required "
                                           "characteristic of every sample needs one.")
                                            .arg(sample)
                                            .arg(samples)
                                            .arg(c.name));
            return Outcome::failure(tr("%1 has no result: every required characteristic needs "
                                       "one.")
                                        .arg(c.name));
        }
    }
    verdict.nonconforming = int(failing.size());
    verdict.passed = subject.sampling ? verdict.nonconforming <= subject.sampling->accept
                                      : verdict.nonconforming == 0;
    verdict.summary = summary(verdict, samples);
    return verdict;
}

QString InspectionVerdicts::summary(const InspectionVerdict &verdict, int samples)
{
    const QString result = verdict.passed ? tr("Pass") : tr("Fail");
    if (verdict.sampling)
        return tr("%1: %2 of %3 samples nonconforming (Ac %4, Re %5)")
            .arg(result)
            .arg(verdict.nonconforming)
            .arg(samples)
            .arg(verdict.sampling->accept)
            .arg(verdict.sampling->reject);
    if (samples > 1)
        return tr("%1: %2 of %3 samples nonconforming")
            .arg(result)
            .arg(verdict.nonconforming)
            .arg(samples);
    return verdict.passed ? tr("Pass: every characteristic within its limits")
                          : tr("Fail: a characteristic is not acceptable");
}

} // namespace Taktline
