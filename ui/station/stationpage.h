#pragma once

#include "services/station/stationsession.h"
#include "station/machinestatusbuttons.h"
#include "station/reportpanel.h"
#include "station/stationcard.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Taktline {

class AndonPanel;
class FirstArticleBanner;
class MovePanel;
class PinPad;
class QuantityKeypad;
class ReasonButtons;
class ScannerInputFilter;
class StationSounds;
class StationSyncLine;
class SyncController;
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
    QuantityKeypad *keypad() const { return m_reportPanel->keypad(); }
    QLineEdit *quantityEdit(const QString &name) const { return m_reportPanel->quantityEdit(name); }
    ReasonButtons *defectReasons() const { return m_reportPanel->defectReasons(); }
    QPushButton *reportButton() const { return m_reportPanel->reportButton(); }
    QPushButton *failPieceButton() const { return m_reportPanel->failPieceButton(); }
    ReasonButtons *downtimeReasons() const { return m_statusButtons->downtimeReasons(); }
    QPushButton *statusButton(const QString &name) const { return m_statusButtons->button(name); }
    // The PIN pad shown after a badge scan while the factory asks for PINs.
    PinPad *pinPad() const { return m_pinPad; }
    // The andon (安灯): the Call button, its kinds and the machine's open calls.
    AndonPanel *andonPanel() const { return m_andon; }
    // The first-article gate (首件检验) of the job in hand; hidden when its step has none.
    FirstArticleBanner *firstArticleBanner() const { return m_firstArticle; }
    // The move entry (移库) that takes the report entry's place after a LOC: scan.
    MovePanel *movePanel() const { return m_movePanel; }
    QString messageText() const;
    QString stepHintText() const;
    // A tablet in full-screen station mode gets a button to leave it.
    void setStandalone(bool standalone);
    // With a sync server: a line under the top strip while reports wait to reach it.
    void setSync(SyncController *sync);
    StationSyncLine *syncLine() const { return m_syncLine; }

signals:
    void exitRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTopStrip();
    void pickOperator();
    void pickMachine();
    void scanWithCamera();
    void onScanned(const QString &code);
    void showMessage(const QString &text, StationSession::MessageKind kind);
    void updateOperator();
    void updateMachine();
    void updateOperation();
    void updatePinStep();
    bool inspectorPin() const; // the pad asks the inspector's PIN, not the operator's

    Workspace *m_workspace;
    StationSession *m_session;
    ScannerInputFilter *m_filter = nullptr;
    StationCard *m_card;
    ReportPanel *m_reportPanel = nullptr;
    MovePanel *m_movePanel = nullptr;
    MachineStatusButtons *m_statusButtons = nullptr;
    AndonPanel *m_andon = nullptr;
    FirstArticleBanner *m_firstArticle = nullptr;
    QStackedWidget *m_body = nullptr;
    PinPad *m_pinPad = nullptr;
    QPushButton *m_operatorTile = nullptr;
    QPushButton *m_machineTile = nullptr;
    QLabel *m_machineStatus = nullptr;
    QLabel *m_stepHint = nullptr;
    QLineEdit *m_scanField = nullptr;
    QPushButton *m_exitButton = nullptr;
    QLabel *m_message;
    StationSyncLine *m_syncLine = nullptr;
    StationSounds *m_sounds = nullptr;
};

} // namespace Taktline
