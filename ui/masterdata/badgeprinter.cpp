#include "masterdata/badgeprinter.h"

#include "barcode/labelcontent.h"
#include "common/labelprintdialog.h"
#include "common/messagebanner.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

namespace Taktline {

void BadgePrinter::printAll(Workspace *workspace, MessageBanner *banner, QWidget *parent)
{
    const Result<QList<MasterRecord>> employees =
        workspace->masterData()->list(MasterDataKind::Employee, false);
    if (!employees) {
        banner->showMessage(employees.error());
        return;
    }
    QList<Label> labels;
    QStringList ids;
    for (const MasterRecord &employee : employees.value()) {
        const QString badge = employee.text(QStringLiteral("badge"));
        Result<Label> label = LabelContent::forCode(QStringLiteral("EMP:") + badge,
                                                    LabelSymbology::Qr, LabelSize::Mm50x30);
        if (!label) {
            banner->showMessage(label.error());
            return;
        }
        label.value().lines = {employee.text(QStringLiteral("name")), badge};
        labels.append(label.value());
        ids.append(employee.id);
    }
    if (labels.isEmpty()) {
        banner->showMessage(tr("Add the employees first: each gets a badge."),
                            MessageBanner::Kind::Info);
        return;
    }
    bool printed = false;
    if (Outcome done = LabelPrintDialog::print(labels, tr("Badges"),
                                               tr("the badges of %1 employees").arg(labels.size()),
                                               parent, &printed);
        !done) {
        banner->showMessage(done.error());
        return;
    }
    if (!printed)
        return;
    if (Outcome recorded = workspace->masterData()->recordBadgesPrinted(ids); !recorded)
        banner->showMessage(recorded.error());
    else
        banner->showMessage(tr("%1 badges went to the printer.").arg(labels.size()),
                            MessageBanner::Kind::Success);
}

} // namespace Taktline
