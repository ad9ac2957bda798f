#include "dispatch/rushorderdialog.h"

#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "item/palette.h"
#include "item/planning/scheduletext.h"
#include "services/planning/dispatchservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Taktline {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int CandidateLimit = 50;
} // namespace

RushOrderDialog::RushOrderDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_candidates(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_impact(new QTableWidget(this))
    , m_insert(new QPushButton(tr("Insert rush order"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("rushOrderDialog"));
    setWindowTitle(tr("Insert rush order"));
    auto *intro = new QLabel(tr("A rush order goes to the front of the queue on every machine "
                                "its operations use. Check what that does to the other orders "
                                "before you insert it."),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("rushSearchEdit"));
    m_search->setPlaceholderText(tr("WO No., lot or sales order…"));
    m_search->setClearButtonEnabled(true);
    m_candidates->setObjectName(QStringLiteral("rushCandidateList"));
    m_candidates->setMinimumHeight(120);
    m_summary->setObjectName(QStringLiteral("rushSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_verdict->setObjectName(QStringLiteral("rushVerdict"));
    m_verdict->setWordWrap(true);
    m_impact->setObjectName(QStringLiteral("rushImpactTable"));
    m_impact->setColumnCount(6);
    m_impact->setHorizontalHeaderLabels({tr("WO No."), tr("Effect"), tr("Due date"),
                                         tr("Planned end before"), tr("Planned end after"),
                                         tr("Late by")});
    m_impact->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_impact->verticalHeader()->setVisible(false);
    m_impact->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_impact->setSelectionMode(QAbstractItemView::NoSelection);
    m_impact->horizontalHeader()->setStretchLastSection(true);
    m_impact->horizontalHeader()->setMinimumSectionSize(80);
    setRowHeight(m_impact, TableRows::Compact);
    m_impact->hide();
    m_insert->setObjectName(QStringLiteral("insertRushConfirm"));
    m_insert->setProperty("primary", true);
    m_insert->setEnabled(false);

    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter in the search field searches; inserting always takes a deliberate click (a
    // QDialogButtonBox would make Insert the default button and Enter would press it).
    for (QPushButton *button : {m_insert, cancel})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_insert);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);
    layout->addWidget(m_impact, 2);
    layout->addLayout(buttons);
    resize(780, 600);

    auto *typingPause = new QTimer(this);
    typingPause->setSingleShot(true);
    typingPause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typingPause, qOverload<>(&QTimer::start));
    connect(typingPause, &QTimer::timeout, this, &RushOrderDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &RushOrderDialog::search);
    connect(m_candidates, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        showPreview(item ? item->data(IdRole).toString() : QString());
    });
    connect(m_insert, &QPushButton::clicked, this, &RushOrderDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    search();
}

QString RushOrderDialog::summaryText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_verdict->text();
}

void RushOrderDialog::search()
{
    WorkOrderFilter filter;
    filter.states = {WorkOrderState::Released, WorkOrderState::InProgress};
    filter.numberSearch = m_search->text().trimmed();
    filter.sort = WorkOrderFilter::Sort::DueDate;
    const Result<QList<WorkOrderListRow>> rows =
        m_workspace->workOrders()->page(filter, 0, CandidateLimit);
    m_candidates->clear();
    if (!rows) {
        m_banner->showMessage(rows.error());
        return;
    }
    for (const WorkOrderListRow &row : rows.value()) {
        const QString text =
            tr("%1  ·  %2 %3  ·  qty %4  ·  due %5")
                .arg(row.number, row.partNo, row.productName, ScheduleText::quantity(row.quantity),
                     row.dueDate.toString(Qt::ISODate));
        auto *item = new QListWidgetItem(text, m_candidates);
        item->setData(IdRole, row.id);
        if (row.priority == WorkOrderPriority::Urgent)
            item->setForeground(Palette::UrgentText);
    }
    if (m_candidates->count() == 0)
        showPreview(QString());
    if (m_candidates->count() == 1)
        m_candidates->setCurrentRow(0);
}

void RushOrderDialog::choose(const QString &workOrderId)
{
    for (int row = 0; row < m_candidates->count(); ++row) {
        if (m_candidates->item(row)->data(IdRole).toString() == workOrderId) {
            m_candidates->setCurrentRow(row);
            return;
        }
    }
    showPreview(workOrderId);
}

void RushOrderDialog::showPreview(const QString &workOrderId)
{
    m_banner->hide();
    m_preview = RushPreview{};
    m_impact->setRowCount(0);
    m_impact->hide();
    m_verdict->clear();
    m_insert->setEnabled(false);
    if (workOrderId.isEmpty()) {
        m_summary->setText(m_candidates->count() == 0
                               ? tr("No released or running work order matches.")
                               : tr("Choose the work order to rush."));
        return;
    }
    const Result<RushPreview> preview = m_workspace->dispatch()->previewRush(workOrderId);
    if (!preview) {
        m_summary->clear();
        m_banner->showMessage(preview.error());
        return;
    }
    m_preview = preview.value();
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    m_summary->setText(tr("Planned end of %1: %2 → %3")
                           .arg(m_preview.number,
                                ScheduleText::moment(m_preview.plannedEndBeforeMs, zone),
                                ScheduleText::moment(m_preview.plannedEndAfterMs, zone)));
    for (const WorkOrderDelay &delay : std::as_const(m_preview.newlyLate))
        addImpactRow(delay, true);
    for (const WorkOrderDelay &delay : std::as_const(m_preview.furtherDelayed))
        addImpactRow(delay, false);
    const int newlyLate = static_cast<int>(m_preview.newlyLate.size());
    const int later = static_cast<int>(m_preview.furtherDelayed.size());
    QString verdict = newlyLate == 0
                          ? tr("No other work order becomes late.")
                          : tr("%n other work order(s) become late:", nullptr, newlyLate);
    if (later > 0)
        verdict += QLatin1Char(' ') +
                   tr("%n work order(s) already late finish later still.", nullptr, later);
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(newlyLate == 0 ? themed(u"color: @goodText; font-weight: 600;")
                                            : themed(u"color: @red; font-weight: 600;"));
    m_impact->setVisible(m_impact->rowCount() > 0);
    m_insert->setEnabled(true);
}

void RushOrderDialog::addImpactRow(const WorkOrderDelay &delay, bool newlyLate)
{
    const QTimeZone zone = m_workspace->schedule()->calendar().timeZone();
    const int row = m_impact->rowCount();
    m_impact->insertRow(row);
    const QStringList cells = {
        delay.number,
        newlyLate ? tr("Becomes late") : tr("Already late, later still"),
        delay.dueDate.toString(Qt::ISODate),
        ScheduleText::moment(delay.plannedEndBeforeMs, zone),
        ScheduleText::moment(delay.plannedEndAfterMs, zone),
        ScheduleText::duration(delay.lateByMs),
    };
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 1 || column == 5)
            item->setForeground(Palette::Red);
        m_impact->setItem(row, column, item);
    }
}

void RushOrderDialog::accept()
{
    if (m_preview.workOrderId.isEmpty())
        return;
    const Result<QHash<QString, double>> before = m_workspace->dispatch()->queueRanks(m_preview.workOrderId);
    if (!before) {
        m_banner->showMessage(before.error());
        return;
    }
    if (const Outcome inserted = m_workspace->dispatch()->insertRush(m_preview.workOrderId);
        !inserted) {
        m_banner->showMessage(inserted.error());
        return;
    }
    m_ranksBefore = before.value();
    m_ranksAfter = m_workspace->dispatch()->queueRanks(m_preview.workOrderId).value();
    QDialog::accept();
}

} // namespace Taktline
