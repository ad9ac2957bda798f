// The station page's behaviour: reporting, scanning, picking and what the operator sees and
// hears back. The layout is in stationpage.cpp.
#include "station/stationpage.h"

#include "scan/camerascandialog.h"
#include "scan/scannerinputfilter.h"
#include "services/workspace.h"
#include "station/quantitykeypad.h"
#include "station/reasonbuttons.h"
#include "station/stationpickdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSoundEffect>
#include <QStyle>

#include <optional>

namespace Taktline {

QString StationPage::messageText() const
{
    return m_message->text();
}

QString StationPage::stepHintText() const
{
    return m_stepHint->text();
}

void StationPage::onScanned(const QString &code)
{
    // Every page that uses the one filter hears its scans; only the shown station takes them.
    if (!isVisible() || m_filter->scanTarget() != this)
        return;
    m_session->handleScan(code);
}

void StationPage::report()
{
    QString reasonId;
    double values[3] = {0, 0, 0};
    const QString names[3] = {QStringLiteral("good"), QStringLiteral("defective"),
                              QStringLiteral("rework")};
    for (int i = 0; i < 3; ++i) {
        QLineEdit *edit = m_quantities.value(names[i]);
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = QLocale::c().toDouble(text, &ok);
        if (!ok) {
            m_session->touch();
            showMessage(tr("\"%1\" is not a number. Clear the box with C and type the quantity "
                           "again.")
                            .arg(text),
                        StationSession::MessageKind::Error);
            setActiveQuantity(edit);
            return;
        }
        values[i] = value;
    }
    if (values[1] > 0)
        reasonId = m_defectReasons->selectedId();
    m_session->submit(values[0], values[1], values[2], reasonId);
}

void StationPage::pickOperator()
{
    StationPickDialog dialog(m_workspace->masterData(), MasterDataKind::Employee, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->selectOperator(dialog.selectedId());
}

void StationPage::pickMachine()
{
    if (m_session->machineFixed()) {
        showMessage(tr("This station belongs to machine %1.").arg(m_session->machineCode()),
                    StationSession::MessageKind::Warning);
        return;
    }
    StationPickDialog dialog(m_workspace->masterData(), MasterDataKind::Machine, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->selectMachine(dialog.selectedId());
}

void StationPage::scanWithCamera()
{
    m_session->touch();
    CameraScanDialog dialog(this);
    // The dialog is modal: scanner bursts meanwhile go to the dialog's window, not here.
    if (dialog.exec() == QDialog::Accepted && !dialog.code().isEmpty())
        m_session->handleScan(dialog.code());
}

void StationPage::showMessage(const QString &text, StationSession::MessageKind kind)
{
    static const char *kinds[] = {"ok", "warning", "error"};
    m_message->setText(text);
    m_message->setProperty("kind", QString::fromLatin1(kinds[static_cast<int>(kind)]));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    if (kind == StationSession::MessageKind::Error) {
        m_card->flash(StationCard::Flash::Refused);
        playSound(false);
    } else if (kind == StationSession::MessageKind::Warning) {
        m_card->flash(StationCard::Flash::Warning); // saved, but look: a failed piece, a repeat
    }
}

void StationPage::playSound(bool ok)
{
    QSoundEffect *sound = ok ? m_okSound : m_refusedSound;
    if (sound && sound->status() != QSoundEffect::Error)
        sound->play();
    else if (isVisible())
        QApplication::beep(); // no speaker found: the system bell still says something happened
}

void StationPage::updateOperator()
{
    const bool empty = m_session->employeeId().isEmpty();
    m_operatorTile->setText(empty ? tr("Operator\nScan your badge")
                                  : tr("Operator\n%1  %2").arg(m_session->employeeName(),
                                                               m_session->employeeBadge()));
    m_operatorTile->setProperty("empty", empty);
    m_operatorTile->style()->unpolish(m_operatorTile);
    m_operatorTile->style()->polish(m_operatorTile);
    if (empty)
        clearQuantities();
}

void StationPage::updateMachine()
{
    const bool empty = m_session->machineId().isEmpty();
    m_machineTile->setText(empty ? tr("Machine\nScan the machine")
                                 : tr("Machine\n%1  %2").arg(m_session->machineCode(),
                                                             m_session->machineName()));
    m_machineTile->setProperty("empty", empty);
    m_machineTile->style()->unpolish(m_machineTile);
    m_machineTile->style()->polish(m_machineTile);
    m_machineStatus->setVisible(!empty);
    const MachineStatus status = m_session->machineStatus();
    m_machineStatus->setText(machineStatusDisplayName(status));
    m_machineStatus->setProperty("status", machineStatusKey(status));
    m_machineStatus->style()->unpolish(m_machineStatus);
    m_machineStatus->style()->polish(m_machineStatus);
}

void StationPage::updateOperation()
{
    m_card->setOperation(m_session->operation(), m_session->materialLot(), m_session->currentPiece());
    m_failPieceButton->setVisible(m_session->operation() && m_session->operation()->serialTracked);
}

void StationPage::updatePiece()
{
    if (m_failPieceButton->isChecked() != m_session->nextPieceFails()) {
        const QSignalBlocker quiet(m_failPieceButton);
        m_failPieceButton->setChecked(m_session->nextPieceFails());
        updateDefectReasons();
    }
    updateOperation();
}

void StationPage::updateDefectReasons()
{
    bool ok = false;
    const double defective = QLocale().toDouble(
        m_quantities.value(QStringLiteral("defective"))->text().trimmed(), &ok);
    const bool show = (ok && defective > 0) || m_failPieceButton->isChecked();
    m_defectPanel->setVisible(show);
    if (!show)
        m_defectReasons->clearSelection();
}

void StationPage::clearQuantities()
{
    for (QLineEdit *edit : std::as_const(m_quantities))
        edit->clear();
    m_defectReasons->clearSelection();
    setActiveQuantity(m_quantities.value(QStringLiteral("good")));
}

} // namespace Taktline
