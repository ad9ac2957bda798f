#pragma once

#include "domain/masterdata/fieldspec.h"

namespace Taktline {

const EntitySpec &entitySpec(MasterDataKind kind);
QList<MasterDataKind> allMasterDataKinds();

} // namespace Taktline
