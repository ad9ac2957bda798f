#pragma once

#include <QString>

namespace Taktline {

// The inspection form's look, scoped to #inspectionForm: the station's big type and 52 px touch
// targets for gloved fingers, and green / red judgement lines.
QString inspectionStyleSheet();

} // namespace Taktline
