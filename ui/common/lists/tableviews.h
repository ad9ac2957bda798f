#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace Taktline {

// How tall the rows of a table are, in pixels: one place for every table of the app.
enum class TableRows {
    Compact = 30, // a short pick list beside a form, a dialog's preview
    Office = 32,  // a list read at a desk with a mouse
    Editing = 34, // a table edited in place: a drop-down or line editor fits the row
    Touch = 40,   // a list tapped with a (gloved) finger: the Traceability page and its dialogs
};

// Sets a table up as Taktline's read-only lists are: whole rows picked one at a time, no row
// numbers, alternating row colours, rows ROWS tall. Sorting and column widths stay the caller's.
void setUpListView(QTableView *view, TableRows rows = TableRows::Office);

// A new read-only list showing MODEL, named OBJECT_NAME (tests find it by that), set up by
// setUpListView.
QTableView *makeListView(QAbstractItemModel *model, const QString &objectName, QWidget *parent,
                         TableRows rows = TableRows::Office);

// Widens every column of VIEW that is narrower than its header's text, so no header is cut
// ("andard time (s per piec"); call it after setting the widths a list starts with.
void fitColumnsToHeaders(QTableView *view);

// Makes every row of VIEW ROWS tall.
void setRowHeight(QTableView *view, TableRows rows);

} // namespace Taktline
