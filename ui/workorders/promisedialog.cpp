#include "workorders/promisedialog.h"

#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "item/palette.h"
#include "item/planning/scheduletext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    return label;
}

void fill(QTableWidget *table, const QList<QStringList> &rows, const QList<int> &redColumns = {})
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            auto *item = new QTableWidgetItem(rows.at(row).at(column));
            if (redColumns.contains(column))
                item->setForeground(Palette::Red);
            table->setItem(row, column, item);
        }
    }
    // Tall enough for its rows, never a scrolling sliver.
    const int height = table->horizontalHeader()->sizeHint().height()
                       + table->verticalHeader()->defaultSectionSize() * int(rows.size())
                       + 2 * table->frameWidth();
    table->setFixedHeight(std::min(height, 260));
}

} // namespace

PromiseDialog::PromiseDialog(const Promise &promise, const QTimeZone &zone, bool canChooseRush,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("promiseDialog"));
    setWindowTitle(tr("Earliest delivery: %1 %2 × %3")
                       .arg(promise.partNo, promise.productName, ScheduleText::quantity(promise.quantity)));
    setMinimumWidth(900);
    const QLocale locale;
    const auto verdict = [&](const QDate &date, bool onTime) {
        QString text = locale.toString(date, QLocale::LongFormat);
        if (promise.wanted.isValid())
            text += QLatin1Char(' ') + (onTime ? tr("— on time for %1") : tr("— after the due date %1"))
                                           .arg(locale.toString(promise.wanted, QLocale::LongFormat));
        return text;
    };
    auto *normal = new QLabel(tr("Taken normally, behind today's queues: %1")
                                  .arg(verdict(promise.earliest, promise.onTime)),
                              this);
    normal->setObjectName(QStringLiteral("promiseNormal"));
    auto *rush = new QLabel(tr("As a rush order, first on every machine: %1")
                                .arg(verdict(promise.earliestAsRush, promise.onTimeAsRush)),
                            this);
    rush->setObjectName(QStringLiteral("promiseRush"));
    for (QLabel *label : {normal, rush})
        label->setWordWrap(true);
    normal->setStyleSheet(themed(promise.onTime ? u"font-weight: 600; color: @goodText;"
                                                : u"font-weight: 600; color: @red;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(normal);
    layout->addWidget(rush);

    layout->addWidget(heading(tr("Steps"), this));
    QTableWidget *steps = table(QStringLiteral("promiseSteps"),
                                {tr("Step"), tr("Machine"), tr("Start"), tr("End"),
                                 tr("Start as rush"), tr("End as rush")});
    QList<QStringList> stepRows;
    for (const PromiseStep &step : promise.steps) {
        const QString where = step.outsourced
                                  ? tr("Outside: %1").arg(step.machineName)
                                  : QStringLiteral("%1 %2").arg(step.machineCode, step.machineName);
        stepRows << QStringList{QStringLiteral("%1 %2").arg(step.seq).arg(step.name), where,
                                ScheduleText::moment(step.startMs, zone),
                                ScheduleText::moment(step.endMs, zone),
                                ScheduleText::moment(step.rushStartMs, zone),
                                ScheduleText::moment(step.rushEndMs, zone)};
    }
    fill(steps, stepRows);
    layout->addWidget(steps);

    layout->addWidget(heading(tr("What a rush would delay"), this));
    if (promise.delayedByRush() == 0) {
        layout->addWidget(new QLabel(tr("No other work order would finish later than its due date."), this));
    } else {
        QTableWidget *late = table(QStringLiteral("promiseLateOrders"),
                                   {tr("WO No."), tr("Effect"), tr("Due date"),
                                    tr("Planned end before"), tr("Planned end after"), tr("Late by")});
        QList<QStringList> lateRows;
        for (const bool newly : {true, false}) {
            for (const WorkOrderDelay &delay : newly ? promise.rush.newlyLate : promise.rush.furtherDelayed) {
                lateRows << QStringList{delay.number,
                                        newly ? tr("Becomes late") : tr("Already late, later still"),
                                        ScheduleText::shortDate(delay.dueDate),
                                        ScheduleText::moment(delay.plannedEndBeforeMs, zone),
                                        ScheduleText::moment(delay.plannedEndAfterMs, zone),
                                        ScheduleText::duration(delay.lateByMs)};
            }
        }
        fill(late, lateRows, {1, 5});
        layout->addWidget(late);
    }

    layout->addWidget(heading(tr("Material"), this));
    if (!promise.materialShort()) {
        layout->addWidget(new QLabel(tr("Every component of the BOM is on hand for this quantity, "
                                        "after what open work orders still need."),
                                     this));
    } else {
        auto *note = new QLabel(tr("Short of material: the dates above hold only if it arrives "
                                   "in time. On hand counts lots neither blocked nor expired, less "
                                   "what open work orders still need."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
        QTableWidget *shortages = table(QStringLiteral("promiseShortages"),
                                        {tr("Part No."), tr("Name"), tr("Needed"), tr("On hand"),
                                         tr("Missing")});
        QList<QStringList> shortRows;
        for (const PromiseShortage &shortage : promise.shortages) {
            const auto amount = [&](double value) -> QString {
                return ScheduleText::quantity(value) + QLatin1Char(' ') + shortage.unit;
            };
            shortRows << QStringList{shortage.partNo, shortage.name, amount(shortage.needed),
                                     amount(shortage.onHand), amount(shortage.missing())};
        }
        fill(shortages, shortRows, {4});
        layout->addWidget(shortages);
    }
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (canChooseRush) {
        QPushButton *asRush = buttons->addButton(tr("Take as rush order"), QDialogButtonBox::ActionRole);
        asRush->setObjectName(QStringLiteral("takeAsRushButton"));
        asRush->setToolTip(tr("Sets the new order's priority to urgent. Put it first in the "
                              "queues with Insert rush order on the Dispatch page once it is "
                              "released."));
        connect(asRush, &QPushButton::clicked, this, [this] {
            m_rushChosen = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &PromiseDialog::reject);
    layout->addWidget(buttons);
}

QTableWidget *PromiseDialog::table(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    setRowHeight(table, TableRows::Compact);
    return table;
}

} // namespace Taktline
