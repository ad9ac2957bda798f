#include "station/reportpanel.h"

#include "common/fields/scaninputguard.h"
#include "services/station/stationsession.h"
#include "station/quantitykeypad.h"
#include "station/reasonbuttons.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Taktline {

ReportPanel::ReportPanel(StationSession *session, MasterDataService *masterData, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const QList<std::pair<QString, QString>> boxes{{QStringLiteral("good"), tr("Good")},
                                                   {QStringLiteral("defective"), tr("Defective")},
                                                   {QStringLiteral("rework"), tr("Rework")}};
    int column = 0;
    for (const auto &[name, caption] : boxes) {
        auto *label = new QLabel(caption, this);
        label->setObjectName(QStringLiteral("quantityCaption"));
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("quantityEdit"));
        edit->setProperty("quantity", name);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(QStringLiteral("0"));
        edit->setMaxLength(12);
        edit->setMinimumWidth(90);
        // Digits only: a Chinese IME must not compose pinyin in a quantity box.
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        ScanInputGuard::protect(edit);
        edit->installEventFilter(this);
        label->setBuddy(edit);
        grid->addWidget(label, 0, column);
        grid->addWidget(edit, 1, column);
        m_quantities.insert(name, edit);
        ++column;
    }
    m_defectReasons = new ReasonButtons(masterData, MasterDataKind::DefectReason, true,
                                        tr("Defect reason"), this);
    m_defectReasons->hide();
    m_keypad = new QuantityKeypad(this);
    m_reportButton = new QPushButton(tr("Report"), this);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_reportButton->setFocusPolicy(Qt::NoFocus);
    // Serial-numbered pieces: the next scanned piece fails this step (with the chosen reason).
    m_failPieceButton = new QPushButton(tr("Next piece fails"), this);
    m_failPieceButton->setObjectName(QStringLiteral("failPieceButton"));
    m_failPieceButton->setCheckable(true);
    m_failPieceButton->setFocusPolicy(Qt::NoFocus);
    m_failPieceButton->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_defectReasons);
    layout->addWidget(m_keypad, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_failPieceButton);
    buttons->addWidget(m_reportButton, 1);
    layout->addLayout(buttons);

    connect(m_quantities.value(QStringLiteral("defective")), &QLineEdit::textChanged, this,
            &ReportPanel::updateDefectReasons);
    connect(m_reportButton, &QPushButton::clicked, this, &ReportPanel::report);
    connect(m_failPieceButton, &QPushButton::toggled, this, [this](bool fails) {
        m_session->setNextPieceFails(fails, m_defectReasons->selectedId());
        updateDefectReasons();
    });
    connect(m_defectReasons, &ReasonButtons::reasonPressed, this, [this](const QString &id) {
        if (m_failPieceButton->isChecked())
            m_session->setNextPieceFails(true, id);
    });
    for (QLineEdit *edit : std::as_const(m_quantities))
        connect(edit, &QLineEdit::returnPressed, this, &ReportPanel::report);
    // Quantities typed by one operator are never reported by the next.
    connect(m_session, &StationSession::operatorChanged, this, [this] {
        if (m_session->employeeId().isEmpty())
            clearQuantities();
    });
    connect(m_session, &StationSession::operationChanged, this, &ReportPanel::updateFailPiece);
    connect(m_session, &StationSession::pieceChanged, this, &ReportPanel::updatePiece);
    connect(m_session, &StationSession::reported, this, &ReportPanel::clearQuantities);
    updateFailPiece();
    setActiveQuantity(m_quantities.value(QStringLiteral("good")));
}

bool ReportPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched); edit && m_quantities.key(edit).size())
            setActiveQuantity(edit);
    }
    return QWidget::eventFilter(watched, event);
}

void ReportPanel::report()
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
            emit refused(tr("\"%1\" is not a number. Clear the box with C and type the quantity "
                            "again.")
                             .arg(text));
            setActiveQuantity(edit);
            return;
        }
        values[i] = value;
    }
    if (values[1] > 0)
        reasonId = m_defectReasons->selectedId();
    m_session->submit(values[0], values[1], values[2], reasonId);
}

void ReportPanel::setActiveQuantity(QLineEdit *edit)
{
    m_keypad->setTarget(edit);
    for (QLineEdit *box : std::as_const(m_quantities)) {
        box->setProperty("active", box == edit);
        box->style()->unpolish(box);
        box->style()->polish(box);
    }
}

void ReportPanel::updatePiece()
{
    if (m_failPieceButton->isChecked() != m_session->nextPieceFails()) {
        const QSignalBlocker quiet(m_failPieceButton);
        m_failPieceButton->setChecked(m_session->nextPieceFails());
        updateDefectReasons();
    }
}

void ReportPanel::updateFailPiece()
{
    m_failPieceButton->setVisible(m_session->operation() && m_session->operation()->serialTracked);
}

void ReportPanel::updateDefectReasons()
{
    bool ok = false;
    const double defective =
        QLocale().toDouble(m_quantities.value(QStringLiteral("defective"))->text().trimmed(), &ok);
    const bool show = (ok && defective > 0) || m_failPieceButton->isChecked();
    m_defectReasons->setVisible(show);
    if (!show)
        m_defectReasons->clearSelection();
}

void ReportPanel::clearQuantities()
{
    for (QLineEdit *edit : std::as_const(m_quantities))
        edit->clear();
    m_defectReasons->clearSelection();
    setActiveQuantity(m_quantities.value(QStringLiteral("good")));
}

} // namespace Taktline
