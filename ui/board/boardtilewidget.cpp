#include "board/boardtilewidget.h"

#include "item/palette.h"
#include "machines/statuspill.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

namespace Taktline {

namespace {

QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60000);
    if (minutes < 60)
        return QCoreApplication::translate("Taktline::BoardTileWidget", "%n min", nullptr,
                                           int(minutes));
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
    // Repainted only when something shown moves: the minutes in status, or a flashing frame.
    const QString before = timeInStatusText() + firstArticleText();
    m_nowMs = nowMs;
    const bool flashMoves = hasCall() && flashOn != m_flashOn;
    m_flashOn = flashOn;
    if (flashMoves || timeInStatusText() + firstArticleText() != before)
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
    return m_tile.sinceMs > 0 && m_nowMs >= m_tile.sinceMs ? duration(m_nowMs - m_tile.sinceMs)
                                                           : QString();
}

QString BoardTileWidget::firstArticleText() const
{
    if (m_tile.firstArticleSinceMs <= 0)
        return {};
    return tr("Waiting for first article %1")
        .arg(duration(std::max<qint64>(0, m_nowMs - m_tile.firstArticleSinceMs)));
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
    // The band: status colour, the machine on the left, its status on the right.
    const QRectF band(body.left(), body.top(), body.width(), h * 0.24);
    painter.setBrush(StatusPill::background(m_tile.status));
    painter.drawRoundedRect(band, radius, radius);
    painter.drawRect(band.adjusted(0, radius, 0, 0));
    QFont font = this->font();
    font.setWeight(QFont::Bold);
    font.setPixelSize(std::max(12, int(h * 0.13)));
    painter.setFont(font);
    painter.setPen(StatusPill::foreground(m_tile.status));
    const QRectF bandText = band.adjusted(pad, 0, -pad, 0);
    const QString status =
        (m_tile.status == MachineStatus::Down || m_tile.status == MachineStatus::Idle) &&
                !m_tile.reason.isEmpty()
            ? m_tile.reason
            : machineStatusDisplayName(m_tile.status);
    const qreal statusWidth =
        std::min(bandText.width() * 0.45, qreal(painter.fontMetrics().horizontalAdvance(status)));
    painter.drawText(
        bandText, Qt::AlignRight | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(status, Qt::ElideRight, int(statusWidth) + 1));
    const qreal nameWidth = bandText.width() - statusWidth - pad;
    painter.drawText(QRectF(bandText.left(), bandText.top(), nameWidth, bandText.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_tile.code + QLatin1Char(' ') + m_tile.name,
                                                      Qt::ElideRight, int(nameWidth)));

    // Done / planned, the largest type on the tile, as large as the width lets it be.
    const QRectF rest = body.adjusted(pad, band.height(), -pad, -pad / 2);
    const QRectF done(rest.left(), rest.top(), rest.width(), rest.height() * 0.56);
    font.setPixelSize(std::max(16, int(done.height() * 0.78)));
    while (font.pixelSize() > 16 && QFontMetrics(font).horizontalAdvance(doneText()) > done.width())
        font.setPixelSize(font.pixelSize() - 2);
    painter.setFont(font);
    painter.setPen(Palette::BoardText);
    painter.drawText(done, Qt::AlignLeft | Qt::AlignVCenter, doneText());
    // The job (or the call while there is one), then how long the machine has been so.
    font.setWeight(QFont::DemiBold);
    font.setPixelSize(std::max(11, int(h * 0.11)));
    painter.setFont(font);
    const qreal lineHeight = (rest.bottom() - done.bottom()) / 2;
    const QRectF job(rest.left(), done.bottom(), rest.width(), lineHeight);
    const QRectF since(rest.left(), job.bottom(), rest.width(), lineHeight);
    painter.setPen(Palette::BoardMuted);
    if (hasCall()) {
        painter.setPen(m_escalated ? QColor(Palette::Red) : QColor(Palette::Amber));
        painter.drawText(job, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(tr("Andon: %1").arg(m_call),
                                                          Qt::ElideRight, int(job.width())));
    } else if (m_tile.operationId.isEmpty()) {
        painter.drawText(job, Qt::AlignLeft | Qt::AlignVCenter, tr("No job"));
    } else {
        // The step on the right, whole; the order number takes the rest.
        const qreal stepWidth = std::min(
            job.width() * 0.4, qreal(painter.fontMetrics().horizontalAdvance(m_tile.step)));
        painter.drawText(
            job, Qt::AlignRight | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(m_tile.step, Qt::ElideRight, int(stepWidth) + 1));
        painter.drawText(job.adjusted(0, 0, -(stepWidth + pad), 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(m_tile.orderNumber, Qt::ElideMiddle,
                                                          int(job.width() - stepWidth - pad)));
    }
    if (const QString waiting = firstArticleText(); !waiting.isEmpty()) {
        painter.setPen(Palette::Amber);
        painter.drawText(since, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(waiting, Qt::ElideRight,
                                                          int(since.width())));
    } else if (const QString time = timeInStatusText(); !time.isEmpty()) {
        painter.setPen(Palette::BoardMuted);
        painter.drawText(since, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(tr("for %1").arg(time), Qt::ElideRight,
                                                          int(since.width())));
    }
}

} // namespace Taktline
