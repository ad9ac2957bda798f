// STUB (issue 16 contract): the inspection helper replaces this file.
#include "domain/quality/characteristicjudge.h"

namespace Taktline {

Result<Judgement> CharacteristicJudge::judge(const Characteristic &, const InspectionEntry &)
{
    return Outcome::failure(QStringLiteral("judge: not built yet"));
}

} // namespace Taktline
