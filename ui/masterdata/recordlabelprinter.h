#pragma once

#include "domain/masterdata/fieldspec.h"
#include "domain/outcome.h"

#include <QCoreApplication>

class QWidget;

namespace Taktline {

class MasterDataService;

// Prints the labels of every active place (LOC:) or machine (MC:) from Master data.
class RecordLabelPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RecordLabelPrinter)

public:
    // How many labels went to the printer (0 when the dialog was cancelled), or why none did.
    static Result<int> print(MasterDataService *masterData, MasterDataKind kind, QWidget *parent);
};

} // namespace Taktline
