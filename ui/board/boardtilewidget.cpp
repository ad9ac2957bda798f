#include "board/boardtilewidget.h"

#include "item/palette.h"
#include "machines/statuspill.h"

#include <QLocale>
#include <QPainter>

namespace Taktline {

namespace {

QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60000);
    if (minutes < 60)
        return QCoreApplication::translate("Taktline::BoardTileWidget", "%n min", nullptr, int(minutes));
    return QCoreApplication::translate("Taktline::BoardTileWidget", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BoardTileWidget::BoardTileWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(160, 110);
}

void BoardTileWidget::setTile(const BoardTile &tile)
{
    m_tile = tile;
    update();
}

void BoardTileWidget::setCall(const QString &call, bool escalated)
{
    m_call = call;
    m_escalated = escalated;
    update();
}

void BoardTileWidget::setEscalated(bool escalated)
{
    if (escalated != m_escalated) {
        m_escalated = escalated;
        update();
    }
}

void BoardTileWidget::tick(qint64 nowMs, bool flashOn)
{
    m_nowMs = nowMs;
    m_flashOn = flashOn;
    update();
}

QString BoardTileWidget::doneText() const
{
    if (m_tile.operationId.isEmpty())
        return QStringLiteral("—");
    const QLocale locale;
    return QStringLiteral("%1 / %2").arg(locale.toString(m_tile.good, 'f', 0),
                                        locale.toString(m_tile.planned, 'f', 0));
}

QString BoardTileWidget::timeInStatusText() const
{
    return m_tile.sinceMs > 0 && m_nowMs >= m_tile.sinceMs ? duration(m_nowMs - m_tile.sinceMs) : QString();
}

void BoardTileWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Palette::BoardWindow);
    const int frame = std::max(4, height() / 28);
    const QRectF body = QRectF(rect()).adjusted(frame, frame, -frame, -frame);
    const qreal radius = height() / 16.0;
    if (hasCall() && m_flashOn) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_escalated ? QColor(Palette::Red) : QColor(Palette::Amber));
        painter.drawRoundedRect(QRectF(rect()), radius + frame, radius + frame);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::BoardPanel);
    painter.drawRoundedRect(body, radius, radius);

    const qreal h = body.height();
    const qreal pad = h / 14;
    // The band: status colour, code and name, status and time in it.
    const QRectF band(body.left(), body.top(), body.width(), h * 0.30);
    painter.setBrush(StatusPill::background(m_tile.status));
    painter.drawRoundedRect(band, radius, radius);
    painter.drawRect(band.adjusted(0, radius, 0, 0));
    QFont font = this->font();
    font.setWeight(QFont::Bold);
    font.setPixelSize(std::max(12, int(h * 0.15)));
    painter.setFont(font);
    painter.setPen(StatusPill::foreground(m_tile.status));
    const QRectF bandText = band.adjusted(pad, 0, -pad, 0);
    const QString status = m_tile.status == MachineStatus::Down && !m_tile.reason.isEmpty()
                               ? m_tile.reason
                               : machineStatusDisplayName(m_tile.status);
    const QString right = timeInStatusText().isEmpty() ? status : status + QStringLiteral(" · ") + timeInStatusText();
    const qreal rightWidth = std::min(bandText.width() * 0.55, qreal(painter.fontMetrics().horizontalAdvance(right)));
    painter.drawText(bandText, Qt::AlignRight | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(right, Qt::ElideRight, int(rightWidth)));
    painter.drawText(bandText.adjusted(0, 0, -rightWidth - pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_tile.code + QLatin1Char(' ') + m_tile.name,
                                                      Qt::ElideRight, int(bandText.width() - rightWidth - pad)));

    // Done / planned, the largest type on the tile.
    const QRectF rest = body.adjusted(pad, band.height(), -pad, -pad / 2);
    font.setPixelSize(std::max(16, int(h * 0.30)));
    painter.setFont(font);
    painter.setPen(Palette::BoardText);
    const QRectF done(rest.left(), rest.top(), rest.width(), rest.height() * 0.58);
    painter.drawText(done, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(doneText(), Qt::ElideRight, int(done.width())));
    // The job, or the call while there is one.
    font.setWeight(QFont::DemiBold);
    font.setPixelSize(std::max(11, int(h * 0.12)));
    painter.setFont(font);
    const QRectF line(rest.left(), done.bottom(), rest.width(), rest.bottom() - done.bottom());
    QString text = m_tile.operationId.isEmpty() ? tr("No job") : m_tile.jobLabel;
    if (hasCall()) {
        painter.setPen(m_escalated ? QColor(Palette::Red) : QColor(Palette::Amber));
        text = tr("Andon: %1").arg(m_call);
    } else {
        painter.setPen(Palette::BoardMuted);
    }
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, int(line.width())));
}

} // namespace Taktline
