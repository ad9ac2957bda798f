#include "masterdata/recordlabelprinter.h"

#include "barcode/recordlabels.h"
#include "common/labelprintdialog.h"
#include "services/masterdata/masterdataservice.h"

namespace Taktline {

Result<int> RecordLabelPrinter::print(MasterDataService *masterData, MasterDataKind kind,
                                      QWidget *parent)
{
    const Result<QList<MasterRecord>> records = masterData->list(kind, false);
    if (!records)
        return Outcome::failure(records.error());
    if (records.value().isEmpty())
        return Outcome::failure(kind == MasterDataKind::Place
                                    ? tr("Add the places first: each gets a LOC: label.")
                                    : tr("Add the machines first: each gets an MC: label."));
    const Result<QList<Label>> labels = RecordLabels::forRecords(kind, records.value());
    if (!labels)
        return Outcome::failure(labels.error());
    const int count = int(labels.value().size());
    const bool places = kind == MasterDataKind::Place;
    bool printed = false;
    if (Outcome done = LabelPrintDialog::print(
            labels.value(), places ? tr("Place labels") : tr("Machine labels"),
            places ? tr("the labels of %n place(s)", nullptr, count)
                   : tr("the labels of %n machine(s)", nullptr, count),
            parent, &printed);
        !done)
        return Outcome::failure(done.error());
    return printed ? count : 0;
}

} // namespace Taktline
