#include "board/boardtable.h"

#include "item/palette.h"

#include <QFontMetrics>
#include <QPainter>

#include <numeric>

namespace Taktline {

BoardTable::BoardTable(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void BoardTable::setColumns(const QStringList &headers, const QList<int> &stretch)
{
    m_headers = headers;
    m_stretch = stretch;
    update();
}

void BoardTable::setRows(const QList<BoardRow> &rows)
{
    m_rows = rows;
    update();
}

void BoardTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void BoardTable::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Palette::BoardWindow);
    QFont font = this->font();
    if (m_rows.isEmpty()) {
        font.setPixelSize(std::max(24, height() / 14));
        font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        painter.setPen(Palette::BoardMuted);
        painter.drawText(rect().adjusted(width() / 10, 0, -width() / 10, 0),
                         Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const int shown = int(std::min<qsizetype>(m_rows.size(), m_maximumRows));
    const bool more = m_rows.size() > shown;
    const int lines = 1 + m_maximumRows + (more ? 1 : 0);
    const int rowHeight = std::max(36, height() / std::max(lines, 1));
    const int total = std::max(1, std::accumulate(m_stretch.cbegin(), m_stretch.cend(), 0));
    QList<int> x{0};
    for (qsizetype c = 0; c < m_headers.size(); ++c)
        x.append(x.constLast() + width() * m_stretch.value(c, 1) / total);
    const int pad = rowHeight / 5;
    auto drawCells = [&](const QStringList &cells, int top, const QList<QColor> &colours,
                         const QColor &colour) {
        for (qsizetype c = 0; c < m_headers.size(); ++c) {
            const QRect cell(x.at(c) + pad, top, x.at(c + 1) - x.at(c) - 2 * pad, rowHeight);
            const QColor own = colours.value(c);
            painter.setPen(own.isValid() ? own : colour);
            // A long cell gets smaller type before it loses its end: down to two thirds.
            const QFont base = painter.font();
            QFont fitted = base;
            const QString text = cells.value(c);
            while (fitted.pixelSize() * 3 > base.pixelSize() * 2 &&
                   QFontMetrics(fitted).horizontalAdvance(text) > cell.width())
                fitted.setPixelSize(fitted.pixelSize() - 1);
            painter.setFont(fitted);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt::ElideRight, cell.width()));
            painter.setFont(base);
        }
    };
    font.setPixelSize(std::max(16, rowHeight * 2 / 5));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    drawCells(m_headers, 0, {}, Palette::BoardMuted);
    font.setPixelSize(std::max(18, rowHeight / 2));
    font.setWeight(QFont::Bold);
    painter.setFont(font);
    for (int r = 0; r < shown; ++r) {
        const BoardRow &row = m_rows.at(r);
        const int top = rowHeight * (r + 1);
        const QRect band(0, top + 3, width(), rowHeight - 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(row.fill.isValid() ? row.fill : QColor(Palette::BoardPanel));
        painter.drawRoundedRect(band, 8, 8);
        drawCells(row.cells, top, row.cellText,
                  row.text.isValid() ? row.text : QColor(Palette::BoardText));
    }
    if (more) {
        painter.setPen(Palette::BoardMuted);
        painter.drawText(QRect(pad, rowHeight * (shown + 1), width() - 2 * pad, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("… and %n more", nullptr, int(m_rows.size() - shown)));
    }
}

} // namespace Taktline
