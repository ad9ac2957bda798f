// GenealogyPanel's recent searches and its exports to Excel and PDF.
#include "trace/genealogy/genealogypanel.h"

#include "common/messagebanner.h"
#include "io/tracereportdocument.h"
#include "io/traceworkbook.h"
#include "item/trace/tracetext.h"
#include "item/trace/tracetreemodel.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Taktline {

namespace {

const QString RecentKey = QStringLiteral("traceability/recent");
constexpr int MaxRecent = 10;

QString directionKey(TraceDirection direction)
{
    switch (direction) {
    case TraceDirection::Backward:
        return QStringLiteral("backward");
    case TraceDirection::Forward:
        return QStringLiteral("forward");
    case TraceDirection::Auto:
        break;
    }
    return QStringLiteral("auto");
}

TraceDirection directionFromKey(const QString &key)
{
    if (key == QLatin1String("backward"))
        return TraceDirection::Backward;
    if (key == QLatin1String("forward"))
        return TraceDirection::Forward;
    return TraceDirection::Auto;
}

} // namespace

QStringList GenealogyPanel::recentCodes() const
{
    QStringList codes;
    for (const QString &entry : QSettings().value(RecentKey).toStringList())
        codes << entry.section(QLatin1Char('|'), 1);
    return codes;
}

void GenealogyPanel::remember(const QString &code, TraceDirection direction)
{
    const QString entry = directionKey(direction) + QLatin1Char('|') + code;
    QStringList entries = QSettings().value(RecentKey).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    QSettings().setValue(RecentKey, entries.mid(0, MaxRecent));
    rebuildRecentMenu();
}

void GenealogyPanel::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList entries = QSettings().value(RecentKey).toStringList();
    for (const QString &entry : entries) {
        const TraceDirection direction = directionFromKey(entry.section(QLatin1Char('|'), 0, 0));
        const QString code = entry.section(QLatin1Char('|'), 1);
        QAction *action = m_recentMenu->addAction(
            direction == TraceDirection::Auto
                ? code
                : QStringLiteral("%1   (%2)").arg(code, TraceText::directionName(direction)));
        connect(action, &QAction::triggered, this, [this, code, direction] {
            setDirection(direction);
            trace(code, direction);
        });
    }
    m_recent->setEnabled(!entries.isEmpty());
    m_recent->setToolTip(entries.isEmpty() ? tr("Codes you trace are listed here.")
                                           : tr("Trace one of the last codes again."));
}

QString GenealogyPanel::suggestedFileName(const QString &suffix) const
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    QString name = tr("Trace %1").arg(m_tracedCode);
    name.replace(unsafe, QStringLiteral("_"));
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return documents.filePath(name + suffix);
}

Outcome GenealogyPanel::exportExcelTo(const QString &path) const
{
    if (!hasTrace())
        return Outcome::failure(tr("Trace a code first: there is nothing to export yet."));
    return TraceWorkbook::write(*m_model->root(), m_usedDirection, path);
}

Outcome GenealogyPanel::exportPdfTo(const QString &path) const
{
    if (!hasTrace())
        return Outcome::failure(tr("Trace a code first: there is nothing to save yet."));
    const TraceReportDocument report(*m_model->root(), m_usedDirection,
                                     m_workspace->settings()->factoryName());
    return report.writePdf(path);
}

void GenealogyPanel::exportExcel()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export trace to Excel"),
                                                suggestedFileName(QStringLiteral(".xlsx")),
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (Outcome done = exportExcelTo(path); !done) {
        m_banner->showMessage(done.error());
        return;
    }
    m_banner->showMessage(
        tr("Exported the trace of %1 (%n row(s)) to %2.", nullptr, m_model->nodeCount())
            .arg(m_tracedCode, QDir::toNativeSeparators(path)),
        MessageBanner::Kind::Success);
}

void GenealogyPanel::exportPdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save trace report as PDF"),
                                                suggestedFileName(QStringLiteral(".pdf")),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Outcome done = exportPdfTo(path); !done) {
        m_banner->showMessage(done.error());
        return;
    }
    m_banner->showMessage(
        tr("Trace report of %1 saved to %2.").arg(m_tracedCode, QDir::toNativeSeparators(path)),
        MessageBanner::Kind::Success);
}

} // namespace Taktline
