#include "dashboard/kpitile.h"

#include "common/theme.h"
#include "item/palette.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace Taktline {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setProperty("kpiTile", true);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(
        themed(u"QFrame[kpiTile=\"true\"] { background: @white; border: 1px solid @border; "
               u"border-radius: 8px; }"));
    m_title->setStyleSheet(
        themed(u"color: @muted; font-size: 10pt; font-weight: 600; border: none;"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(themed(u"color: @muted; font-size: 9pt; border: none;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail, 1, Qt::AlignTop);
    setMinimumHeight(104);
}

void KpiTile::setFigure(const QString &value, const QColor &colour, const QString &detail)
{
    m_value->setText(value);
    m_value->setStyleSheet(
        QStringLiteral("font-size: 24pt; font-weight: 700; border: none; color: %1;")
            .arg(colour.name()));
    m_detail->setText(detail);
}

void KpiTile::setNotice(const QString &sentence)
{
    m_value->setText(QStringLiteral("—"));
    m_value->setStyleSheet(
        themed(u"font-size: 24pt; font-weight: 700; border: none; color: @disabled;"));
    m_detail->setText(sentence);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::detailText() const
{
    return m_detail->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace Taktline
