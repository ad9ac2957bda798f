#include "workorders/reportsreviewdialog.h"

#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "item/palette.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QString quantity(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString when(qint64 ms, const QString &format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), format);
}

} // namespace

ReportsReviewDialog::ReportsReviewDialog(Workspace *workspace, const QString &workOrderId,
                                         const QString &operationId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_workOrderId(workOrderId)
    , m_canCorrect(workspace->access()->allows(Permission::CorrectReports))
    , m_title(new QLabel(this))
    , m_operation(new QComboBox(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_readOnlyNote(new QLabel(this))
    , m_void(new QPushButton(tr("Void…"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
{
    setObjectName(QStringLiteral("reportsReviewDialog"));
    const Result<WorkOrder> order = workspace->workOrders()->find(workOrderId);
    const QString number = order ? order.value().number : QString();
    setWindowTitle(tr("Production reports of %1").arg(number));
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_title->setText(tr("Reports of %1").arg(number));
    m_operation->setObjectName(QStringLiteral("operationCombo"));
    m_operation->setMinimumWidth(200);
    fillOperations();
    m_operation->setCurrentIndex(std::max(0, m_operation->findData(operationId)));

    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Reported at"), tr("Operation"), tr("Operator"),
                                        tr("Machine"), tr("Good qty"), tr("Defective"),
                                        tr("Rework"), tr("Lot No."), tr("Status")});
    setUpListView(m_table, TableRows::Office);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // approve several at once
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_summary->setObjectName(QStringLiteral("reportsSummary"));
    m_readOnlyNote->setObjectName(QStringLiteral("placeholderNote"));
    m_readOnlyNote->setWordWrap(true);
    m_void->setObjectName(QStringLiteral("voidReportButton"));
    m_approve->setObjectName(QStringLiteral("approveReportsButton"));
    m_approve->setProperty("primary", true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {m_void, m_approve, close})
        button->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Operation:"), this));
    top->addWidget(m_operation);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary);
    bottom->addSpacing(16);
    bottom->addWidget(m_readOnlyNote, 1);
    bottom->addStretch(m_canCorrect ? 1 : 0);
    bottom->addWidget(m_void);
    bottom->addWidget(m_approve);
    bottom->addSpacing(12);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // Voiding and approving are for a supervisor; everyone else sees why the buttons are not there.
    m_void->setVisible(m_canCorrect);
    m_approve->setVisible(m_canCorrect);
    m_readOnlyNote->setVisible(!m_canCorrect);
    if (!m_canCorrect)
        m_readOnlyNote->setText(workspace->access()->require(Permission::CorrectReports).error());

    connect(m_operation, &QComboBox::currentIndexChanged, this, &ReportsReviewDialog::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportsReviewDialog::updateButtons);
    connect(m_void, &QPushButton::clicked, this, &ReportsReviewDialog::voidSelected);
    connect(m_approve, &QPushButton::clicked, this, &ReportsReviewDialog::approveSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    for (const auto signal : {&ReportingService::reportAdded, &ReportingService::reportVoided}) {
        connect(workspace->reporting(), signal, this, [this](const QString &workOrderId) {
            if (workOrderId == m_workOrderId)
                reload();
        });
    }
    connect(workspace->reporting(), &ReportingService::reportsApproved, this,
            &ReportsReviewDialog::reload);
    resize(1120, 600);
    reload();
}

QString ReportsReviewDialog::operationFilter() const
{
    return m_operation->currentData().toString();
}

void ReportsReviewDialog::fillOperations()
{
    m_operation->addItem(tr("All operations"), QString());
    const Result<QList<WorkOrderOperation>> ops =
        m_workspace->workOrders()->operations(m_workOrderId);
    for (const WorkOrderOperation &op : ops ? ops.value() : QList<WorkOrderOperation>()) {
        const QString step = QString::number(op.seq) + QStringLiteral(" ") + op.name;
        m_stepNames.insert(op.id, step);
        m_operation->addItem(step, op.id);
    }
}

void ReportsReviewDialog::reload()
{
    const QStringList keep = selectedReportIds();
    const Result<QList<ReportEntry>> entries =
        m_workspace->reporting()->entries(m_workOrderId, operationFilter());
    m_approvalRequired = m_workspace->reporting()->rules().approvalRequired;
    m_records.clear();
    m_entries = entries ? entries.value() : QList<ReportEntry>();
    if (!entries)
        m_banner->showMessage(entries.error());
    const QSignalBlocker block(m_table->selectionModel());
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    int voided = 0;
    int pending = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ReportEntry &entry = m_entries.at(row);
        fillRow(row, entry);
        voided += entry.voided ? 1 : 0;
        pending += !entry.voided && !entry.approved ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < StatusColumn; ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 12);
    QString summary = m_entries.isEmpty()
                          ? tr("No production reports yet.")
                          : tr("%n report(s)", nullptr, static_cast<int>(m_entries.size()));
    if (voided > 0)
        summary += QStringLiteral(" · ") + tr("%n voided", nullptr, voided);
    if (m_approvalRequired && pending > 0)
        summary += QStringLiteral(" · ") + tr("%n awaiting approval", nullptr, pending);
    m_summary->setText(summary);
    selectReports(keep);
    updateButtons();
}

void ReportsReviewDialog::fillRow(int row, const ReportEntry &entry)
{
    const ProductionReport &r = entry.report;
    QString defective = quantity(r.defective);
    if (r.defective > 0 && !r.defectReasonId.isEmpty())
        defective += QStringLiteral(" · ") +
                     recordText(MasterDataKind::DefectReason, r.defectReasonId, "name");
    const QStringList cells = {when(r.reportedAtMs, QStringLiteral("MM-dd HH:mm")),
                               m_stepNames.value(r.operationId),
                               employeeText(r.employeeId),
                               recordText(MasterDataKind::Machine, r.machineId, "code"),
                               quantity(r.good),
                               defective,
                               quantity(r.rework),
                               r.materialLot,
                               statusText(entry)};
    QFont struck = m_table->font();
    struck.setStrikeOut(true);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(ReportIdRole, r.id);
        if (column == GoodColumn || column == ReworkColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (entry.voided) {
            item->setForeground(Palette::Disabled);
            if (column != StatusColumn) // the reason stays easy to read
                item->setFont(struck);
        }
        m_table->setItem(row, column, item);
    }
    m_table->item(row, TimeColumn)
        ->setToolTip(when(r.reportedAtMs, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    m_table->item(row, MachineColumn)
        ->setToolTip(recordText(MasterDataKind::Machine, r.machineId, "name"));
    QTableWidgetItem *status = m_table->item(row, StatusColumn);
    if (entry.voided) {
        status->setToolTip(
            tr("Voided at %1: %2. It no longer counts for progress or wages.")
                .arg(when(entry.voidedAtMs, QStringLiteral("yyyy-MM-dd HH:mm")), entry.voidReason));
    } else if (entry.approved) {
        status->setForeground(Palette::GoodText);
        status->setToolTip(tr("Approved at %1.")
                               .arg(when(entry.approvedAtMs, QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else if (m_approvalRequired) {
        status->setForeground(Palette::AmberText);
        status->setToolTip(tr("Counts for progress; pays wages once a supervisor approves it."));
    } else {
        status->setToolTip(tr("Counts for progress and wages."));
    }
}

QString ReportsReviewDialog::statusText(const ReportEntry &entry) const
{
    if (entry.voided)
        return tr("Voided: %1").arg(entry.voidReason);
    if (entry.approved) {
        const bool today = QDateTime::fromMSecsSinceEpoch(entry.approvedAtMs).date() ==
                           m_workspace->clock().today();
        return tr("Approved %1")
            .arg(when(entry.approvedAtMs,
                      today ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm")));
    }
    //: A report that counts but still waits for the supervisor's approval (报工审核).
    return m_approvalRequired ? tr("Awaiting approval") : tr("Counted");
}

QString ReportsReviewDialog::recordText(MasterDataKind kind, const QString &id, const char *column)
{
    const QString key = QString::number(static_cast<int>(kind)) + QLatin1Char(':') + id;
    if (!m_records.contains(key)) {
        const Result<MasterRecord> found = m_workspace->masterData()->find(kind, id);
        m_records.insert(key, found ? found.value() : MasterRecord());
    }
    const MasterRecord record = m_records.value(key);
    return qstrcmp(column, "name") == 0 ? record.localizedName() : record.text(QString::fromLatin1(column));
}

QString ReportsReviewDialog::employeeText(const QString &employeeId)
{
    return recordText(MasterDataKind::Employee, employeeId, "badge") + QStringLiteral("  ") +
           recordText(MasterDataKind::Employee, employeeId, "name");
}

QStringList ReportsReviewDialog::selectedReportIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ReportIdRole).toString());
    return ids;
}

void ReportsReviewDialog::selectReports(const QStringList &reportIds)
{
    m_table->clearSelection();
    QItemSelection selection;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (reportIds.contains(m_entries.at(row).report.id))
            selection.select(m_table->model()->index(row, 0),
                             m_table->model()->index(row, ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ReportsReviewDialog::updateButtons()
{
    const QStringList ids = selectedReportIds();
    int approvable = 0;
    int voidable = 0;
    for (const ReportEntry &entry : std::as_const(m_entries)) {
        if (!ids.contains(entry.report.id) || entry.voided)
            continue;
        ++voidable;
        approvable += entry.approved ? 0 : 1;
    }
    m_void->setEnabled(ids.size() == 1 && voidable == 1);
    m_void->setToolTip(ids.size() != 1 ? tr("Select one report to void it.")
                       : voidable == 0 ? tr("This report is already voided.")
                                       : tr("Void this report with a reason: it stays in the "
                                            "history but no longer counts."));
    m_approve->setEnabled(approvable > 0);
    m_approve->setToolTip(
        ids.isEmpty()     ? tr("Select the reports to approve (Ctrl or Shift for several).")
        : approvable == 0 ? tr("The selected reports are already approved or voided.")
                          : tr("Approve %n report(s) for wages.", nullptr, approvable));
}

void ReportsReviewDialog::voidSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_canCorrect || rows.size() != 1 || m_entries.at(rows.first().row()).voided)
        return;
    const ProductionReport r = m_entries.at(rows.first().row()).report;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("voidReasonDialog"));
    dialog.setWindowTitle(tr("Void report"));
    auto *what = new QLabel(
        tr("%1 reported %2 good and %3 defective on %4 at %5.\nThe report stays in the history, "
           "marked void, and no longer counts for progress or wages.")
            .arg(employeeText(r.employeeId), quantity(r.good), quantity(r.defective),
                 m_stepNames.value(r.operationId),
                 when(r.reportedAtMs, QStringLiteral("MM-dd HH:mm"))),
        &dialog);
    what->setWordWrap(true);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("voidReasonEdit"));
    reason->setPlaceholderText(tr("Why is this report wrong?"));
    reason->setMaxLength(200);
    auto *quick = new QHBoxLayout;
    for (const QString &text : {tr("Reported twice"), tr("Wrong quantity"), tr("Wrong operation"),
                                tr("Wrong operator")}) {
        auto *button = new QPushButton(text, &dialog);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, reason, [reason, text] { reason->setText(text); });
        quick->addWidget(button);
    }
    quick->addStretch(1);
    auto *banner = new MessageBanner(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm = buttons->addButton(tr("Void report"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmVoidButton"));
    confirm->setDefault(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(what);
    layout->addWidget(new QLabel(tr("Reason:"), &dialog));
    layout->addWidget(reason);
    layout->addLayout(quick);
    layout->addWidget(banner);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    const QString reportId = r.id;
    // The service decides: an empty reason or a role that may not correct is refused there,
    // and the dialog stays open with the reason why.
    connect(buttons, &QDialogButtonBox::accepted, &dialog,
            [this, &dialog, banner, reason, reportId] {
                const Result<QString> done =
                    m_workspace->reporting()->voidReport(reportId, reason->text());
                if (!done) {
                    banner->showMessage(done.error());
                    reason->setFocus();
                    return;
                }
                dialog.accept();
            });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(tr("The report is voided: %1").arg(reason->text().trimmed()),
                              MessageBanner::Kind::Success);
}

void ReportsReviewDialog::approveSelected()
{
    const QStringList ids = selectedReportIds();
    if (ids.isEmpty())
        return;
    const Result<int> approved = m_workspace->reporting()->approve(ids);
    if (!approved)
        m_banner->showMessage(approved.error());
    else if (approved.value() == 0)
        m_banner->showMessage(
            tr("Nothing to approve: the selected reports are already approved or voided."),
            MessageBanner::Kind::Info);
    else
        m_banner->showMessage(tr("%n report(s) approved.", nullptr, approved.value()),
                              MessageBanner::Kind::Success);
}

} // namespace Taktline
