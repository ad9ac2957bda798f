#include "station/stationpage.h"

#include "scan/scannerinputfilter.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "station/quantitykeypad.h"
#include "station/reasonbuttons.h"
#include "station/stationstyle.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QPushButton>
#include <QSoundEffect>
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

QSoundEffect *makeSound(const QString &file, QObject *parent)
{
    auto *sound = new QSoundEffect(parent);
    sound->setSource(QUrl(QStringLiteral("qrc:/sounds/") + file));
    sound->setVolume(1.0);
    return sound;
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
    // Sounds only where there is a speaker; a headless or silent tablet gets no error.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_okSound = makeSound(QStringLiteral("reported.wav"), this);
        m_refusedSound = makeSound(QStringLiteral("refused.wav"), this);
    }

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_card, 1);
    left->addWidget(createStatusRow());
    auto *right = new QVBoxLayout;
    right->addWidget(createQuantityPanel(), 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    body->addLayout(left, 11);
    body->addLayout(right, 9);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(createTopStrip());
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    connect(m_filter, &ScannerInputFilter::scanned, this, &StationPage::onScanned);
    connect(m_session, &StationSession::message, this, &StationPage::showMessage);
    connect(m_session, &StationSession::operatorChanged, this, &StationPage::updateOperator);
    connect(m_session, &StationSession::machineChanged, this, &StationPage::updateMachine);
    connect(m_session, &StationSession::machineStatusChanged, this, &StationPage::updateMachine);
    connect(m_session, &StationSession::operationChanged, this, &StationPage::updateOperation);
    connect(m_session, &StationSession::lotChanged, this, &StationPage::updateOperation);
    connect(m_session, &StationSession::pieceChanged, this, &StationPage::updatePiece);
    connect(m_session, &StationSession::stepChanged, this, [this] {
        m_stepHint->setText(m_session->stepHint());
    });
    connect(m_session, &StationSession::reported, this, [this](const QString &, bool duplicate) {
        clearQuantities();
        m_card->flash(duplicate ? StationCard::Flash::Warning : StationCard::Flash::Ok);
        playSound(true);
    });
    connect(workspace->masterData(), &MasterDataService::recordChanged, this,
            [this](MasterDataKind kind) {
                if (kind == MasterDataKind::DefectReason)
                    m_defectReasons->reload();
                else if (kind == MasterDataKind::DowntimeReason)
                    m_downtimeReasons->reload();
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

QWidget *StationPage::createStatusRow()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("start"), tr("Start")},   {QStringLiteral("pause"), tr("Pause")},
        {QStringLiteral("finish"), tr("Finish")}, {QStringLiteral("down"), tr("Down…")},
        {QStringLiteral("setup"), tr("Set-up")},  {QStringLiteral("maintenance"), tr("Maintenance")},
    };
    for (const auto &[name, text] : buttons) {
        auto *button = new QPushButton(text, box);
        button->setObjectName(QStringLiteral("statusButton"));
        button->setProperty("action", name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        row->addWidget(button);
        m_statusButtons.insert(name, button);
    }
    m_statusButtons.value(QStringLiteral("down"))->setCheckable(true);
    m_downtimePanel = new QWidget(box);
    m_downtimeReasons = new ReasonButtons(m_workspace->masterData(), MasterDataKind::DowntimeReason,
                                          false, m_downtimePanel);
    auto *caption = new QLabel(tr("Why is the machine down?"), m_downtimePanel);
    caption->setObjectName(QStringLiteral("panelCaption"));
    auto *panelLayout = new QVBoxLayout(m_downtimePanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(caption);
    panelLayout->addWidget(m_downtimeReasons);
    m_downtimePanel->hide();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_downtimePanel);
    layout->addLayout(row);

    QPushButton *down = m_statusButtons.value(QStringLiteral("down"));
    connect(m_statusButtons.value(QStringLiteral("start")), &QPushButton::clicked, m_session,
            &StationSession::start);
    connect(m_statusButtons.value(QStringLiteral("pause")), &QPushButton::clicked, m_session,
            &StationSession::pause);
    connect(m_statusButtons.value(QStringLiteral("finish")), &QPushButton::clicked, m_session,
            &StationSession::finish);
    connect(m_statusButtons.value(QStringLiteral("setup")), &QPushButton::clicked, m_session,
            &StationSession::setSetup);
    connect(m_statusButtons.value(QStringLiteral("maintenance")), &QPushButton::clicked,
            m_session, &StationSession::setMaintenance);
    connect(down, &QPushButton::toggled, m_downtimePanel, &QWidget::setVisible);
    connect(m_downtimeReasons, &ReasonButtons::reasonPressed, this, [this, down](const QString &id) {
        down->setChecked(false);
        m_session->setDown(id);
    });
    return box;
}

QWidget *StationPage::createQuantityPanel()
{
    auto *panel = new QWidget(this);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const QList<std::pair<QString, QString>> boxes{{QStringLiteral("good"), tr("Good")},
                                                   {QStringLiteral("defective"), tr("Defective")},
                                                   {QStringLiteral("rework"), tr("Rework")}};
    int column = 0;
    for (const auto &[name, caption] : boxes) {
        auto *label = new QLabel(caption, panel);
        label->setObjectName(QStringLiteral("quantityCaption"));
        auto *edit = new QLineEdit(panel);
        edit->setObjectName(QStringLiteral("quantityEdit"));
        edit->setProperty("quantity", name);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(QStringLiteral("0"));
        edit->setMaxLength(12);
        edit->setMinimumWidth(90);
        // Digits only: a Chinese IME must not compose pinyin in a quantity box.
        edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        edit->installEventFilter(this);
        label->setBuddy(edit);
        grid->addWidget(label, 0, column);
        grid->addWidget(edit, 1, column);
        m_quantities.insert(name, edit);
        ++column;
    }
    m_defectPanel = new QWidget(panel);
    m_defectReasons = new ReasonButtons(m_workspace->masterData(), MasterDataKind::DefectReason,
                                        true, m_defectPanel);
    auto *caption = new QLabel(tr("Defect reason"), m_defectPanel);
    caption->setObjectName(QStringLiteral("panelCaption"));
    auto *defectLayout = new QVBoxLayout(m_defectPanel);
    defectLayout->setContentsMargins(0, 0, 0, 0);
    defectLayout->setSpacing(4);
    defectLayout->addWidget(caption);
    defectLayout->addWidget(m_defectReasons);
    m_defectPanel->hide();
    m_keypad = new QuantityKeypad(panel);
    m_reportButton = new QPushButton(tr("Report"), panel);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_reportButton->setFocusPolicy(Qt::NoFocus);
    // Serial-numbered pieces: the next scanned piece fails this step (with the chosen reason).
    m_failPieceButton = new QPushButton(tr("Next piece fails"), panel);
    m_failPieceButton->setObjectName(QStringLiteral("failPieceButton"));
    m_failPieceButton->setCheckable(true);
    m_failPieceButton->setFocusPolicy(Qt::NoFocus);
    m_failPieceButton->hide();
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_defectPanel);
    layout->addWidget(m_keypad, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_failPieceButton);
    buttons->addWidget(m_reportButton, 1);
    layout->addLayout(buttons);
    connect(m_quantities.value(QStringLiteral("defective")), &QLineEdit::textChanged, this,
            &StationPage::updateDefectReasons);
    connect(m_reportButton, &QPushButton::clicked, this, &StationPage::report);
    connect(m_failPieceButton, &QPushButton::toggled, this, [this](bool fails) {
        m_session->setNextPieceFails(fails, m_defectReasons->selectedId());
        updateDefectReasons();
    });
    connect(m_defectReasons, &ReasonButtons::reasonPressed, this, [this](const QString &id) {
        if (m_failPieceButton->isChecked())
            m_session->setNextPieceFails(true, id);
    });
    for (QLineEdit *edit : std::as_const(m_quantities))
        connect(edit, &QLineEdit::returnPressed, this, &StationPage::report);
    setActiveQuantity(m_quantities.value(QStringLiteral("good")));
    return panel;
}

void StationPage::setActiveQuantity(QLineEdit *edit)
{
    m_keypad->setTarget(edit);
    for (QLineEdit *box : std::as_const(m_quantities)) {
        box->setProperty("active", box == edit);
        box->style()->unpolish(box);
        box->style()->polish(box);
    }
}

void StationPage::setStandalone(bool standalone)
{
    m_exitButton->setVisible(standalone);
}

void StationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_filter->setScanTarget(this);
    m_defectReasons->reload();
    m_downtimeReasons->reload();
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
    if (type == QEvent::FocusIn) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched); edit && m_quantities.key(edit).size())
            setActiveQuantity(edit);
    } else if ((type == QEvent::MouseButtonPress || type == QEvent::KeyPress
                || type == QEvent::TouchBegin)
               && watched->isWidgetType() && isVisible()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget == this || isAncestorOf(widget))
            m_session->touch();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Taktline
