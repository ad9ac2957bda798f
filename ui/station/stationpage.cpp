#include "station/stationpage.h"

#include "scan/camerascandialog.h"
#include "scan/scannerinputfilter.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/stationfirstarticle.h"
#include "services/station/stationmove.h"
#include "services/workspace.h"
#include "station/andonpanel.h"
#include "station/firstarticlebanner.h"
#include "station/movepanel.h"
#include "station/pinpad.h"
#include "station/reasonbuttons.h"
#include "station/stationpickdialog.h"
#include "station/stationsounds.h"
#include "station/stationstyle.h"
#include "station/stationsyncline.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// One filter for the whole application: a second one would see every key twice.
ScannerInputFilter *applicationScanner()
{
    if (auto *existing = qApp->findChild<ScannerInputFilter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *filter = new ScannerInputFilter(qApp);
    qApp->installEventFilter(filter);
    return filter;
}

// An operator or machine tile: TEXT, styled as waiting for a scan when EMPTY.
void showTile(QPushButton *tile, const QString &text, bool empty)
{
    tile->setText(text);
    tile->setProperty("empty", empty);
    tile->style()->unpolish(tile);
    tile->style()->polish(tile);
}

} // namespace

StationPage::StationPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(new StationSession(workspace, this))
    , m_card(new StationCard(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("stationPage"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(stationStyleSheet());
    m_message->setObjectName(QStringLiteral("stationMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(52);
    m_filter = applicationScanner();
    m_sounds = new StationSounds(this);

    m_statusButtons = new MachineStatusButtons(m_session, workspace->masterData(), this);
    m_reportPanel = new ReportPanel(m_session, workspace->masterData(), this);
    m_andon = new AndonPanel(workspace, m_session, this);
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_card, 1);
    left->addWidget(m_statusButtons);
    left->addWidget(m_andon);
    m_firstArticle = new FirstArticleBanner(workspace, m_session->firstArticle(), this);
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_firstArticle);
    right->addWidget(m_reportPanel, 1);
    m_movePanel = new MovePanel(m_session->move(), this);
    m_movePanel->hide();
    right->addWidget(m_movePanel, 1);
    auto *work = new QWidget(this);
    auto *body = new QHBoxLayout(work);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(14);
    body->addLayout(left, 11);
    body->addLayout(right, 9);
    // After a badge scan, while the factory asks for PINs, the pad takes the whole body.
    m_pinPad = new PinPad(this);
    m_pinPad->setMaximumWidth(560);
    auto *pinPage = new QWidget(this);
    auto *pinLayout = new QHBoxLayout(pinPage);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    pinLayout->addWidget(m_pinPad);
    m_body = new QStackedWidget(this);
    m_body->addWidget(work);
    m_body->addWidget(pinPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(createTopStrip());
    layout->addWidget(m_message);
    layout->addWidget(m_body, 1);

    connect(m_filter, &ScannerInputFilter::scanned, this, &StationPage::onScanned);
    connect(m_session, &StationSession::message, this, &StationPage::showMessage);
    connect(m_reportPanel, &ReportPanel::refused, this,
            [this](const QString &text) { showMessage(text, StationSession::MessageKind::Error); });
    connect(m_movePanel, &MovePanel::refused, this,
            [this](const QString &text) { showMessage(text, StationSession::MessageKind::Error); });
    connect(m_session->move(), &StationMove::changed, this, [this] {
        const bool moving = m_session->move()->active();
        m_reportPanel->setVisible(!moving);
        m_movePanel->setVisible(moving);
    });
    connect(m_session, &StationSession::operatorChanged, this, &StationPage::updateOperator);
    connect(m_session, &StationSession::machineChanged, this, &StationPage::updateMachine);
    connect(m_session, &StationSession::machineStatusChanged, this, &StationPage::updateMachine);
    connect(m_session, &StationSession::operationChanged, this, &StationPage::updateOperation);
    connect(m_session, &StationSession::lotChanged, this, &StationPage::updateOperation);
    connect(m_session, &StationSession::pieceChanged, this, &StationPage::updateOperation);
    connect(m_session, &StationSession::stepChanged, this, [this] {
        m_stepHint->setText(m_session->stepHint());
        updatePinStep();
        updateOperator();
    });
    connect(m_pinPad, &PinPad::submitted, this, [this](const QString &pin) {
        inspectorPin() ? m_session->firstArticle()->enterPin(pin) : m_session->enterPin(pin);
    });
    connect(m_pinPad, &PinPad::cancelled, this, [this] {
        inspectorPin() ? m_session->firstArticle()->releaseInspector() : m_session->cancelPin();
    });
    connect(m_session->firstArticle(), &StationFirstArticle::changed, this,
            &StationPage::updatePinStep);
    connect(m_session, &StationSession::reported, this, [this](const QString &, bool duplicate) {
        m_card->flash(duplicate ? StationCard::Flash::Warning : StationCard::Flash::Ok);
        m_sounds->play(true, isVisible());
    });
    connect(workspace->masterData(), &MasterDataService::recordChanged, this,
            [this](MasterDataKind kind) {
                if (kind == MasterDataKind::DefectReason)
                    defectReasons()->reload();
                else if (kind == MasterDataKind::DowntimeReason)
                    downtimeReasons()->reload();
            });
    qApp->installEventFilter(this); // any touch or key at the station keeps the operator in
    updateOperator();
    updateMachine();
    updateOperation();
    m_stepHint->setText(m_session->stepHint());
    showMessage(m_session->stepHint(), StationSession::MessageKind::Warning);
}

StationPage::~StationPage()
{
    qApp->removeEventFilter(this);
    if (m_filter && m_filter->scanTarget() == this)
        m_filter->setScanTarget(nullptr);
}

QWidget *StationPage::createTopStrip()
{
    auto *strip = new QWidget(this);
    m_operatorTile = new QPushButton(strip);
    m_operatorTile->setObjectName(QStringLiteral("stationTile"));
    m_operatorTile->setProperty("tile", QStringLiteral("operator"));
    m_machineTile = new QPushButton(strip);
    m_machineTile->setObjectName(QStringLiteral("stationTile"));
    m_machineTile->setProperty("tile", QStringLiteral("machine"));
    for (QPushButton *tile : {m_operatorTile, m_machineTile}) {
        tile->setFocusPolicy(Qt::NoFocus);
        tile->setMinimumWidth(210);
    }
    m_operatorTile->setToolTip(tr("Touch to choose the operator from a list"));
    m_machineTile->setToolTip(tr("Touch to choose the machine from a list"));
    m_machineStatus = new QLabel(strip);
    m_machineStatus->setObjectName(QStringLiteral("machineStatus"));
    m_stepHint = new QLabel(strip);
    m_stepHint->setObjectName(QStringLiteral("stepHint"));
    m_stepHint->setWordWrap(true);
    m_scanField = new QLineEdit(strip);
    m_scanField->setObjectName(QStringLiteral("scanField"));
    m_scanField->setPlaceholderText(tr("Type a code + Enter"));
    m_scanField->setFixedWidth(200);
    ScannerInputFilter::makeScanField(m_scanField);
    auto *camera = new QPushButton(tr("Camera"), strip);
    camera->setObjectName(QStringLiteral("cameraButton"));
    camera->setFocusPolicy(Qt::NoFocus);
    camera->setToolTip(tr("Scan a code with the tablet's camera"));
    m_exitButton = new QPushButton(tr("Exit"), strip);
    m_exitButton->setObjectName(QStringLiteral("exitButton"));
    m_exitButton->setFocusPolicy(Qt::NoFocus);
    m_exitButton->hide();
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_operatorTile);
    layout->addWidget(m_machineTile);
    layout->addWidget(m_machineStatus);
    layout->addWidget(m_stepHint, 1);
    layout->addWidget(m_scanField);
    layout->addWidget(camera);
    layout->addWidget(m_exitButton);
    connect(m_operatorTile, &QPushButton::clicked, this, &StationPage::pickOperator);
    connect(m_machineTile, &QPushButton::clicked, this, &StationPage::pickMachine);
    connect(camera, &QPushButton::clicked, this, &StationPage::scanWithCamera);
    connect(m_exitButton, &QPushButton::clicked, this, &StationPage::exitRequested);
    return strip;
}

void StationPage::setSync(SyncController *sync)
{
    if (m_syncLine || !sync)
        return;
    // Beside the message, not above it: the tablet's 800 pixels of height stay the work's.
    m_syncLine = new StationSyncLine(sync, this);
    auto *column = static_cast<QVBoxLayout *>(layout());
    const int at = column->indexOf(m_message);
    column->removeWidget(m_message);
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(m_message, 1);
    row->addWidget(m_syncLine);
    column->insertLayout(at, row);
}

void StationPage::setStandalone(bool standalone)
{
    m_exitButton->setVisible(standalone);
}

void StationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_filter->setScanTarget(this);
    defectReasons()->reload();
    downtimeReasons()->reload();
}

void StationPage::hideEvent(QHideEvent *event)
{
    if (m_filter->scanTarget() == this)
        m_filter->setScanTarget(nullptr);
    QWidget::hideEvent(event);
}

bool StationPage::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::MouseButtonPress || type == QEvent::KeyPress ||
         type == QEvent::TouchBegin) &&
        watched->isWidgetType() && isVisible()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget == this || isAncestorOf(widget))
            m_session->touch();
    }
    return QWidget::eventFilter(watched, event);
}

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
    // Digits typed fast on a keyboard while the pad waits are the PIN, never a code to show.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if ((m_session->step() == StationSession::Step::Pin || inspectorPin()) &&
        digits.match(code).hasMatch()) {
        m_pinPad->clear();
        inspectorPin() ? m_session->firstArticle()->enterPin(code) : m_session->enterPin(code);
        return;
    }
    m_session->handleScan(code);
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
        m_sounds->play(false, isVisible());
    } else if (kind == StationSession::MessageKind::Warning) {
        m_card->flash(StationCard::Flash::Warning); // saved, but look: a failed piece, a repeat
    }
}

void StationPage::updateOperator()
{
    if (!m_session->pendingEmployeeId().isEmpty()) { // named, but not signed in before the PIN
        showTile(m_operatorTile,
                 tr("Operator\n%1  %2")
                     .arg(m_session->pendingEmployeeName(), m_session->pendingEmployeeBadge()),
                 true);
        return;
    }
    const bool empty = m_session->employeeId().isEmpty();
    showTile(
        m_operatorTile,
        empty ? tr("Operator\nScan your badge")
              : tr("Operator\n%1  %2").arg(m_session->employeeName(), m_session->employeeBadge()),
        empty);
}

void StationPage::updateMachine()
{
    const bool empty = m_session->machineId().isEmpty();
    showTile(m_machineTile,
             empty ? tr("Machine\nScan the machine")
                   : tr("Machine\n%1  %2").arg(m_session->machineCode(), m_session->machineName()),
             empty);
    m_machineStatus->setVisible(!empty);
    const MachineStatus status = m_session->machineStatus();
    m_machineStatus->setText(machineStatusDisplayName(status));
    m_machineStatus->setProperty("status", machineStatusKey(status));
    m_machineStatus->style()->unpolish(m_machineStatus);
    m_machineStatus->style()->polish(m_machineStatus);
}

bool StationPage::inspectorPin() const
{
    return m_session->firstArticle()->phase() == StationFirstArticle::Phase::InspectorPin;
}

void StationPage::updatePinStep()
{
    const bool forInspector = inspectorPin();
    const bool asking = m_session->step() == StationSession::Step::Pin || forInspector;
    const bool wasAsking = m_body->currentIndex() == 1;
    m_body->setCurrentIndex(asking ? 1 : 0);
    if (forInspector) {
        if (!wasAsking)
            m_pinPad->ask(m_session->firstArticle()->inspectorName(),
                          m_session->firstArticle()->inspectorBadge());
    } else if (asking) {
        m_pinPad->ask(m_session->pendingEmployeeName(), m_session->pendingEmployeeBadge());
    } else {
        m_pinPad->clear();
        if (wasAsking)
            quantityEdit(QStringLiteral("good"))->setFocus();
    }
}

void StationPage::updateOperation()
{
    m_card->setOperation(m_session->operation(), m_session->materialLot(),
                         m_session->currentPiece());
}

} // namespace Taktline
