#include "loadbar.h"

#include <QPainter>
#include <QPainterPath>

namespace Taktline {

LoadBar::LoadBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("loadBar"));
    setFixedHeight(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LoadBar::setLoad(double loadHours, double capacityHours)
{
    m_load = loadHours;
    m_capacity = capacityHours;
    update();
}

double LoadBar::ratio() const
{
    return m_capacity > 0 ? m_load / m_capacity : (m_load > 0 ? 2.0 : 0.0);
}

void LoadBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 4, 4);
    p.fillPath(trackPath, QColor(0xe6, 0xea, 0xef));
    const double filled = std::clamp(ratio(), 0.0, 1.0);
    if (filled <= 0)
        return;
    QPainterPath fillPath;
    fillPath.addRoundedRect(
        QRectF(track.left(), track.top(), track.width() * filled, track.height()), 4, 4);
    const QColor colour = overloaded()     ? QColor(0xd3, 0x2f, 0x2f)
                          : ratio() > 0.85 ? QColor(0xe0, 0x8e, 0x00)
                                           : QColor(0x3b, 0x82, 0xd0);
    p.fillPath(fillPath, colour);
}

} // namespace Taktline
