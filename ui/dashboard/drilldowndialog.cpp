#include "dashboard/drilldowndialog.h"

#include "common/lists/tableviews.h"
#include "domain/masterdata/masterrecord.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

QString minutesText(qint64 ms)
{
    return QLocale().toString(double(ms) / 60000.0, 'f', 1);
}

QString percentText(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 1) + QStringLiteral(" %")
                : QStringLiteral("—");
}

} // namespace

DrillDownDialog::DrillDownDialog(const QString &title, const QStringList &headers, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, int(headers.size()), this))
    , m_view(nullptr)
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_model->setHorizontalHeaderLabels(headers);
    m_view = makeListView(m_model, QStringLiteral("drillDownRows"), this);
    m_view->setSortingEnabled(true);
    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    heading->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1140, 580);
}

void DrillDownDialog::addRow(const QList<QVariant> &cells)
{
    QList<QStandardItem *> items;
    for (const QVariant &cell : cells) {
        auto *item = new QStandardItem;
        item->setEditable(false);
        if (cell.typeId() == QMetaType::Double) {
            item->setData(quantityText(cell.toDouble()), Qt::DisplayRole);
            item->setData(cell, Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        } else {
            item->setData(cell.toString(), Qt::DisplayRole);
        }
        items.append(item);
    }
    m_model->appendRow(items);
}

void DrillDownDialog::finish()
{
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToHeaders(m_view);
    m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
}

DrillDownDialog *DrillDownDialog::reports(const QString &title, const QList<DashboardReport> &rows,
                                          QWidget *parent)
{
    auto *dialog = new DrillDownDialog(title,
                                       {tr("Reported at"), tr("WO No."), tr("Product"),
                                        tr("Operation"), tr("Machine"), tr("Operator"), tr("Good"),
                                        tr("Defective"), tr("Rework"), tr("Defect reason")},
                                       parent);
    for (const DashboardReport &row : rows) {
        dialog->addRow({timeText(row.reportedAtMs), row.orderNumber, row.product,
                        QStringLiteral("%1 %2").arg(row.seq).arg(row.step), row.machine,
                        row.employee, row.good, row.defective, row.rework, row.defectReason});
    }
    dialog->finish();
    return dialog;
}

DrillDownDialog *DrillDownDialog::stops(const QString &title, const QList<OeeStop> &rows,
                                        QWidget *parent)
{
    auto *dialog = new DrillDownDialog(title,
                                       {tr("Machine"), tr("From"), tr("To"), tr("Minutes"),
                                        tr("Downtime reason"), tr("Reason given later")},
                                       parent);
    for (const OeeStop &row : rows) {
        dialog->addRow({row.machineCode, timeText(row.span.startMs), timeText(row.span.endMs),
                        minutesText(row.span.durationMs()), row.span.downtimeReason,
                        row.span.reasonGivenLater ? tr("yes") : QString()});
    }
    dialog->finish();
    return dialog;
}

DrillDownDialog *DrillDownDialog::orders(const QString &title, const QList<DashboardOrder> &rows,
                                         QWidget *parent)
{
    auto *dialog = new DrillDownDialog(title,
                                       {tr("WO No."), tr("Product"), tr("Planned qty"),
                                        tr("Finished"), tr("Due date"), tr("Finished at"),
                                        tr("Planned end"), tr("Late by (h)")},
                                       parent);
    for (const DashboardOrder &row : rows) {
        dialog->addRow(
            {row.number, row.product, row.quantity, row.finished, row.dueDate.toString(Qt::ISODate),
             timeText(row.finishedAtMs), timeText(row.plannedEndMs),
             row.lateByMs > 0 ? QLocale().toString(double(row.lateByMs) / 3600000.0, 'f', 1)
                              : QString()});
    }
    dialog->finish();
    return dialog;
}

DrillDownDialog *DrillDownDialog::waiting(const QString &title, const QList<DashboardOrder> &rows,
                                          QWidget *parent)
{
    auto *dialog = new DrillDownDialog(
        title,
        {tr("WO No."), tr("Product"), tr("Planned qty"), tr("Pieces waiting"), tr("Due date")},
        parent);
    for (const DashboardOrder &row : rows)
        dialog->addRow({row.number, row.product, row.quantity, row.waiting,
                        row.dueDate.toString(Qt::ISODate)});
    dialog->finish();
    return dialog;
}

DrillDownDialog *DrillDownDialog::calls(const QString &title, const QList<AndonCall> &rows,
                                        QWidget *parent)
{
    auto *dialog = new DrillDownDialog(title,
                                       {tr("Called at"), tr("Machine"), tr("Call"), tr("Called by"),
                                        tr("Response (min)"), tr("Repair (min)"), tr("Closed by")},
                                       parent);
    for (const AndonCall &row : rows) {
        dialog->addRow({timeText(row.calledAtMs), row.machineCode, andonKindDisplayName(row.kind),
                        row.employeeName,
                        row.acknowledgedAtMs ? minutesText(row.responseMs()) : QString(),
                        row.closedAtMs ? minutesText(row.repairMs()) : QString(), row.closedBy});
    }
    dialog->finish();
    return dialog;
}

DrillDownDialog *DrillDownDialog::machines(const QString &title, const QList<OeeRow> &rows,
                                           QWidget *parent)
{
    auto *dialog = new DrillDownDialog(title,
                                       {tr("Machine"), tr("Planned busy time (h)"),
                                        tr("Actual production time (h)"), tr("Produced"),
                                        tr("Good"), tr("Availability"), tr("Effectiveness"),
                                        tr("Quality rate"), tr("OEE")},
                                       parent);
    for (const OeeRow &row : rows) {
        dialog->addRow({row.label, row.elements.pbt() / 3600.0, row.elements.apt() / 3600.0,
                        row.elements.producedQty, row.elements.goodQty,
                        percentText(row.figures.availability),
                        percentText(row.figures.effectiveness), percentText(row.figures.quality),
                        percentText(row.figures.oee)});
    }
    dialog->finish();
    return dialog;
}

} // namespace Taktline
