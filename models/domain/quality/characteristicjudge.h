#pragma once

#include "domain/outcome.h"
#include "domain/quality/inspectionplan.h"

#include <QString>

#include <optional>

namespace Taktline {

// What the inspector entered for one characteristic on one sample piece: a number for a measured
// characteristic, "pass"/"fail", one of the choices, or a photo (JPEG bytes, base64) in TEXT.
struct InspectionEntry
{
    QString characteristicId;
    int sampleNo = 1;
    std::optional<double> value;
    QString text;
};

// The verdict on one entry: within its limits (or an acceptable choice) or not, and a line
// saying why, for the big field that judges as the inspector types.
struct Judgement
{
    bool ok = false;
    QString message; // translated: "9.98 mm: within 9.95 … 10.05", "10.12 mm: above 10.05"
};

// Judges entries against their characteristic. Refuses (an error, not a fail) what cannot be a
// reading: an empty required entry, text for a number, a value outside any plausible range (more
// than ten tolerance widths from the limits, or a negative reading of a characteristic whose
// limits are all positive), a choice that is not offered.
class CharacteristicJudge final
{
public:
    static Result<Judgement> judge(const Characteristic &characteristic,
                                   const InspectionEntry &entry);
};

} // namespace Taktline
