#include "trace/genealogy/traceexport.h"

#include "common/files/savefiledialog.h"
#include "common/messagebanner.h"
#include "io/tracereportdocument.h"
#include "io/traceworkbook.h"
#include "item/trace/tracetreemodel.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QRegularExpression>

namespace Taktline {

TraceExport::TraceExport(Workspace *workspace, const TraceTreeModel *model, MessageBanner *banner,
                         QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_model(model)
    , m_banner(banner)
    , m_window(window)
{
}

QString TraceExport::suggestedFileName(const QString &code) const
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    QString name = tr("Trace %1").arg(code);
    return name.replace(unsafe, QStringLiteral("_"));
}

Outcome TraceExport::writeExcel(const QString &path, TraceDirection direction) const
{
    if (m_model->isEmpty())
        return Outcome::failure(tr("Trace a code first: there is nothing to export yet."));
    return TraceWorkbook::write(*m_model->root(), direction, path);
}

Outcome TraceExport::writePdf(const QString &path, TraceDirection direction) const
{
    if (m_model->isEmpty())
        return Outcome::failure(tr("Trace a code first: there is nothing to save yet."));
    const TraceReportDocument report(*m_model->root(), direction,
                                     m_workspace->settings()->factoryName());
    return report.writePdf(path);
}

Result<QString> TraceExport::excelTo(const QString &path, const QString &code,
                                     TraceDirection direction) const
{
    if (Outcome done = writeExcel(path, direction); !done)
        return done;
    return tr("Exported the trace of %1 (%n row(s)) to %2.", nullptr, m_model->nodeCount())
        .arg(code, QDir::toNativeSeparators(path));
}

void TraceExport::saveAsPdf(const QString &code, TraceDirection direction)
{
    saveAs(code, tr("Save trace report as PDF"), SaveFileDialog::Kind::Pdf,
           tr("Trace report of %1 saved to %2."),
           [this, direction](const QString &path) { return writePdf(path, direction); });
}

void TraceExport::saveAs(const QString &code, const QString &title, SaveFileDialog::Kind kind,
                         const QString &saved,
                         const std::function<Outcome(const QString &path)> &write)
{
    const QString path = SaveFileDialog::ask(m_window, title, suggestedFileName(code), {kind});
    if (path.isEmpty())
        return;
    if (Outcome done = write(path); !done) {
        m_banner->showMessage(done.error());
        return;
    }
    m_banner->showMessage(saved.arg(code, QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Success);
}

} // namespace Taktline
