#pragma once

#include "domain/outcome.h"

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// GB/T 2828.1-2012 (≡ ISO 2859-1:1999) inspection levels: special S-1…S-4, general I, II, III.
enum class InspectionLevel { S1, S2, S3, S4, I, II, III };
// Normal, tightened or reduced inspection (正常 / 加严 / 放宽检验).
enum class Severity { Normal, Tightened, Reduced };

QString inspectionLevelKey(InspectionLevel level); // "S-1" … "III" (also shown as is)
std::optional<InspectionLevel> inspectionLevelFromKey(const QString &key);
QString severityKey(Severity severity); // "normal", "tightened", "reduced"
std::optional<Severity> severityFromKey(const QString &key);
QString severityName(Severity severity); // translated

// A single sampling plan: take SAMPLE_SIZE pieces; accept the lot with at most ACCEPT
// nonconforming pieces, reject it with REJECT or more.
struct SamplingPlan
{
    QChar codeLetter; // from the lot size and level (Table 1)
    QChar planLetter; // where the arrows of the master table led (the sample size's letter)
    int sampleSize = 0;
    int accept = 0;
    int reject = 1;
    bool wholeLot = false; // the sample is at least the lot: inspect every piece (100%)
};

// The tables of GB/T 2828.1 for single sampling, as data in the code: Table 1 (sample size code
// letters), Table 2-A/2-B/2-C (normal, tightened, reduced master tables) with their arrows
// followed. Every lookup that falls outside the tables is refused with a clear message.
class SamplingTables final
{
public:
    // The preferred AQL values of the standard (0.010 … 1000).
    static const QList<double> &aqls();
    // Table 1: the sample size code letter for a lot of LOT_SIZE pieces (≥ 2) at LEVEL.
    static Result<QChar> codeLetter(qint64 lotSize, InspectionLevel level);
    // Tables 2-A/B/C: the plan for CODE_LETTER and AQL (one of aqls()) at SEVERITY.
    static Result<SamplingPlan> plan(QChar codeLetter, double aql, Severity severity);
    // Both at once, with wholeLot set when the sample size is not smaller than the lot (the
    // sample size is then the lot size: every piece is inspected, Ac and Re stay the plan's).
    static Result<SamplingPlan> lookup(qint64 lotSize, InspectionLevel level, double aql,
                                       Severity severity);

    // The AQL as the standard prints it ("0.010", "0.65", "1.0", "10"), for messages and output.
    static QString aqlText(double aql);
    // An AQL as typed ("1", "1.0", "0.65"): one of aqls(), or a message naming them.
    static Result<double> aqlFromText(const QString &text);
    // An inspection level as typed ("II", "s-1"): the level, or a message naming the levels.
    static Result<InspectionLevel> levelFromText(const QString &text);
};

} // namespace Taktline
