#include "workorders/materialspanel.h"

#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "domain/masterdata/masterrecord.h"
#include "item/palette.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"

#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Taktline {

namespace {

// A quantity with its unit, to a thousandth and without trailing zeros: "12.5 kg".
QString amount(double value, const QString &unit)
{
    const double rounded = std::round(value * 1000.0) / 1000.0;
    return QLocale().toString(rounded == 0 ? 0.0 : rounded, 'f', QLocale::FloatingPointShortest) +
           QLatin1Char(' ') + (unit.isEmpty() ? QStringLiteral("PCS") : unit);
}

} // namespace

MaterialsPanel::MaterialsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("materialsPanel"));
    m_summary->setObjectName(QStringLiteral("materialsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("materialsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Shortage"), tr("Required"), tr("Fed"),
                                        tr("Usable stock"), tr("Fed at step")});
    m_table->verticalHeader()->setVisible(false);
    setRowHeight(m_table, TableRows::Office);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // The part number keeps the table narrow enough for a tablet; the name is the tooltip (and
    // in the summary when the component is short).
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeaderItem(StockColumn)
        ->setToolTip(tr("What is left in lots of the component that are neither blocked nor "
                        "expired; other open orders may need it too."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    // Stock is shared by every order: any receipt, feed or block can change this order's view.
    TraceService *trace = workspace->trace();
    connect(trace, &TraceService::lotReceived, this, &MaterialsPanel::refreshLater);
    connect(trace, &TraceService::lotChanged, this, &MaterialsPanel::refreshLater);
    connect(trace, &TraceService::lotConsumed, this, &MaterialsPanel::refreshLater);
    connect(workspace->bom(), &BomService::bomChanged, this, [this](const QString &productId) {
        if (productId == m_productId)
            refreshLater();
    });
    connect(workspace->workOrders(), &WorkOrderService::workOrderChanged, this,
            [this](const QString &id) {
                if (id == m_workOrderId)
                    refreshLater();
            });
    connect(workspace->masterData(), &MasterDataService::recordChanged, this,
            [this](MasterDataKind kind) {
                if (kind == MasterDataKind::Product)
                    refreshLater();
            });
}

void MaterialsPanel::showWorkOrder(const QString &workOrderId)
{
    m_workOrderId = workOrderId;
    refresh();
}

void MaterialsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MaterialsPanel::refreshLater()
{
    if (m_workOrderId.isEmpty())
        return;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

QString MaterialsPanel::summary() const
{
    return m_summary->text();
}

void MaterialsPanel::refresh()
{
    m_stale = false;
    m_productId.clear();
    const Result<WorkOrder> order = m_workOrderId.isEmpty()
                                        ? Result<WorkOrder>(Outcome::failure(QString()))
                                        : m_workspace->workOrders()->find(m_workOrderId);
    const Result<QList<MaterialRequirement>> rows =
        order ? m_workspace->bom()->requirements(m_workOrderId)
              : Result<QList<MaterialRequirement>>(order.outcome());
    QList<int> stepSeqs;
    QStringList stepNames;
    if (order) {
        m_productId = order.value().productId;
        if (const auto ops = m_workspace->workOrders()->operations(m_workOrderId); ops) {
            for (const WorkOrderOperation &op : ops.value()) {
                stepSeqs << op.seq;
                stepNames << op.name;
            }
        }
    }
    m_summary->setStyleSheet(QString());
    if (!rows) {
        m_summary->setText(rows.error());
        fill({}, {}, {});
        return;
    }
    fill(rows.value(), stepSeqs, stepNames);
    const int lines = static_cast<int>(rows.value().size());
    if (lines == 0) {
        const Result<MasterRecord> product =
            m_workspace->masterData()->find(MasterDataKind::Product, m_productId);
        m_summary->setText(
            tr("%1 has no bill of materials, so there is nothing to check. Add one under Master "
               "data ▸ Bills of materials.")
                .arg(product ? product.value().text(QStringLiteral("part_no")) : QString()));
    } else if (m_shortCount == 0) {
        m_summary->setText(
            tr("All %n material(s) are covered by what was fed and usable stock.", nullptr, lines));
    } else {
        m_summary->setText(
            tr("Short of %n of %1 material(s): %2.", nullptr, m_shortCount)
                .arg(QString::number(lines), m_shortNames.join(QStringLiteral("; "))));
        m_summary->setStyleSheet(themed(u"color: @red; font-weight: 600;"));
    }
}

void MaterialsPanel::fill(const QList<MaterialRequirement> &rows, const QList<int> &stepSeqs,
                          const QStringList &stepNames)
{
    const int shortBefore = m_shortCount;
    m_shortCount = 0;
    m_shortNames.clear();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const MaterialRequirement &row = rows.at(r);
        const int seq = row.line.operationSeq != 0 || stepSeqs.isEmpty() ? row.line.operationSeq
                                                                         : stepSeqs.constFirst();
        const qsizetype step = stepSeqs.indexOf(seq);
        const QString stepText =
            seq == 0    ? tr("First step")
            : step >= 0 ? QString::number(seq) + QStringLiteral(" · ") + stepNames.at(step)
                        : QString::number(seq);
        const QString component = row.componentPartNo + QStringLiteral(" · ") +
                                  localizedName(row.componentName, row.componentNameEn);
        QStringList cells(ColumnCount);
        cells[ComponentColumn] = row.componentPartNo;
        cells[ShortageColumn] =
            row.isShort() ? amount(row.shortage, row.unit) : QStringLiteral("—");
        cells[RequiredColumn] = amount(row.required, row.unit);
        cells[FedColumn] = amount(row.fed, row.unit);
        cells[StockColumn] = amount(row.usableStock, row.unit);
        cells[StepColumn] = stepText;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != ComponentColumn && c != StepColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == ComponentColumn)
                item->setToolTip(component);
            if (c == RequiredColumn)
                item->setToolTip(
                    tr("%1 per piece × the order's quantity").arg(amount(row.perUnit, row.unit)));
            if (row.isShort()) {
                item->setBackground(Palette::ErrorFill);
                if (c == ShortageColumn) {
                    item->setForeground(Palette::Red);
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                    item->setToolTip(tr("Required %1 − fed %2 − usable stock %3")
                                         .arg(amount(row.required, row.unit),
                                              amount(row.fed, row.unit),
                                              amount(row.usableStock, row.unit)));
                }
            }
            m_table->setItem(r, c, item);
        }
        if (row.isShort()) {
            ++m_shortCount;
            m_shortNames << tr("%1 (%2 short)").arg(component, amount(row.shortage, row.unit));
        }
    }
    if (m_shortCount != shortBefore)
        emit shortCountChanged(m_shortCount);
}

} // namespace Taktline
