#include "trace/lots/lotlabeloutput.h"

#include "common/files/savefiledialog.h"
#include "common/labelprintdialog.h"
#include "common/messagebanner.h"
#include "io/lotlabel.h"
#include "item/trace/lottablemodel.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace Taktline {

LotLabelOutput::LotLabelOutput(Workspace *workspace, const LotTableModel *lots,
                               MessageBanner *banner, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_lots(lots)
    , m_banner(banner)
    , m_window(window)
{
}

const LotRow *LotLabelOutput::rowOf(const QString &lotNo) const
{
    const int row = m_lots->rowOfLot(lotNo);
    return row < 0 ? nullptr : &m_lots->rows().at(row);
}

void LotLabelOutput::offer(const QString &lotNo)
{
    QMessageBox offer(QMessageBox::Question, tr("Lot %1 received").arg(lotNo),
                      tr("Print the label of lot %1 now, to stick on the material?").arg(lotNo),
                      QMessageBox::NoButton, m_window);
    offer.setObjectName(QStringLiteral("labelOffer"));
    QPushButton *printButton = offer.addButton(tr("Print label…"), QMessageBox::AcceptRole);
    QPushButton *pdfButton = offer.addButton(tr("Save label as PDF…"), QMessageBox::ActionRole);
    offer.addButton(tr("Not now"), QMessageBox::RejectRole);
    offer.setDefaultButton(printButton);
    offer.exec();
    if (offer.clickedButton() == printButton)
        print(lotNo);
    else if (offer.clickedButton() == pdfButton)
        saveAsPdf(lotNo);
}

void LotLabelOutput::print(const QString &lotNo)
{
    const LotRow *row = rowOf(lotNo);
    if (!row)
        return;
    const Result<Label> label =
        LotLabel::build(*row, m_workspace->settings()->labelIdentifierPrefix());
    if (!label) {
        m_banner->showMessage(label.error());
        return;
    }
    bool printed = false;
    if (Outcome done =
            LabelPrintDialog::print({label.value()}, tr("Lot label %1").arg(lotNo),
                                    tr("the label of lot %1").arg(lotNo), m_window, &printed);
        !done)
        m_banner->showMessage(done.error());
    else if (printed)
        m_banner->showMessage(tr("Label of lot %1 sent to the printer.").arg(lotNo),
                              MessageBanner::Kind::Success);
}

Outcome LotLabelOutput::savePdf(const QString &lotNo, const QString &path) const
{
    const LotRow *row = rowOf(lotNo);
    if (!row)
        return Outcome::failure(tr("No material lot %1 exists in this factory.").arg(lotNo));
    return LotLabel::savePdf(*row, m_workspace->settings()->labelIdentifierPrefix(), path);
}

void LotLabelOutput::saveAsPdf(const QString &lotNo)
{
    if (lotNo.isEmpty())
        return;
    const QString path = SaveFileDialog::ask(m_window, tr("Save the label of lot %1").arg(lotNo),
                                             tr("Lot label %1").arg(lotNo), {SaveFileDialog::Kind::Pdf});
    if (path.isEmpty())
        return;
    if (Outcome done = savePdf(lotNo, path); !done)
        m_banner->showMessage(done.error());
    else
        m_banner->showMessage(
            tr("Label of lot %1 saved to %2.").arg(lotNo, QDir::toNativeSeparators(path)),
            MessageBanner::Kind::Success);
}

} // namespace Taktline
