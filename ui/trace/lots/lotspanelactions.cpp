// LotsPanel's dialogs: receiving material and the label offered after it, blocking and
// releasing with a reason, printing or saving a lot's label.
#include "trace/lots/lotspanel.h"

#include "common/labelprintdialog.h"
#include "common/messagebanner.h"
#include "io/lotlabel.h"
#include "item/trace/lottablemodel.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"
#include "trace/lots/lotreasondialog.h"
#include "trace/lots/receivelotdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace Taktline {

void LotsPanel::openReceiveDialog()
{
    const Result<QList<MasterRecord>> products =
        m_workspace->masterData()->list(MasterDataKind::Product, false);
    if (!products) {
        m_banner->showMessage(products.error());
        return;
    }
    ReceiveLotDialog dialog(
        products.value(), m_model->suppliers(),
        [this](const LotReceipt &receipt) { return receive(receipt); }, this);
    if (dialog.exec() == QDialog::Accepted)
        offerLabel(dialog.receivedLot());
}

void LotsPanel::openReasonDialog(bool blocking)
{
    const QString lotNo = selectedLot();
    if (lotNo.isEmpty())
        return;
    const QStringList suggestions =
        blocking ? QStringList{tr("Incoming inspection failed"), tr("Supplier recall"),
                               tr("Customer complaint"), tr("Wrong material delivered")}
                 : QStringList{tr("Inspected again and accepted"), tr("Concession approved")};
    LotReasonDialog dialog(
        blocking ? tr("Block lot %1").arg(lotNo) : tr("Release lot %1").arg(lotNo),
        blocking ? tr("Why is lot %1 blocked? Whoever scans it is shown the reason.").arg(lotNo)
                 : tr("Why may lot %1 be fed again? The reason is kept.").arg(lotNo),
        suggestions, blocking ? tr("Block") : tr("Release"),
        [this, lotNo, blocking](const QString &reason) {
            return blocking ? block(lotNo, reason) : unblock(lotNo, reason);
        },
        this);
    dialog.exec();
}

void LotsPanel::offerLabel(const QString &lotNo)
{
    QMessageBox offer(QMessageBox::Question, tr("Lot %1 received").arg(lotNo),
                      tr("Print the label of lot %1 now, to stick on the material?").arg(lotNo),
                      QMessageBox::NoButton, this);
    offer.setObjectName(QStringLiteral("labelOffer"));
    QPushButton *print = offer.addButton(tr("Print label…"), QMessageBox::AcceptRole);
    QPushButton *pdf = offer.addButton(tr("Save label as PDF…"), QMessageBox::ActionRole);
    offer.addButton(tr("Not now"), QMessageBox::RejectRole);
    offer.setDefaultButton(print);
    offer.exec();
    if (offer.clickedButton() == print)
        printLabel(lotNo);
    else if (offer.clickedButton() == pdf)
        saveLabelAsPdf(lotNo);
}

void LotsPanel::printLabel(const QString &lotNo)
{
    const LotRow *row = rowOf(lotNo);
    if (!row)
        return;
    const Result<Label> label = LotLabel::build(*row, m_workspace->settings()->labelIdentifierPrefix());
    if (!label) {
        m_banner->showMessage(label.error());
        return;
    }
    bool printed = false;
    if (Outcome done = LabelPrintDialog::print({label.value()}, tr("Lot label %1").arg(lotNo),
                                               tr("the label of lot %1").arg(lotNo), this, &printed);
        !done)
        m_banner->showMessage(done.error());
    else if (printed)
        m_banner->showMessage(tr("Label of lot %1 sent to the printer.").arg(lotNo),
                              MessageBanner::Kind::Success);
}

Outcome LotsPanel::saveLabelPdf(const QString &lotNo, const QString &path)
{
    const LotRow *row = rowOf(lotNo);
    if (!row)
        return Outcome::failure(tr("No material lot %1 exists in this factory.").arg(lotNo));
    return LotLabel::savePdf(*row, m_workspace->settings()->labelIdentifierPrefix(), path);
}

void LotsPanel::saveLabelAsPdf(const QString &lotNo)
{
    if (lotNo.isEmpty())
        return;
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the label of lot %1").arg(lotNo),
        documents.filePath(tr("Lot label %1").arg(lotNo) + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Outcome done = saveLabelPdf(lotNo, path); !done)
        m_banner->showMessage(done.error());
    else
        m_banner->showMessage(
            tr("Label of lot %1 saved to %2.").arg(lotNo, QDir::toNativeSeparators(path)),
            MessageBanner::Kind::Success);
}

} // namespace Taktline
