#include "workorders/piecespanel.h"

#include "common/lists/tableviews.h"
#include "services/access/accesscontrol.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"
#include "workorders/movedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QString pieces(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

PiecesPanel::PiecesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_move(new QPushButton(tr("Move pieces…"), this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("piecesPanel"));
    m_summary->setObjectName(QStringLiteral("piecesSummary"));
    m_summary->setWordWrap(true);
    m_move->setObjectName(QStringLiteral("movePiecesButton"));
    m_move->setToolTip(tr("Record that pieces of a step went to a rack, an area or a machine's "
                          "buffer"));
    const AccessControl *access = workspace->access();
    m_move->setVisible(access->allows(Permission::ManageMaterial) ||
                       access->allows(Permission::UseStation));
    m_table->setObjectName(QStringLiteral("piecesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Pieces"), tr("Where")});
    m_table->verticalHeader()->setVisible(false);
    setRowHeight(m_table, TableRows::Office);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_move);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_move, &QPushButton::clicked, this, &PiecesPanel::openMoveDialog);
    connect(workspace->places(), &PlaceService::piecesMoved, this, &PiecesPanel::refreshLater);
    for (const auto signal : {&ReportingService::reportAdded, &ReportingService::reportVoided}) {
        connect(workspace->reporting(), signal, this, [this](const QString &workOrderId) {
            if (workOrderId == m_workOrderId)
                refreshLater();
        });
    }
}

void PiecesPanel::showWorkOrder(const QString &workOrderId)
{
    m_workOrderId = workOrderId;
    refresh();
}

void PiecesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PiecesPanel::refreshLater()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

QString PiecesPanel::whereText(const StepPieces &step)
{
    // The places first, by code; the pieces not placed yet last.
    QStringList parts;
    QString notPlaced;
    for (const PlacedPieces &placed : step.places) {
        if (placed.quantity <= 0)
            continue;
        if (placed.placeId.isEmpty())
            notPlaced = QStringLiteral("%1 %2").arg(tr("not placed"), pieces(placed.quantity));
        else
            parts << QStringLiteral("%1 %2 %3").arg(placed.placeCode, placed.placeName,
                                                    pieces(placed.quantity));
    }
    if (!notPlaced.isEmpty())
        parts << notPlaced;
    return parts.join(QStringLiteral(" · "));
}

QString PiecesPanel::summary() const
{
    return m_summary->text();
}

void PiecesPanel::refresh()
{
    m_stale = false;
    m_steps.clear();
    m_table->setRowCount(0);
    m_move->setEnabled(false);
    if (m_workOrderId.isEmpty()) {
        m_summary->clear();
        return;
    }
    const Result<QList<StepPieces>> steps = m_workspace->places()->piecesOf(m_workOrderId);
    if (!steps) {
        m_summary->setText(steps.error());
        return;
    }
    double total = 0;
    for (const StepPieces &step : steps.value()) {
        if (step.pieces <= 0)
            continue;
        m_steps.append(step);
        total += step.pieces;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *stepItem = new QTableWidgetItem(QStringLiteral("%1 %2").arg(step.seq).arg(step.name));
        stepItem->setData(Qt::UserRole, step.operationId);
        m_table->setItem(row, StepColumn, stepItem);
        auto *count = new QTableWidgetItem(pieces(step.pieces));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, PiecesColumn, count);
        const QString where = whereText(step);
        auto *whereItem = new QTableWidgetItem(where);
        whereItem->setToolTip(where);
        m_table->setItem(row, WhereColumn, whereItem);
    }
    m_move->setEnabled(!m_steps.isEmpty());
    m_summary->setText(m_steps.isEmpty()
                           ? tr("No finished pieces wait between steps: nothing to place yet.")
                           : tr("%1 finished pieces wait between steps, in %n step(s).", nullptr,
                                int(m_steps.size()))
                                 .arg(pieces(total)));
}

void PiecesPanel::openMoveDialog()
{
    MoveDialog dialog(m_workspace, m_workOrderId, m_steps, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace Taktline
