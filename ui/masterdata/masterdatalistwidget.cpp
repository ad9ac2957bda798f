#include "masterdata/masterdatalistwidget.h"

#include "common/files/savefiledialog.h"
#include "masterdata/recordlabelprinter.h"
#include "barcode/recordlabels.h"
#include "common/lists/choicecombodelegate.h"
#include "common/lists/emptystate.h"
#include "common/lists/listexport.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "domain/masterdata/masterdataspecs.h"
#include "import/importdialog.h"
#include "item/masterdata/masterdatafilterproxy.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "masterdata/badgeprinter.h"
#include "masterdata/recorddialog.h"
#include "masterdata/stationpindialog.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/stationpinservice.h"
#include "services/undofeedback.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// What an empty list asks of someone who may add records: the first record and what it is for.
QString emptyListText(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Product:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No products yet. Add the first with Add… above, then give it its routing.");
    case MasterDataKind::Machine:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No machines yet. Add each machine or work place with Add… above.");
    case MasterDataKind::Employee:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No employees yet. Add the people who report at the station with Add… above.");
    case MasterDataKind::DowntimeReason:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No downtime reasons yet. Add the reasons an operator picks when a machine stops.");
    case MasterDataKind::DefectReason:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No defect reasons yet. Add the reasons an operator picks for a defective piece.");
    case MasterDataKind::Unit:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No units yet. Add the units quantities are counted in (pieces, kg, m) with Add… "
            "above.");
    case MasterDataKind::Supplier:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No suppliers yet. Add the workshops that do subcontracted steps with Add… "
            "above.");
    case MasterDataKind::Place:
        return QCoreApplication::translate(
            "Taktline::MasterDataListWidget",
            "No places yet. Add the racks, areas and machine buffers where pieces wait, then "
            "print their LOC: labels.");
    }
    return {};
}

// The import kind of a master-data list, when its records can be imported from a file.
std::optional<ImportKind> importKindOf(MasterDataKind kind)
{
    switch (kind) {
    case MasterDataKind::Product:
        return ImportKind::Products;
    case MasterDataKind::Machine:
        return ImportKind::Machines;
    case MasterDataKind::Employee:
        return ImportKind::Employees;
    case MasterDataKind::DowntimeReason:
        return ImportKind::DowntimeReasons;
    case MasterDataKind::DefectReason:
        return ImportKind::DefectReasons;
    default:
        return std::nullopt;
    }
}

} // namespace

MasterDataListWidget::MasterDataListWidget(Workspace *workspace, MasterDataKind kind,
                                           QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_model(new MasterDataTableModel(kind, workspace->masterData(), workspace->undoStack(),
                                       workspace->undoFeedback(), this))
    , m_proxy(new MasterDataFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_showInactive(new QCheckBox(tr("Show inactive"), this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggleActive(new QPushButton(tr("Deactivate"), this))
    , m_view(new QTableView(this))
    , m_banner(new MessageBanner(this))
{
    const EntitySpec &spec = entitySpec(kind);
    setObjectName(QStringLiteral("list_") + spec.key);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search %1…").arg(spec.displayPlural()));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150); // the employees tab's buttons need the room at 1280 px
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setProperty("primary", true);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_proxy);
    // A choice (a downtime reason's OEE class) is edited in the list with a drop-down.
    for (int column = 0; column < spec.fields.size(); ++column) {
        const FieldSpec &field = spec.fields.at(column);
        if (field.type != FieldType::Choice)
            continue;
        QList<Choice> options;
        for (const QString &key : field.options)
            options.append({key, field.optionDisplayName(key)});
        m_view->setItemDelegateForColumn(
            column,
            new ChoiceComboDelegate([options](const QModelIndex &) { return options; }, m_view));
    }
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    setRowHeight(m_view, TableRows::Editing);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(80);

    const bool canEdit = workspace->access()->allows(Permission::EditMasterData);
    m_view->setEditTriggers(canEdit ? QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::SelectedClicked
                                    : QAbstractItemView::NoEditTriggers);
    m_add->setVisible(canEdit);
    m_edit->setVisible(canEdit);
    m_toggleActive->setVisible(canEdit);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_showInactive);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_toggleActive);
    if (kind == MasterDataKind::Employee) {
        auto *badges = new QPushButton(tr("Print badges…"), this);
        badges->setObjectName(QStringLiteral("printBadgesButton"));
        bar->addWidget(badges);
        connect(badges, &QPushButton::clicked, this, &MasterDataListWidget::printBadges);
        if (canEdit) {
            m_pin = new QPushButton(tr("Station PIN…"), this);
            m_pin->setObjectName(QStringLiteral("stationPinButton"));
            m_pin->setToolTip(tr("Set or clear the PIN this employee types at the station after "
                                 "the badge"));
            bar->addWidget(m_pin);
            connect(m_pin, &QPushButton::clicked, this, &MasterDataListWidget::editStationPin);
        }
    }
    if (RecordLabels::labelled(kind)) {
        auto *labels = new QPushButton(tr("Print labels…"), this);
        labels->setObjectName(QStringLiteral("printLabelsButton"));
        labels->setToolTip(kind == MasterDataKind::Place
                               ? tr("A LOC: label for every place, to scan at the station when "
                                    "pieces are moved there")
                               : tr("An MC: label for every machine, to scan at its station"));
        bar->addWidget(labels);
        connect(labels, &QPushButton::clicked, this, [this] {
            const Result<int> printed = RecordLabelPrinter::print(m_workspace->masterData(), m_kind, this);
            if (!printed)
                m_banner->showMessage(printed.error(), MessageBanner::Kind::Info);
            else if (printed.value() > 0)
                m_banner->showMessage(tr("%n label(s) went to the printer.", nullptr, printed.value()),
                                      MessageBanner::Kind::Success);
        });
    }
    if (const std::optional<ImportKind> importKind = importKindOf(kind); importKind && canEdit) {
        auto *import = new QPushButton(tr("Import…"), this);
        import->setObjectName(QStringLiteral("importRecordsButton"));
        import->setToolTip(tr("Add or change many at once from an Excel or CSV file"));
        bar->addWidget(import);
        connect(import, &QPushButton::clicked, this, [this, importKind] {
            ImportDialog *dialog = ImportDialog::openFor(m_workspace, *importKind, this);
            connect(dialog, &ImportDialog::imported, this, [this] { m_model->reload(); });
        });
    }
    m_export = new ListExport(
        m_view, [kind] { return entitySpec(kind).displayPlural(); }, m_banner);
    bar->addWidget(m_export->button());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &MasterDataFilterProxy::setSearchText);
    connect(m_showInactive, &QCheckBox::toggled, m_proxy, &MasterDataFilterProxy::setShowInactive);
    connect(m_add, &QPushButton::clicked, this, &MasterDataListWidget::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &MasterDataListWidget::editSelected);
    connect(m_toggleActive, &QPushButton::clicked, this,
            &MasterDataListWidget::toggleSelectedActive);
    if (canEdit)
        connect(m_view, &QTableView::doubleClicked, this, &MasterDataListWidget::editSelected);
    connect(m_model, &MasterDataTableModel::errorOccurred, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MasterDataListWidget::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MasterDataListWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MasterDataListWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MasterDataListWidget::updateButtons);
    EmptyState::install(m_view, [this, canEdit] {
        const QString search = m_search->text().trimmed();
        if (!search.isEmpty())
            return tr("Nothing matches “%1”.").arg(search);
        if (m_model->rowCount() > 0)
            return tr("Every record here is inactive. Tick Show inactive to see them.");
        return canEdit ? emptyListText(m_kind) : tr("Nothing here yet.");
    });
    m_view->resizeColumnsToContents();
    // Every kind has its name in column 1: it takes the spare width, the codes stay compact.
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    updateButtons();
    updateCount();
}

void MasterDataListWidget::printBadges()
{
    BadgePrinter::printAll(m_workspace, m_banner, this);
}

void MasterDataListWidget::editStationPin()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const MasterRecord &employee = m_model->recordAt(row);
    StationPinDialog dialog(m_workspace->stationPins(), employee.id,
                            employee.text(QStringLiteral("name")),
                            employee.text(QStringLiteral("badge")), this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(
            tr("The station PIN of %1 is saved.").arg(employee.text(QStringLiteral("name"))),
            MessageBanner::Kind::Success);
}

int MasterDataListWidget::selectedSourceRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.constFirst()).row();
}

void MasterDataListWidget::updateButtons()
{
    const int row = selectedSourceRow();
    m_edit->setEnabled(row >= 0);
    m_toggleActive->setEnabled(row >= 0);
    if (m_pin)
        m_pin->setEnabled(row >= 0);
    const bool active = row < 0 || m_model->recordAt(row).active;
    m_toggleActive->setText(active ? tr("Deactivate") : tr("Activate"));
}

void MasterDataListWidget::updateCount()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

QHash<QString, QList<Choice>> MasterDataListWidget::referenceChoices() const
{
    QHash<QString, QList<Choice>> choices;
    for (const FieldSpec &field : entitySpec(m_kind).fields) {
        if (field.type == FieldType::Choice) {
            QList<Choice> list;
            for (const QString &key : field.options)
                list.append({key, field.optionDisplayName(key)});
            choices.insert(field.column, list);
            continue;
        }
        if (field.reference.isEmpty())
            continue;
        for (MasterDataKind kind : allMasterDataKinds()) {
            const EntitySpec &referenced = entitySpec(kind);
            if (referenced.table != field.reference)
                continue;
            const Result<QList<MasterRecord>> rows = m_workspace->masterData()->list(kind, false);
            if (!rows)
                continue;
            QList<Choice> list;
            for (const MasterRecord &row : rows.value()) {
                const QString code = row.text(referenced.codeField().column);
                const QString name = row.localizedName();
                const Choice choice{row.id, name.compare(code, Qt::CaseInsensitive) == 0
                                                ? name
                                                : tr("%1 (%2)").arg(name, code)};
                // The default (PCS, 件) first: a new record starts with it.
                if (code.compare(field.defaultValue.toString(), Qt::CaseInsensitive) == 0)
                    list.prepend(choice);
                else
                    list.append(choice);
            }
            // An optional reference (a rack belongs to no machine) starts with none.
            if (!field.required)
                list.prepend({QString(), tr("(none)")});
            choices.insert(field.column, list);
        }
    }
    return choices;
}

void MasterDataListWidget::addRecord()
{
    RecordDialog dialog(
        m_kind, MasterRecord(),
        [this](const QVariantMap &values) {
            MasterRecord record;
            record.values = values;
            const Result<QString> id = m_model->addRecord(record);
            if (id) {
                const QModelIndex source = m_model->index(m_model->rowOfId(id.value()), 0);
                m_view->setCurrentIndex(m_proxy->mapFromSource(source));
            }
            return id.outcome();
        },
        this, referenceChoices());
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(tr("Saved."), MessageBanner::Kind::Success);
}

void MasterDataListWidget::editSelected()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const QString id = m_model->recordAt(row).id;
    RecordDialog dialog(
        m_kind, m_model->recordAt(row),
        [this, id](const QVariantMap &values) {
            return m_model->updateRecord(m_model->rowOfId(id), values);
        },
        this, referenceChoices());
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(tr("Saved."), MessageBanner::Kind::Success);
}

void MasterDataListWidget::toggleSelectedActive()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const bool activate = !m_model->recordAt(row).active;
    if (Outcome done = m_model->setRecordActive(row, activate); !done) {
        m_banner->showMessage(done.error());
        return;
    }
    m_banner->showMessage(activate ? tr("Activated. Undo with Ctrl+Z.")
                                   : tr("Deactivated: it stays in the records but is no longer "
                                        "offered for new work. Undo with Ctrl+Z."),
                          MessageBanner::Kind::Success);
    updateButtons();
}

Outcome MasterDataListWidget::exportTo(const QString &path)
{
    return m_export->exportTo(path).outcome();
}

void MasterDataListWidget::exportToExcel()
{
    m_export->exportToExcel();
}

} // namespace Taktline
