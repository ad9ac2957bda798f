#include "workorders/travelleroutput.h"

#include "common/files/savefiledialog.h"
#include "common/messagebanner.h"
#include "io/travellerdocument.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QHash>
#include <QPrintDialog>
#include <QPrinter>

namespace Taktline {

TravellerOutput::TravellerOutput(Workspace *workspace, MessageBanner *banner,
                                 MachineLabel machineLabel, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_machineLabel(std::move(machineLabel))
    , m_window(window)
{
}

Result<TravellerDocument> TravellerOutput::document(const QString &workOrderId) const
{
    const Result<WorkOrder> order = m_workspace->workOrders()->find(workOrderId);
    if (!order)
        return order.outcome();
    const Result<QList<WorkOrderOperation>> ops =
        m_workspace->workOrders()->operations(workOrderId);
    if (!ops)
        return ops.outcome();
    QHash<QString, QString> machines;
    for (const WorkOrderOperation &op : ops.value()) {
        if (!machines.contains(op.machineId))
            machines.insert(op.machineId, m_machineLabel(op.machineId));
    }
    const Result<MasterRecord> product =
        m_workspace->masterData()->find(MasterDataKind::Product, order.value().productId);
    const MasterRecord productRecord = product ? product.value() : MasterRecord();
    TravellerDocument document(order.value(), ops.value(),
                               productRecord.text(QStringLiteral("part_no")),
                               productRecord.localizedName(), machines);
    document.setFactoryName(m_workspace->settings()->factoryName());
    if (Outcome ready = document.check(); !ready)
        return ready;
    return document;
}

void TravellerOutput::saveAsPdf(const QString &workOrderId)
{
    const Result<TravellerDocument> traveller = document(workOrderId);
    if (!traveller) {
        m_banner->showMessage(traveller.error());
        return;
    }
    const QString path = SaveFileDialog::ask(m_window, tr("Save traveller as PDF"), traveller.value().number(),
                                             {SaveFileDialog::Kind::Pdf});
    if (path.isEmpty())
        return;
    if (Outcome saved = traveller.value().writePdf(path); !saved)
        m_banner->showMessage(saved.error());
    else
        m_banner->showMessage(tr("Traveller saved to %1.").arg(QDir::toNativeSeparators(path)),
                              MessageBanner::Kind::Success);
}

void TravellerOutput::print(const QString &workOrderId)
{
    const Result<TravellerDocument> built = document(workOrderId);
    if (!built) {
        m_banner->showMessage(built.error());
        return;
    }
    const TravellerDocument &traveller = built.value();
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the sheet keeps its own margins, wider than any printer's
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Traveller %1").arg(traveller.number()));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print traveller %1").arg(traveller.number()));
    dialog.setMinMax(1, traveller.pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool range = printer.printRange() == QPrinter::PageRange;
    const Outcome printed = traveller.paint(printer, range ? printer.fromPage() - 1 : 0,
                                            range ? printer.toPage() - 1 : -1);
    if (!printed)
        m_banner->showMessage(printed.error());
    else if (printer.printerState() == QPrinter::Error)
        m_banner->showMessage(tr("The printer refused the traveller of %1. Check that it is on and "
                                 "connected, then try again.")
                                  .arg(traveller.number()));
    else
        m_banner->showMessage(tr("Traveller of %1 sent to the printer.").arg(traveller.number()),
                              MessageBanner::Kind::Success);
}

} // namespace Taktline
