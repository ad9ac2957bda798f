#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace Taktline {

// Which columns a list keeps when it is narrow (a 1280×800 tablet beside a detail panel): each
// column has a priority and the width it needs; when the view cannot show them all, the least
// important hide first and come back as it widens. One column takes the width left over.
class ColumnPriorities final : public QObject
{
    Q_OBJECT
public:
    struct Column
    {
        int column;
        int priority; // 0: always shown; higher numbers hide first
        int width;    // what it needs, in pixels (the header's own width if that is more);
                      // FitContents: its widest cell or header
    };
    static constexpr int FitContents = -1;

    // STRETCH is the column that takes the spare width (a name that elides in the middle).
    static ColumnPriorities *install(QTableView *view, QList<Column> columns, int stretch);

    // Shows and sizes the columns for the view's width now (call it again when a column sized
    // to its contents has new rows).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnPriorities(QTableView *view, QList<Column> columns, int stretch);

    QTableView *m_view;
    QList<Column> m_columns; // most important first
    int m_stretch;
    bool m_fitting = false;
};

} // namespace Taktline
