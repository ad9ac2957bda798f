#pragma once

#include <QHash>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Taktline {

class MasterDataService;
class QuantityKeypad;
class ReasonButtons;
class StationSession;

// The station's report entry: good / defective / rework typed on the big keypad into the box
// touched last, the defect reason, "next piece fails" for serial-numbered pieces, and the
// Report button that submits the quantities to the station session.
class ReportPanel final : public QWidget
{
    Q_OBJECT
public:
    ReportPanel(StationSession *session, MasterDataService *masterData, QWidget *parent = nullptr);

    QuantityKeypad *keypad() const { return m_keypad; }
    // NAME: good, defective or rework.
    QLineEdit *quantityEdit(const QString &name) const { return m_quantities.value(name); }
    ReasonButtons *defectReasons() const { return m_defectReasons; }
    QPushButton *reportButton() const { return m_reportButton; }
    QPushButton *failPieceButton() const { return m_failPieceButton; }

signals:
    // TEXT says why nothing was submitted: a box does not hold a number.
    void refused(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();
    void setActiveQuantity(QLineEdit *edit);
    void updateDefectReasons();
    void updatePiece();
    void updateFailPiece();
    void clearQuantities();

    StationSession *m_session;
    QHash<QString, QLineEdit *> m_quantities;
    ReasonButtons *m_defectReasons;
    QuantityKeypad *m_keypad;
    QPushButton *m_failPieceButton;
    QPushButton *m_reportButton;
};

} // namespace Taktline
