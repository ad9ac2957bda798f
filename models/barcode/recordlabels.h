#pragma once

#include "barcode/labelcontent.h"
#include "domain/masterdata/masterrecord.h"

namespace Taktline {

// The labels of master data that hangs on the shop floor: a place's LOC:<code> (库位标签) and a
// machine's MC:<code>, each with the code and the name to read.
class RecordLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RecordLabels)

public:
    // Whether records of KIND get labels here.
    static bool labelled(MasterDataKind kind);
    // One label per record, in the order given; refused with the reason when a code cannot be
    // carried in a symbol.
    static Result<QList<Label>> forRecords(MasterDataKind kind, const QList<MasterRecord> &records);
};

} // namespace Taktline
