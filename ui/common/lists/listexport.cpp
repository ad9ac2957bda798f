#include "common/lists/listexport.h"

#include "common/messagebanner.h"
#include "common/files/savefiledialog.h"
#include "formats/report/xlsxtableexporter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

namespace Taktline {

namespace {

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

ListExport::ListExport(QAbstractItemView *view, NameFunction name, MessageBanner *banner)
    : ListExport(view, std::move(name), {}, banner)
{
    m_view = view;
}

ListExport::ListExport(QWidget *list, NameFunction name, WriteFunction write, MessageBanner *banner)
    : QObject(list)
    , m_list(list)
    , m_name(std::move(name))
    , m_write(std::move(write))
    , m_banner(banner)
    , m_button(new QPushButton(tr("Export to Excel…"), list))
{
    setObjectName(QStringLiteral("listExport"));
    m_button->setObjectName(QStringLiteral("exportButton"));
    m_button->setToolTip(tr("Save this list as an Excel workbook, as it is shown (%1)")
                             .arg(shortcut().toString(QKeySequence::NativeText)));
    connect(m_button, &QPushButton::clicked, this, &ListExport::exportToExcel);
}

Result<QString> ListExport::writeView(const QString &path) const
{
    QAbstractItemModel *model = m_view->model();
    XlsxTableExporter::fetchAll(*model);
    QList<int> columns;
    if (QHeaderView *header = headerOf(m_view)) {
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                columns.append(logical);
        }
    }
    if (Outcome done = XlsxTableExporter::exportModel(*model, path, m_name(), columns); !done)
        return done;
    return tr("Exported %n row(s) to %1.", nullptr, model->rowCount())
        .arg(QDir::toNativeSeparators(path));
}

Result<QString> ListExport::exportTo(const QString &path)
{
    return m_write ? m_write(path) : writeView(path);
}

void ListExport::exportToExcel()
{
    const QString path = SaveFileDialog::ask(m_list->window(), tr("Export to Excel"), m_name(),
                                             {SaveFileDialog::Kind::Excel});
    if (path.isEmpty())
        return;
    const Result<QString> done = exportTo(path);
    if (!done) {
        m_banner->showMessage(done.error());
        return;
    }
    m_banner->showMessage(done.value(), MessageBanner::Kind::Success);
}

ListExport *ListExport::showingIn(const QWidget *page)
{
    if (!page)
        return nullptr;
    ListExport *showing = nullptr;
    const QWidget *focus = QApplication::focusWidget();
    for (ListExport *candidate : page->findChildren<ListExport *>()) {
        if (!candidate->m_list->isVisible())
            continue;
        if (focus && candidate->m_list->isAncestorOf(focus))
            return candidate;
        if (!showing)
            showing = candidate;
    }
    return showing;
}

} // namespace Taktline
