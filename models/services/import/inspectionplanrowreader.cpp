#include "services/import/inspectionplanrowreader.h"

#include "services/import/inspectionplankeys.h"
#include "domain/quality/samplingtables.h"

#include <algorithm>
#include <cmath>

namespace Taktline {

using namespace InspectionPlanKeys;

namespace {

constexpr double MaxLimit = 1e9;

QStringList split(const QString &text)
{
    QString normal = text;
    normal.replace(QChar(0xFF5C), QLatin1Char('|'));
    QStringList parts;
    for (const QString &part : normal.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts;
}

bool sameCharacteristic(const Characteristic &a, const Characteristic &b)
{
    return a.name == b.name && a.kind == b.kind && a.nominal == b.nominal && a.lower == b.lower &&
           a.upper == b.upper && a.unit == b.unit && a.choices == b.choices &&
           a.passChoices == b.passChoices && a.gauge == b.gauge && a.method == b.method &&
           a.required == b.required;
}

} // namespace

const QList<CharacteristicKind> &InspectionPlanRowReader::kinds()
{
    static const QList<CharacteristicKind> all = {
        CharacteristicKind::Measured, CharacteristicKind::PassFail, CharacteristicKind::Choice,
        CharacteristicKind::Photo};
    return all;
}

const QList<InspectionLevel> &InspectionPlanRowReader::levels()
{
    static const QList<InspectionLevel> all = {
        InspectionLevel::S1, InspectionLevel::S2, InspectionLevel::S3, InspectionLevel::S4,
        InspectionLevel::I,  InspectionLevel::II, InspectionLevel::III};
    return all;
}

void InspectionPlanRowReader::readSettings(QList<ImportRecord> &records, int index, Group &group) const
{
    ImportRecord &r = records[index];
    InspectionPlan &p = group.plan;
    // A setting given twice for one plan must say the same; the first row that gives it wins.
    const auto take = [&](const QString &key, auto value, auto &field) {
        if (const auto at = group.given.constFind(key); at != group.given.cend()) {
            if (field != value)
                r.problem(
                    key,
                    tr("Differs from row %1 of the same plan.").arg(records.at(at.value()).row()));
            return;
        }
        group.given.insert(key, index);
        if (field != value) {
            field = value;
            group.changed = true;
        }
    };
    const auto yesNo = [&](const QString &key, bool &field) {
        if (const std::optional<bool> value = r.yesNo(key))
            take(key, *value, field);
    };
    yesNo(FirstArticle, p.firstArticle);
    yesNo(Gate, p.firstArticleGate);
    yesNo(Final, p.final);
    yesNo(Incoming, p.incoming);
    yesNo(Reduced, p.allowReduced);
    for (const auto &[key, field] :
         {std::pair{PatrolPieces, &p.patrolPieces}, std::pair{PatrolMinutes, &p.patrolMinutes}}) {
        if (const std::optional<double> n = r.number(key, 0, 1e6, true))
            take(key, int(*n), *field);
    }
    if (const std::optional<double> aql = r.number(Aql, 0.001, 1000)) {
        if (std::none_of(SamplingTables::aqls().cbegin(), SamplingTables::aqls().cend(),
                         [&](double a) { return std::abs(a - *aql) <= a * 1e-6; }))
            r.problem(Aql, tr("Not a preferred AQL of the sampling tables, such as 0.65, 1.0 "
                              "or 2.5."));
        else
            take(Aql, *aql, p.aql);
    }
    if (const std::optional<int> level = r.choice(Level))
        take(Level, levels().at(*level), p.level);
}

void InspectionPlanRowReader::readCharacteristic(QList<ImportRecord> &records, int index, Group &group)
{
    ImportRecord &r = records[index];
    Characteristic c;
    c.name = r.text(Name, 80).simplified();
    QStringList keys;
    for (CharacteristicKind kind : kinds())
        keys << characteristicKindKey(kind);
    const std::optional<int> kind = r.choice(Kind, keys);
    const auto number = [&](const QString &key) {
        return r.number(key, -MaxLimit, MaxLimit);
    };
    c.nominal = number(Nominal);
    c.lower = number(Lower);
    c.upper = number(Upper);
    if (kind)
        c.kind = kinds().at(*kind);
    else
        c.kind = c.lower || c.upper ? CharacteristicKind::Measured : CharacteristicKind::PassFail;
    c.unit = r.text(Unit, 20).simplified();
    c.choices = split(r.text(Choices, 500));
    c.passChoices = split(r.text(PassChoices, 500));
    c.gauge = r.text(Gauge, 80).simplified();
    c.method = r.text(Method, 200).trimmed();
    c.required = r.yesNo(Required).value_or(true);
    if (c.name.isEmpty())
        return;
    const QString folded = c.name.toCaseFolded();
    if (const auto at = group.names.constFind(folded); at != group.names.cend()) {
        r.problem(Name, tr("The same characteristic of this plan is also on row %1.")
                            .arg(records.at(at.value()).row()));
        return;
    }
    group.names.insert(folded, index);
    QList<Characteristic> &list = group.plan.characteristics;
    const auto known = std::find_if(list.begin(), list.end(), [&](const Characteristic &k) {
        return k.name.toCaseFolded() == folded;
    });
    if (known == list.end()) {
        list.append(c);
        ++m_counts.added;
        group.changed = true;
    } else if (sameCharacteristic(*known, c)) {
        ++m_counts.unchanged;
    } else {
        c.id = known->id;
        c.planId = known->planId;
        *known = c;
        ++m_counts.changed;
        group.changed = true;
    }
}

} // namespace Taktline
