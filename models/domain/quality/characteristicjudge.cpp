#include "domain/quality/characteristicjudge.h"

#include <QCoreApplication>

#include <cmath>

namespace Taktline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Taktline::Quality", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// "9.98 mm", or "9.98" without a unit.
QString reading(double value, const QString &unit)
{
    return unit.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + unit;
}

bool isEmpty(const InspectionEntry &entry)
{
    return !entry.value && entry.text.trimmed().isEmpty();
}

Result<Judgement> refuseEmpty(const Characteristic &c)
{
    return Outcome::failure(tr("%1: this characteristic is required, enter a result.").arg(c.name));
}

// How wide the tolerance is, to tell a reading from a typo: the distance between the limits, or
// for a one-sided limit its distance from the nominal (else from zero); never zero.
double toleranceWidth(const Characteristic &c)
{
    double width = 0;
    if (c.lower && c.upper)
        width = *c.upper - *c.lower;
    else if (const std::optional<double> limit = c.upper ? c.upper : c.lower) {
        width = c.nominal ? std::abs(*limit - *c.nominal) : std::abs(*limit);
    }
    if (width <= 0) {
        const double scale = c.nominal ? std::abs(*c.nominal)
                             : c.upper ? std::abs(*c.upper)
                             : c.lower ? std::abs(*c.lower)
                                       : 0.0;
        width = scale > 0 ? scale * 0.1 : 1.0;
    }
    return width;
}

Result<Judgement> judgeMeasured(const Characteristic &c, const InspectionEntry &entry)
{
    if (!entry.value) {
        if (!entry.text.trimmed().isEmpty())
            return Outcome::failure(
                tr("%1: \"%2\" is not a number; enter the measured value.").arg(c.name, entry.text));
        if (c.required)
            return refuseEmpty(c);
        return Judgement{true, tr("%1: not measured").arg(c.name)};
    }
    const double v = *entry.value;
    if (!std::isfinite(v))
        return Outcome::failure(tr("%1: enter the measured value as a number.").arg(c.name));
    const QString shown = reading(v, c.unit);
    const double width = toleranceWidth(c);
    const bool allPositive = (!c.lower || *c.lower >= 0) && (!c.upper || *c.upper >= 0)
                             && (!c.nominal || *c.nominal >= 0);
    // Both limits: ten widths outside either; one limit: ten widths from it on either side.
    const double low = c.lower ? *c.lower : *c.upper;
    const double high = c.upper ? *c.upper : *c.lower;
    const bool limited = c.lower || c.upper;
    const bool implausible = (limited && (v < low - 10 * width || v > high + 10 * width))
                             || (allPositive && v < 0);
    if (implausible) {
        QString limits;
        if (c.lower && c.upper)
            limits = number(*c.lower) + QStringLiteral(" … ") + number(*c.upper);
        else if (c.upper)
            limits = QStringLiteral("≤ ") + number(*c.upper);
        else if (c.lower)
            limits = QStringLiteral("≥ ") + number(*c.lower);
        return Outcome::failure(
            tr("%1: %2 cannot be a reading (limits %3); check the value typed.")
                .arg(c.name, shown, limits));
    }
    if (c.upper && v > *c.upper)
        return Judgement{false, tr("%1: above %2").arg(shown, reading(*c.upper, c.unit))};
    if (c.lower && v < *c.lower)
        return Judgement{false, tr("%1: below %2").arg(shown, reading(*c.lower, c.unit))};
    if (c.lower && c.upper)
        return Judgement{true, tr("%1: within %2 … %3").arg(shown, number(*c.lower),
                                                           reading(*c.upper, c.unit))};
    if (c.upper)
        return Judgement{true, tr("%1: not above %2").arg(shown, reading(*c.upper, c.unit))};
    if (c.lower)
        return Judgement{true, tr("%1: not below %2").arg(shown, reading(*c.lower, c.unit))};
    return Judgement{true, shown};
}

Result<Judgement> judgePassFail(const Characteristic &c, const InspectionEntry &entry)
{
    const QString text = entry.text.trimmed();
    if (text == QLatin1String("pass"))
        return Judgement{true, tr("%1: pass").arg(c.name)};
    if (text == QLatin1String("fail"))
        return Judgement{false, tr("%1: fail").arg(c.name)};
    if (isEmpty(entry)) {
        if (c.required)
            return refuseEmpty(c);
        return Judgement{true, tr("%1: not checked").arg(c.name)};
    }
    return Outcome::failure(tr("%1: answer pass or fail.").arg(c.name));
}

Result<Judgement> judgeChoice(const Characteristic &c, const InspectionEntry &entry)
{
    const QString text = entry.text.trimmed();
    if (isEmpty(entry)) {
        if (c.required)
            return refuseEmpty(c);
        return Judgement{true, tr("%1: not checked").arg(c.name)};
    }
    if (!c.choices.contains(text))
        return Outcome::failure(tr("%1: \"%2\" is not one of the choices (%3).")
                                    .arg(c.name, text, c.choices.join(QStringLiteral(", "))));
    if (c.passChoices.contains(text))
        return Judgement{true, tr("%1: %2, acceptable").arg(c.name, text)};
    return Judgement{false, tr("%1: %2, not acceptable").arg(c.name, text)};
}

Result<Judgement> judgePhoto(const Characteristic &c, const InspectionEntry &entry)
{
    if (entry.text.trimmed().isEmpty()) {
        if (c.required)
            return Outcome::failure(tr("%1: take or choose a photo.").arg(c.name));
        return Judgement{true, tr("%1: no photo").arg(c.name)};
    }
    return Judgement{true, tr("%1: photo taken").arg(c.name)};
}

} // namespace

Result<Judgement> CharacteristicJudge::judge(const Characteristic &characteristic,
                                             const InspectionEntry &entry)
{
    switch (characteristic.kind) {
    case CharacteristicKind::Measured:
        return judgeMeasured(characteristic, entry);
    case CharacteristicKind::PassFail:
        return judgePassFail(characteristic, entry);
    case CharacteristicKind::Choice:
        return judgeChoice(characteristic, entry);
    case CharacteristicKind::Photo:
        return judgePhoto(characteristic, entry);
    }
    return Outcome::failure(tr("%1: unknown kind of characteristic.").arg(characteristic.name));
}

} // namespace Taktline
