#include "dashboard/chartcard.h"

#include "common/theme.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Taktline {

ChartCard::ChartCard(const QString &key, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(this))
    , m_view(new QChartView(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("chartCard_") + key);
    setProperty("chartCard", true);
    setStyleSheet(
        themed(u"QFrame[chartCard=\"true\"] { background: @white; border: 1px solid @border; "
               u"border-radius: 8px; }"));
    m_title->setStyleSheet(
        themed(u"color: @ink; font-size: 11pt; font-weight: 700; border: none;"));
    m_hint->setStyleSheet(themed(u"color: @muted; font-size: 9pt; border: none;"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setStyleSheet(QStringLiteral("border: none;"));
    m_view->setMinimumHeight(250);
    m_notice->setObjectName(QStringLiteral("chartNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setMinimumHeight(250);
    m_notice->setStyleSheet(
        themed(u"color: @muted; font-size: 11pt; border: none; padding: 24px;"));
    m_notice->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice, 1);
    m_body = m_view;
}

void ChartCard::setChart(QChart *chart, const QString &hint)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_hint->setText(hint);
    m_hint->setMinimumWidth(m_hint->sizeHint().width()); // never squeezed to "C…" beside a long title
    m_notice->hide();
    m_view->show();
}

void ChartCard::setNotice(const QString &sentence)
{
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    delete old;
    m_hint->clear();
    m_notice->setText(sentence);
    m_view->hide();
    m_body->hide();
    m_notice->show();
}

QChart *ChartCard::chart() const
{
    return m_body != m_view || m_notice->isVisibleTo(this) ? nullptr : m_view->chart();
}

QString ChartCard::notice() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QWidget *ChartCard::body() const
{
    return m_body;
}

void ChartCard::setBody(QWidget *widget)
{
    m_view->hide();
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->addWidget(widget, 1);
    m_body = widget;
}

void ChartCard::showBody()
{
    m_notice->hide();
    m_body->show();
}

} // namespace Taktline
