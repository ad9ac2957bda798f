#include "station/firstarticlebanner.h"

#include "quality/inspectionform.h"
#include "services/station/stationfirstarticle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Taktline {

FirstArticleBanner::FirstArticleBanner(Workspace *workspace, StationFirstArticle *firstArticle,
                                       QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_firstArticle(firstArticle)
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_request(new QPushButton(this))
    , m_minutes(new QTimer(this))
{
    setObjectName(QStringLiteral("firstArticleBanner"));
    m_text->setObjectName(QStringLiteral("firstArticleText"));
    m_detail->setObjectName(QStringLiteral("firstArticleDetail"));
    m_detail->setWordWrap(true);
    m_request->setObjectName(QStringLiteral("firstArticleButton"));
    m_request->setFocusPolicy(Qt::NoFocus); // the quantities keep the keyboard and the scanner
    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(m_text);
    words->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    layout->addLayout(words, 1);
    layout->addWidget(m_request);
    connect(m_request, &QPushButton::clicked, firstArticle, &StationFirstArticle::request);
    connect(firstArticle, &StationFirstArticle::changed, this, &FirstArticleBanner::update);
    connect(firstArticle, &StationFirstArticle::formWanted, this, &FirstArticleBanner::openForm);
    // The minutes of waiting count on while nothing else happens.
    m_minutes->setInterval(30 * 1000);
    connect(m_minutes, &QTimer::timeout, this, &FirstArticleBanner::update);
    update();
}

QString FirstArticleBanner::text() const
{
    return m_text->text() + QLatin1Char('\n') + m_detail->text();
}

void FirstArticleBanner::update()
{
    using Phase = StationFirstArticle::Phase;
    const Phase phase = m_firstArticle->phase();
    setVisible(phase != Phase::None);
    const bool gating = m_firstArticle->gate().gating;
    QString state = QStringLiteral("waiting");
    QString detail;
    m_request->setVisible(phase == Phase::ToRequest || phase == Phase::Failed);
    switch (phase) {
    case Phase::None:
        break;
    case Phase::ToRequest:
        m_text->setText(tr("First article to be inspected"));
        detail = gating ? tr("No good quantity until it passes.") : QString();
        m_request->setText(tr("Request first article"));
        break;
    case Phase::Waiting:
        m_text->setText(tr("Waiting for first-article inspection %n min", nullptr,
                           m_firstArticle->waitingMinutes()));
        detail = tr("Inspector: scan your badge here.");
        break;
    case Phase::InspectorPin:
        m_text->setText(tr("Waiting for first-article inspection %n min", nullptr,
                           m_firstArticle->waitingMinutes()));
        detail = tr("%1: type your PIN.").arg(m_firstArticle->inspectorName());
        break;
    case Phase::Inspecting:
        m_text->setText(tr("First article under inspection"));
        detail = tr("Inspector: %1").arg(m_firstArticle->inspectorName());
        break;
    case Phase::Failed:
        state = QStringLiteral("failed");
        m_text->setText(tr("First article failed"));
        detail = gating ? tr("No good quantity: correct the set-up, send a new first article.")
                        : tr("Correct the set-up and send a new first article.");
        m_request->setText(tr("Request again"));
        break;
    case Phase::Passed:
        state = QStringLiteral("passed");
        m_text->setText(tr("First article passed"));
        break;
    }
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    if (phase == Phase::ToRequest)
        state = QStringLiteral("todo");
    setProperty("state", state);
    style()->unpolish(this);
    style()->polish(this);
    const bool waiting = phase == Phase::Waiting || phase == Phase::InspectorPin;
    if (waiting && !m_minutes->isActive())
        m_minutes->start();
    else if (!waiting)
        m_minutes->stop();
}

void FirstArticleBanner::openForm()
{
    if (m_form)
        m_form->close();
    auto *form = new InspectionForm(m_workspace, m_firstArticle->prefilled(), window());
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &InspectionForm::recorded, this, [this, form](const QString &, bool passed) {
        m_firstArticle->recorded(passed);
        form->accept();
    });
    // Closed without saving: the inspector leaves, the first article still waits.
    connect(form, &QDialog::rejected, m_firstArticle, &StationFirstArticle::releaseInspector);
    m_form = form;
    form->open();
}

} // namespace Taktline
