#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

namespace Taktline {

// One row of a board table: its cells and, when it must stand out, its colours.
struct BoardRow
{
    QStringList cells;
    QColor fill;            // invalid: the panel's
    QColor text;            // invalid: the board's text colour
    QList<QColor> cellText; // per cell, overriding TEXT where valid
};

// A table painted for a wall board: a header and a few rows in type sized to the widget, so the
// rows that fit are readable from across the shop; a sentence instead when there are none.
class BoardTable final : public QWidget
{
    Q_OBJECT
public:
    explicit BoardTable(QWidget *parent = nullptr);

    // HEADERS and the share of the width each column takes.
    void setColumns(const QStringList &headers, const QList<int> &stretch);
    void setRows(const QList<BoardRow> &rows);
    void setEmptyText(const QString &text);
    // At most ROWS rows are shown (the oldest first); the rest are counted in a last line.
    void setMaximumRows(int rows)
    {
        m_maximumRows = rows;
        update();
    }

    int rowCount() const { return int(m_rows.size()); }
    const BoardRow &row(int index) const { return m_rows.at(index); }
    QString emptyText() const { return m_emptyText; }
    bool showsEmptyText() const { return m_rows.isEmpty(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_headers;
    QList<int> m_stretch;
    QList<BoardRow> m_rows;
    QString m_emptyText;
    int m_maximumRows = 10;
};

} // namespace Taktline
