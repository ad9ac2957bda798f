#include "reports/wagespanel.h"

#include "common/fields/dateedit.h"
#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "io/wageworkbook.h"
#include "item/reports/wagelinesmodel.h"
#include "item/reports/wagetotalsmodel.h"
#include "reports/formatteddelegate.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Taktline {

namespace {

// Columns as wide as their contents with some air, STRETCH taking what is left.
void fitColumns(QTableView *view, int stretch)
{
    view->resizeColumnsToContents();
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, view->columnWidth(column) + 16);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QString money(double amount)
{
    return QStringLiteral("¥") + QLocale().toString(amount, 'f', 2);
}

} // namespace

WagesPanel::WagesPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_employee(new QComboBox(this))
    , m_totals(new WageTotalsModel(this))
    , m_totalsProxy(new QSortFilterProxyModel(this))
    , m_lines(new WageLinesModel(this))
    , m_linesProxy(new QSortFilterProxyModel(this))
    , m_totalsView(makeListView(m_totalsProxy, QStringLiteral("wageTotalsTable"), this))
    , m_linesView(makeListView(m_linesProxy, QStringLiteral("wageLinesTable"), this))
    , m_grandTotal(new QLabel(this))
    , m_unpriced(new QLabel(this))
    , m_unapproved(new QLabel(this))
    , m_linesTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("wagesPanel"));
    for (DateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(130);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    auto *thisMonth = new QPushButton(tr("This month"), this);
    thisMonth->setObjectName(QStringLiteral("thisMonthButton"));
    auto *lastMonth = new QPushButton(tr("Last month"), this);
    lastMonth->setObjectName(QStringLiteral("lastMonthButton"));
    m_employee->setObjectName(QStringLiteral("employeeCombo"));
    m_employee->setMinimumWidth(180);
    m_grandTotal->setObjectName(QStringLiteral("grandTotalLabel"));
    m_grandTotal->setStyleSheet(themed(u"font-weight: 600; font-size: 15px; color: @ink;"));
    m_unpriced->setObjectName(QStringLiteral("unpricedLabel"));
    m_unpriced->setStyleSheet(themed(u"color: @amberText; font-weight: 600;"));
    m_unapproved->setObjectName(QStringLiteral("unapprovedLabel"));
    m_unapproved->setStyleSheet(m_unpriced->styleSheet());
    m_unapproved->setToolTip(tr("Settings ▸ Station: wages count only reports a supervisor "
                                "approved. Approve them under Work orders ▸ Reports…."));
    m_linesTitle->setObjectName(QStringLiteral("linesTitle"));
    m_linesTitle->setStyleSheet(themed(u"font-weight: 600; color: @ink;"));

    m_totalsProxy->setSourceModel(m_totals);
    m_totalsView->setSortingEnabled(true);
    m_totalsView->sortByColumn(WageTotalsModel::BadgeColumn, Qt::AscendingOrder);
    m_totalsView->setItemDelegateForColumn(
        WageTotalsModel::GoodColumn, new FormattedDelegate(FormattedDelegate::quantity(), this));
    m_totalsView->setItemDelegateForColumn(
        WageTotalsModel::AmountColumn,
        new FormattedDelegate(FormattedDelegate::number(2, QStringLiteral("¥")), this));
    m_totalsView->setItemDelegateForColumn(
        WageTotalsModel::UnpricedColumn,
        new FormattedDelegate(FormattedDelegate::warningCount(), this));
    m_totalsView->setItemDelegateForColumn(
        WageTotalsModel::UnapprovedColumn,
        new FormattedDelegate(FormattedDelegate::warningCount(), this));

    m_linesProxy->setSourceModel(m_lines);
    m_linesProxy->setFilterRole(WageLinesModel::EmployeeIdRole);
    m_linesView->setSortingEnabled(true);
    m_linesView->sortByColumn(WageLinesModel::ReportedAtColumn, Qt::AscendingOrder);
    m_linesView->setColumnHidden(WageLinesModel::BadgeColumn, true);
    m_linesView->setColumnHidden(WageLinesModel::NameColumn, true);
    m_linesView->setItemDelegateForColumn(
        WageLinesModel::GoodColumn, new FormattedDelegate(FormattedDelegate::quantity(), this));
    m_linesView->setItemDelegateForColumn(
        WageLinesModel::RateColumn,
        new FormattedDelegate(FormattedDelegate::rate(QStringLiteral("¥")), this));
    m_linesView->setItemDelegateForColumn(
        WageLinesModel::AmountColumn,
        new FormattedDelegate(FormattedDelegate::number(2, QStringLiteral("¥")), this));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(thisMonth);
    bar->addWidget(lastMonth);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Employee:"), this));
    bar->addWidget(m_employee);
    bar->addStretch(1);
    m_export = new ListExport(
        m_totalsView,
        [this] {
            return tr("Wages %1 to %2")
                .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
        },
        [this](const QString &path) -> Result<QString> {
            if (Outcome done = exportTo(path); !done)
                return done;
            return tr("Exported the totals of %n employee(s) to %1 and their %2 report lines to "
                      "%3.",
                      nullptr, m_totals->rowCount())
                .arg(QDir::toNativeSeparators(path))
                .arg(m_lines->rowCount())
                .arg(QDir::toNativeSeparators(WageWorkbook::linesPath(path)));
        },
        m_banner);
    bar->addWidget(m_export->button());

    auto *totalsBox = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totalsView, 1);
    auto *totalLine = new QHBoxLayout;
    totalLine->setSpacing(16);
    totalLine->addWidget(m_grandTotal);
    totalLine->addWidget(m_unpriced);
    totalLine->addWidget(m_unapproved);
    totalLine->addStretch(1);
    totalsLayout->addLayout(totalLine);
    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 6, 0, 0);
    linesLayout->addWidget(m_linesTitle);
    linesLayout->addWidget(m_linesView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(totalsBox);
    splitter->addWidget(linesBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    reloadEmployees();
    for (DateEdit *edit : {m_from, m_to})
        connect(edit, &DateEdit::dateChanged, this, &WagesPanel::reload);
    connect(thisMonth, &QPushButton::clicked, this, &WagesPanel::setThisMonth);
    connect(lastMonth, &QPushButton::clicked, this, &WagesPanel::setLastMonth);
    connect(m_employee, &QComboBox::currentIndexChanged, this, &WagesPanel::reload);
    connect(m_totalsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WagesPanel::showLinesOfSelection);
    connect(m_workspace->reporting(), &ReportingService::reportAdded, this, &WagesPanel::reload);
    connect(m_workspace->reporting(), &ReportingService::reportVoided, this, &WagesPanel::reload);
    connect(m_workspace->reporting(), &ReportingService::reportsApproved, this,
            &WagesPanel::reload);
    for (auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordChanged}) {
        connect(m_workspace->masterData(), signal, this, [this](MasterDataKind kind) {
            if (kind == MasterDataKind::Employee) {
                reloadEmployees();
                reload();
            }
        });
    }
    setThisMonth(); // payroll is monthly: the page opens on the month the questions are about
}

QDate WagesPanel::from() const
{
    return m_from->date();
}

QDate WagesPanel::to() const
{
    return m_to->date();
}

void WagesPanel::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from); // one reload for both dates
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void WagesPanel::setThisMonth()
{
    const QDate today = m_workspace->clock().today();
    const QDate first(today.year(), today.month(), 1);
    setPeriod(first, first.addMonths(1).addDays(-1));
}

void WagesPanel::setLastMonth()
{
    const QDate today = m_workspace->clock().today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    setPeriod(first, first.addMonths(1).addDays(-1));
}

void WagesPanel::reloadEmployees()
{
    const QString current = m_employee->currentData().toString();
    const QSignalBlocker block(m_employee);
    m_employee->clear();
    m_employee->addItem(tr("All employees"), QString());
    const Result<QList<MasterRecord>> employees =
        m_workspace->masterData()->list(MasterDataKind::Employee);
    for (const MasterRecord &e : employees ? employees.value() : QList<MasterRecord>())
        m_employee->addItem(e.text(QStringLiteral("badge")) + QStringLiteral("  ") +
                                e.text(QStringLiteral("name")),
                            e.id);
    m_employee->setCurrentIndex(std::max(0, m_employee->findData(current)));
}

void WagesPanel::reload()
{
    const QString keep = selectedEmployee();
    const Result<QList<WageLine>> lines =
        m_workspace->wages()->lines(from(), to(), m_employee->currentData().toString());
    const Result<QList<MasterRecord>> employees =
        m_workspace->masterData()->list(MasterDataKind::Employee);
    if (!lines || !employees) {
        m_banner->showMessage(lines ? employees.error() : lines.error());
        m_showingPeriodError = true;
        m_totals->setRows({});
        m_lines->setLines({}, {});
        showLinesOfSelection();
        updateGrandTotal();
        return;
    }
    if (std::exchange(m_showingPeriodError, false))
        m_banner->hide(); // the period is valid again
    WageLinesModel::People people;
    QHash<QString, QString> teams;
    for (const MasterRecord &e : employees.value()) {
        people.insert(e.id, {e.text(QStringLiteral("badge")), e.text(QStringLiteral("name"))});
        teams.insert(e.id, e.text(QStringLiteral("team")));
    }
    QList<WageTotalRow> rows;
    for (const WageTotal &total : WageService::totals(lines.value())) {
        const auto person = people.value(total.employeeId);
        rows.append({total, person.first,
                     person.second.isEmpty() ? tr("(no employee)") : person.second,
                     teams.value(total.employeeId)});
    }
    QList<WageLine> sorted = lines.value();
    std::stable_sort(sorted.begin(), sorted.end(), [&people](const WageLine &a, const WageLine &b) {
        return people.value(a.employeeId).first < people.value(b.employeeId).first;
    });
    // Whether wages wait for approval is a Settings rule that may have changed since.
    const bool approvalRequired = m_workspace->reporting()->rules().approvalRequired;
    m_totals->setRows(std::move(rows), approvalRequired);
    m_lines->setLines(std::move(sorted), std::move(people), approvalRequired);
    fitColumns(m_totalsView, WageTotalsModel::NameColumn);
    fitColumns(m_linesView, WageLinesModel::OperationColumn);
    selectEmployee(m_totals->rowOfEmployee(keep) >= 0 ? keep : QString());
    updateGrandTotal();
}

QString WagesPanel::selectedEmployee() const
{
    const QModelIndex current = m_totalsView->currentIndex();
    return current.isValid() ? current.data(WageTotalsModel::EmployeeIdRole).toString() : QString();
}

void WagesPanel::selectEmployee(const QString &employeeId)
{
    int row = 0; // the first one in the table when none is asked for
    for (int r = 0; r < m_totalsProxy->rowCount(); ++r) {
        if (m_totalsProxy->index(r, 0).data(WageTotalsModel::EmployeeIdRole).toString() ==
            employeeId)
            row = r;
    }
    if (m_totalsProxy->rowCount() > 0)
        m_totalsView->selectRow(row);
    showLinesOfSelection();
}

void WagesPanel::showLinesOfSelection()
{
    const QModelIndex current = m_totalsView->currentIndex();
    if (!current.isValid()) {
        m_linesProxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("(?!)")));
        m_linesTitle->setText(tr("No production reports with good pieces in this period."));
        return;
    }
    const QString id = current.data(WageTotalsModel::EmployeeIdRole).toString();
    m_linesProxy->setFilterRegularExpression(
        QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(id))));
    const WageTotalRow &row = m_totals->rows().at(m_totalsProxy->mapToSource(current).row());
    m_linesTitle->setText(tr("Reports of %1 %2: %n line(s)", nullptr, m_linesProxy->rowCount())
                              .arg(row.badge, row.name));
}

void WagesPanel::updateGrandTotal()
{
    const WageTotal sum = m_totals->grandTotal();
    const int people = m_totals->rowCount();
    m_grandTotal->setText(tr("Total for %n employee(s): %1 good pieces, %2", nullptr, people)
                              .arg(QLocale().toString(sum.good, 'g', 12), money(sum.amount)));
    m_unpriced->setText(
        tr("⚠ %n report(s) without a piece rate earn nothing yet", nullptr, sum.unpricedReports));
    m_unpriced->setVisible(sum.unpricedReports > 0);
    m_unapproved->setText(
        tr("⚠ %n report(s) awaiting approval earn nothing yet", nullptr, sum.unapprovedReports));
    m_unapproved->setVisible(sum.unapprovedReports > 0);
    m_export->button()->setEnabled(people > 0);
}

void WagesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // the approval rule has no change signal: read it again when the page shows
}

QString WagesPanel::grandTotalText() const
{
    return m_grandTotal->text();
}

Outcome WagesPanel::exportTo(const QString &path)
{
    const QString period =
        from().toString(Qt::ISODate) + QStringLiteral("–") + to().toString(Qt::ISODate);
    return WageWorkbook::write(*m_totalsProxy, m_totals->grandTotal(), *m_lines, period, path);
}

void WagesPanel::exportToExcel()
{
    m_export->exportToExcel();
}

} // namespace Taktline
