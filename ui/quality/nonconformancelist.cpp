#include "quality/nonconformancelist.h"

#include "common/fields/dateedit.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "domain/role.h"
#include "item/quality/nonconformancelistmodel.h"
#include "quality/dispositiondialog.h"
#include "quality/nonconformancedialog.h"
#include "services/access/accesscontrol.h"
#include "services/quality/nonconformanceservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

NonconformanceList::NonconformanceList(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new NonconformanceListModel(workspace->nonconformances(), this))
    , m_banner(new MessageBanner(this))
    , m_show(new QComboBox(this))
    , m_from(new DateEdit(workspace->clock().today().addDays(-30), this))
    , m_to(new DateEdit(workspace->clock().today(), this))
    , m_new(new QPushButton(tr("New…"), this))
    , m_dispose(new QPushButton(tr("Dispose…"), this))
    , m_view(makeListView(m_model, QStringLiteral("nonconformanceTable"), this))
{
    setObjectName(QStringLiteral("nonconformanceList"));
    m_show->setObjectName(QStringLiteral("showCombo"));
    m_show->addItem(tr("Open"), true);
    m_show->addItem(tr("All"), false);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_dispose->setObjectName(QStringLiteral("disposeButton"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_show);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("From:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To:"), this));
    bar->addWidget(m_to);
    bar->addStretch();
    bar->addWidget(m_new);
    bar->addWidget(m_dispose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_view->setColumnWidth(NonconformanceListModel::NumberColumn, 150);
    m_view->setColumnWidth(NonconformanceListModel::DateColumn, 130);
    m_view->setColumnWidth(NonconformanceListModel::ProductColumn, 150);
    m_view->setColumnWidth(NonconformanceListModel::OrderColumn, 160);
    m_view->setColumnWidth(NonconformanceListModel::SubjectColumn, 110);
    m_view->setColumnWidth(NonconformanceListModel::QuantityColumn, 60);
    m_view->setColumnWidth(NonconformanceListModel::OpenColumn, 70);
    m_view->setColumnWidth(NonconformanceListModel::ReasonColumn, 110);
    fitColumnsToHeaders(m_view);

    connect(m_show, &QComboBox::currentIndexChanged, this, &NonconformanceList::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &NonconformanceList::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &NonconformanceList::reload);
    connect(m_new, &QPushButton::clicked, this, [this] { newNonconformance(); });
    connect(m_dispose, &QPushButton::clicked, this, [this] { disposeSelected(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { disposeSelected(); });
    // A reload (after a disposition) keeps the NC the user was working on selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        m_selectedId = rows.isEmpty()
                           ? QString()
                           : rows.first().data(NonconformanceListModel::IdRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; !m_selectedId.isEmpty() && row < m_model->rowCount(); ++row) {
            if (m_model->recordAt(row)->id == m_selectedId)
                m_view->selectRow(row);
        }
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NonconformanceList::updateButtons);
    connect(m_workspace->access(), &AccessControl::sessionChanged, this,
            &NonconformanceList::updateButtons);
    reload();
}

void NonconformanceList::reload()
{
    NonconformanceFilter filter;
    filter.openOnly = m_show->currentData().toBool();
    filter.fromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    filter.toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    m_model->setFilter(filter);
    if (Outcome loaded = m_model->reload(); !loaded)
        m_banner->showMessage(loaded.error());
    updateButtons();
}

void NonconformanceList::updateButtons()
{
    const AccessControl *access = m_workspace->access();
    m_new->setEnabled(access->allows(Permission::Inspect) ||
                      access->allows(Permission::UseStation));
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const NonconformanceRecord *nc =
        rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
    m_dispose->setEnabled(nc && nc->openQuantity > 0 &&
                          access->allows(Permission::DisposeNonconformance));
}

NonconformanceDialog *NonconformanceList::newNonconformance()
{
    auto *dialog = new NonconformanceDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

DispositionDialog *NonconformanceList::disposeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const NonconformanceRecord *nc =
        rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
    if (!nc || nc->openQuantity <= 0)
        return nullptr;
    auto *dialog = new DispositionDialog(m_workspace->nonconformances(), *nc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

} // namespace Taktline
