#pragma once

#include "fieldspec.h"

namespace Taktline {

const EntitySpec &entitySpec(MasterDataKind kind);
QList<MasterDataKind> allMasterDataKinds();

} // namespace Taktline
