#pragma once

#include "domain/outcome.h"

#include <QKeySequence>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QPushButton;
class QWidget;

namespace Taktline {

class MessageBanner;

// The one way a list is exported to Excel. A list page makes one for its list and puts its
// "Export to Excel…" button at the right end of the list's toolbar; File ▸ Export list to Excel…
// (Ctrl+E) in the main window exports whichever list is showing. The workbook holds what the
// list shows: the columns the view shows in their order on screen, every row its filter lets
// through (also those not fetched yet), the headers and text in the UI language.
class ListExport final : public QObject
{
    Q_OBJECT
public:
    using NameFunction = std::function<QString()>; // the suggested file name and sheet name
    // Writes a list its own way (the wages: totals and their lines); the message on success.
    using WriteFunction = std::function<Result<QString>(const QString &path)>;

    ListExport(QAbstractItemView *view, NameFunction name, MessageBanner *banner);
    // LIST is the widget that must be showing for File ▸ Export list to export it.
    ListExport(QWidget *list, NameFunction name, WriteFunction write, MessageBanner *banner);

    QPushButton *button() const { return m_button; }
    QWidget *list() const { return m_list; }

    // Writes the list to PATH without asking; the message to show, or why it failed.
    Result<QString> exportTo(const QString &path);
    // Asks where to save it, writes it, and says in the banner what was written.
    void exportToExcel();

    // The export of the list showing on PAGE (the one with the focus first), or null.
    static ListExport *showingIn(const QWidget *page);
    static QKeySequence shortcut() { return QKeySequence(Qt::CTRL | Qt::Key_E); }

private:
    Result<QString> writeView(const QString &path) const;

    QWidget *m_list;
    QAbstractItemView *m_view = nullptr;
    NameFunction m_name;
    WriteFunction m_write;
    MessageBanner *m_banner;
    QPushButton *m_button;
};

} // namespace Taktline
