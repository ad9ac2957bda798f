#pragma once

#include "common/files/savefiledialog.h"
#include "domain/outcome.h"
#include "services/trace/tracelookup.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Taktline {

class MessageBanner;
class TraceTreeModel;
class Workspace;

// The Genealogy tab's exports of the trace shown: an Excel workbook with a row a node, and a
// printable PDF report, saved where the user picks; what came of it goes to the banner.
class TraceExport final : public QObject
{
    Q_OBJECT
public:
    // MODEL holds the trace shown; WINDOW parents the file dialogs, and this.
    TraceExport(Workspace *workspace, const TraceTreeModel *model, MessageBanner *banner,
                QWidget *window);

    // The trace shown, traced in DIRECTION, written to PATH without a dialog.
    Outcome writeExcel(const QString &path, TraceDirection direction) const;
    Outcome writePdf(const QString &path, TraceDirection direction) const;
    // The workbook, for the Genealogy tab's ListExport: what was written, for the banner.
    Result<QString> excelTo(const QString &path, const QString &code,
                            TraceDirection direction) const;
    // The PDF after asking where; CODE, the code traced, names the file and the message.
    void saveAsPdf(const QString &code, TraceDirection direction);
    QString suggestedFileName(const QString &code) const;

private:
    // Asks where to save a file of KIND, lets WRITE write it there and says how it went; SAVED
    // has %1 for the code and %2 for the file.
    void saveAs(const QString &code, const QString &title, SaveFileDialog::Kind kind,
                const QString &saved,
                const std::function<Outcome(const QString &path)> &write);

    Workspace *m_workspace;
    const TraceTreeModel *m_model;
    MessageBanner *m_banner;
    QWidget *m_window;
};

} // namespace Taktline
