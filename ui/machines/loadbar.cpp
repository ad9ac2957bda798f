#include "machines/loadbar.h"

#include "item/palette.h"

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
    p.fillPath(trackPath, Palette::GridLine);
    const double filled = std::clamp(ratio(), 0.0, 1.0);
    if (filled <= 0)
        return;
    QPainterPath fillPath;
    fillPath.addRoundedRect(
        QRectF(track.left(), track.top(), track.width() * filled, track.height()), 4, 4);
    const QColor colour = overloaded()     ? Palette::Red
                          : ratio() > 0.85 ? Palette::Urgent
                                           : Palette::Planned;
    p.fillPath(fillPath, colour);
}

} // namespace Taktline
