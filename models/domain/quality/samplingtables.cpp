// The single sampling tables of GB/T 2828.1-2012, which are those of ISO 2859-1:1999 (and, for
// Table 1 and Table 2-A, of ANSI/ASQ Z1.4 and MIL-STD-105E): Table 1 (sample size code letters),
// Table 2-A (normal), Table 2-B (tightened, with its extra row S = 3150) and Table 2-C (reduced,
// the 1999 plans without a gap between Ac and Re).
//
// The master tables are printed as diagonals: one row further down (a larger sample) or one AQL
// column further left (a tighter AQL) keeps the plan's acceptance number. So each table is held
// here as the cells along a diagonal, indexed by letter index + AQL index (A = 0 … R = 15;
// 0.010 = 0 … 1000 = 25), plus the few cells at the table's edges that the diagonal cannot say.
// The values were checked against the printed tables: row listings of Table 2-A, a transcription
// of Tables 2-A/2-B for AQL 0.65 … 15, and the standard's worked examples (see the tests, which
// cite them cell by cell).
#include "domain/quality/samplingtables.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace Taktline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Taktline::Quality", text);
}

constexpr int LetterR = 15; // the last code letter of Table 1
constexpr int LetterS = 16; // Table 2-B only
constexpr int LetterE = 4;  // the last row with the plans of Ac 30 and above (AQL ≥ 150)
constexpr int AqlColumns = 26;
const QString Letters = QStringLiteral("ABCDEFGHJKLMNPQRS");

// Sample sizes of Tables 2-A/2-B (letter A … R, and S of Table 2-B) and of Table 2-C.
constexpr std::array<int, 17> SampleSizes = {2,   3,   5,   8,   13,  20,   32,   50,  80,
                                             125, 200, 315, 500, 800, 1250, 2000, 3150};
constexpr std::array<int, 16> ReducedSampleSizes = {2,  2,  2,  3,   5,   8,   13,  20,
                                                    32, 50, 80, 125, 200, 315, 500, 800};

// Table 1: the first lot size of each range, then the code letter at S-1, S-2, S-3, S-4, I, II,
// III.
struct LotRange
{
    qint64 from;
    const char *letters;
};
constexpr std::array<LotRange, 15> Table1 = {{{2, "AAAAAAB"},
                                              {9, "AAAAABC"},
                                              {16, "AABBBCD"},
                                              {26, "ABBCCDE"},
                                              {51, "BBCCCEF"},
                                              {91, "BBCDDFG"},
                                              {151, "BCDEEGH"},
                                              {281, "BCDEFHJ"},
                                              {501, "CCEFGJK"},
                                              {1201, "CDEGHKL"},
                                              {3201, "CDFGJLM"},
                                              {10001, "CDFHKMN"},
                                              {35001, "DEGJLNP"},
                                              {150001, "DEGJMPQ"},
                                              {500001, "DEHKNQR"}}};

// A cell of a master table: an acceptance number (Re = Ac + 1 in every single sampling plan of
// the 1999 tables), an arrow, or nothing (row S of Table 2-B outside its one plan).
constexpr int Down = -1; // use the first plan below the arrow
constexpr int Up = -2;   // use the first plan above the arrow
constexpr int None = -3;

// One master table along its diagonal: the cells for letter index + AQL index = 13 … 26.
// Below 13 every cell points down; above 26 every cell points up; the two last cells hold a plan
// only in rows A … E (the top right corner of the table), further down they point up.
using Diagonal = std::array<int, 14>;
// Table 2-A: 0/1, ↑, ↓, 1/2, 2/3, 3/4, 5/6, 7/8, 10/11, 14/15, 21/22, 30/31, 44/45.
constexpr Diagonal Normal = {Down, 0, Up, Down, 1, 2, 3, 5, 7, 10, 14, 21, 30, 44};
// Table 2-B: one AQL step tighter: 0/1, ↓, ↓, 1/2, 2/3, 3/4, 5/6, 8/9, 12/13, 18/19, 27/28, 41/42.
constexpr Diagonal Tightened = {Down, Down, 0, Down, Down, 1, 2, 3, 5, 8, 12, 18, 27, 41};
// Table 2-C: 0/1, ↑, ↓, ↓, 1/2, 2/3, 3/4, 5/6, 6/7, 8/9, 10/11, 14/15, 21/22.
constexpr Diagonal Reduced = {Down, 0, Up, Down, Down, 1, 2, 3, 5, 6, 8, 10, 14, 21};

int cell(Severity severity, int letter, int aql)
{
    if (letter == LetterS) // Table 2-B, row S: 1/2 under AQL 0.025 only
        return aql == 2 ? 1 : None;
    // Table 2-B, row A: no plan of Ac 0 on two pieces; AQL 10 points down to letter D.
    if (severity == Severity::Tightened && letter == 0 && aql == 15)
        return Down;
    const Diagonal &diagonal = severity == Severity::Normal      ? Normal
                               : severity == Severity::Tightened ? Tightened
                                                                 : Reduced;
    const int sum = letter + aql;
    if (sum < 13)
        return Down;
    if (sum > 26)
        return Up;
    const int value = diagonal[sum - 13];
    if (sum >= 25 && letter > LetterE)
        return Up;
    return value;
}

int lastLetter(Severity severity)
{
    return severity == Severity::Tightened ? LetterS : LetterR;
}

// Follows the arrows from LETTER to the row whose plan is used. An arrow that leaves the table
// (↑ in row A, ↓ in the last row) is followed the other way, as the printed tables direct:
// Table 2-A, A at AQL 10 → C; R at AQL 0.015 → P.
int planRow(Severity severity, int letter, int aql)
{
    const int first = cell(severity, letter, aql);
    if (first >= 0)
        return letter;
    if (first == None)
        return -1;
    int step = first == Down ? 1 : -1;
    for (int attempt = 0; attempt < 2; ++attempt, step = -step) {
        for (int row = letter + step; row >= 0 && row <= lastLetter(severity); row += step) {
            const int value = cell(severity, row, aql);
            if (value >= 0)
                return row;
            if (value == None)
                break;
        }
    }
    return -1;
}

int aqlIndex(double aql)
{
    const QList<double> &all = SamplingTables::aqls();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (std::abs(all.at(i) - aql) <= all.at(i) * 1e-9)
            return int(i);
    }
    return -1;
}

QString aqlList()
{
    QStringList texts;
    for (double aql : SamplingTables::aqls())
        texts.append(SamplingTables::aqlText(aql));
    return texts.join(QStringLiteral(" "));
}

QString aqlRefused(const QString &typed)
{
    return tr("AQL %1 is not one of the preferred values of GB/T 2828.1; use one of %2.")
        .arg(typed, aqlList());
}

} // namespace

QString inspectionLevelKey(InspectionLevel level)
{
    switch (level) {
    case InspectionLevel::S1:
        return QStringLiteral("S-1");
    case InspectionLevel::S2:
        return QStringLiteral("S-2");
    case InspectionLevel::S3:
        return QStringLiteral("S-3");
    case InspectionLevel::S4:
        return QStringLiteral("S-4");
    case InspectionLevel::I:
        return QStringLiteral("I");
    case InspectionLevel::II:
        return QStringLiteral("II");
    case InspectionLevel::III:
        return QStringLiteral("III");
    }
    return {};
}

std::optional<InspectionLevel> inspectionLevelFromKey(const QString &key)
{
    for (InspectionLevel level :
         {InspectionLevel::S1, InspectionLevel::S2, InspectionLevel::S3, InspectionLevel::S4,
          InspectionLevel::I, InspectionLevel::II, InspectionLevel::III}) {
        if (inspectionLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return QStringLiteral("normal");
    case Severity::Tightened:
        return QStringLiteral("tightened");
    case Severity::Reduced:
        return QStringLiteral("reduced");
    }
    return {};
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (Severity severity : {Severity::Normal, Severity::Tightened, Severity::Reduced}) {
        if (severityKey(severity) == key)
            return severity;
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return tr("Normal inspection");
    case Severity::Tightened:
        return tr("Tightened inspection");
    case Severity::Reduced:
        return tr("Reduced inspection");
    }
    return {};
}

const QList<double> &SamplingTables::aqls()
{
    static const QList<double> all = {0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40,
                                      0.65,  1.0,   1.5,   2.5,   4.0,   6.5,  10,   15,   25,
                                      40,    65,    100,   150,   250,   400,  650,  1000};
    return all;
}

QString SamplingTables::aqlText(double aql)
{
    if (aql < 0.1 - 1e-9)
        return QString::number(aql, 'f', 3);
    if (aql < 1 - 1e-9)
        return QString::number(aql, 'f', 2);
    if (aql < 10 - 1e-9)
        return QString::number(aql, 'f', 1);
    return QString::number(aql, 'f', 0);
}

Result<double> SamplingTables::aqlFromText(const QString &text)
{
    bool ok = false;
    const double aql = text.trimmed().toDouble(&ok);
    const int index = ok ? aqlIndex(aql) : -1;
    if (index < 0)
        return Outcome::failure(aqlRefused(text.trimmed()));
    return aqls().at(index);
}

Result<InspectionLevel> SamplingTables::levelFromText(const QString &text)
{
    if (const std::optional<InspectionLevel> level =
            inspectionLevelFromKey(text.trimmed().toUpper()))
        return *level;
    return Outcome::failure(
        tr("%1 is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, I, II or III.")
            .arg(text.trimmed()));
}

Result<QChar> SamplingTables::codeLetter(qint64 lotSize, InspectionLevel level)
{
    if (lotSize < 2)
        return Outcome::failure(tr("A lot of %1 pieces is outside Table 1 of GB/T 2828.1, which "
                                   "starts at a lot of 2 pieces.")
                                    .arg(lotSize));
    const int column = int(level);
    if (column < 0 || column > int(InspectionLevel::III))
        return Outcome::failure(tr("That is not an inspection level of GB/T 2828.1; use S-1, "
                                   "S-2, S-3, S-4, I, II or III."));
    const LotRange *range = &Table1.front();
    for (const LotRange &candidate : Table1) {
        if (lotSize >= candidate.from)
            range = &candidate;
    }
    return QChar::fromLatin1(range->letters[column]);
}

Result<SamplingPlan> SamplingTables::plan(QChar codeLetter, double aql, Severity severity)
{
    const int letter = int(Letters.indexOf(codeLetter.toUpper()));
    if (letter < 0 || letter > lastLetter(severity))
        return Outcome::failure(
            severity == Severity::Tightened
                ? tr("%1 is not a sample size code letter of Table 2-B; it has A to R and S.")
                      .arg(codeLetter)
                : tr("%1 is not a sample size code letter of GB/T 2828.1; Table 1 gives A to R.")
                      .arg(codeLetter));
    const int column = aqlIndex(aql);
    if (column < 0)
        return Outcome::failure(aqlRefused(QString::number(aql)));
    const int row = planRow(severity, letter, column);
    if (row < 0)
        return Outcome::failure(
            tr("%1 has no plan for code letter %2 at AQL %3.")
                .arg(severityName(severity), Letters.at(letter), aqlText(aqls().at(column))));
    SamplingPlan plan;
    plan.codeLetter = Letters.at(letter);
    plan.planLetter = Letters.at(row);
    plan.sampleSize =
        severity == Severity::Reduced ? ReducedSampleSizes.at(row) : SampleSizes.at(row);
    plan.accept = cell(severity, row, column);
    plan.reject = plan.accept + 1;
    return plan;
}

Result<SamplingPlan> SamplingTables::lookup(qint64 lotSize, InspectionLevel level, double aql,
                                            Severity severity)
{
    const Result<QChar> letter = codeLetter(lotSize, level);
    if (!letter)
        return letter.outcome();
    Result<SamplingPlan> found = plan(letter.value(), aql, severity);
    if (!found)
        return found;
    SamplingPlan result = found.value();
    if (result.sampleSize >= lotSize) {
        result.wholeLot = true;
        result.sampleSize = int(lotSize);
    }
    return result;
}

} // namespace Taktline
