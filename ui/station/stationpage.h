#pragma once

#include "services/station/stationsession.h"
#include "station/stationcard.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSoundEffect;

namespace Taktline {

class QuantityKeypad;
class ReasonButtons;
class ScannerInputFilter;
class Workspace;

// The shop-floor station (工位报工): an operator scans badge, machine and traveller, types
// good / defective / rework on a big keypad and reports with one press; also starts, pauses,
// finishes and reports stops. Built for gloves at a 1280×800 tablet.
class StationPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StationPage(Workspace *workspace, QWidget *parent = nullptr);
    ~StationPage() override;

    StationSession *session() const { return m_session; }
    StationCard *card() const { return m_card; }
    QuantityKeypad *keypad() const { return m_keypad; }
    QLineEdit *quantityEdit(const QString &name) const { return m_quantities.value(name); }
    ReasonButtons *defectReasons() const { return m_defectReasons; }
    ReasonButtons *downtimeReasons() const { return m_downtimeReasons; }
    QPushButton *reportButton() const { return m_reportButton; }
    QPushButton *failPieceButton() const { return m_failPieceButton; }
    QPushButton *statusButton(const QString &name) const { return m_statusButtons.value(name); }
    QString messageText() const;
    QString stepHintText() const;
    // A tablet in full-screen station mode gets a button to leave it.
    void setStandalone(bool standalone);

signals:
    void exitRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTopStrip();
    QWidget *createStatusRow();
    QWidget *createQuantityPanel();
    void setActiveQuantity(QLineEdit *edit);
    void report();
    void pickOperator();
    void pickMachine();
    void scanWithCamera();
    void onScanned(const QString &code);
    void showMessage(const QString &text, StationSession::MessageKind kind);
    void updateOperator();
    void updateMachine();
    void updateOperation();
    void updateDefectReasons();
    void updatePiece();
    void clearQuantities();
    void playSound(bool ok);

    Workspace *m_workspace;
    StationSession *m_session;
    ScannerInputFilter *m_filter = nullptr;
    StationCard *m_card;
    QuantityKeypad *m_keypad = nullptr;
    ReasonButtons *m_defectReasons = nullptr;
    ReasonButtons *m_downtimeReasons = nullptr;
    QWidget *m_defectPanel = nullptr;
    QPushButton *m_failPieceButton = nullptr;
    QWidget *m_downtimePanel = nullptr;
    QPushButton *m_operatorTile = nullptr;
    QPushButton *m_machineTile = nullptr;
    QLabel *m_machineStatus = nullptr;
    QLabel *m_stepHint = nullptr;
    QLineEdit *m_scanField = nullptr;
    QPushButton *m_exitButton = nullptr;
    QLabel *m_message;
    QPushButton *m_reportButton = nullptr;
    QHash<QString, QLineEdit *> m_quantities;
    QHash<QString, QPushButton *> m_statusButtons;
    QSoundEffect *m_okSound = nullptr;
    QSoundEffect *m_refusedSound = nullptr;
};

} // namespace Taktline
