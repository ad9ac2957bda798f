#pragma once

#include "services/dashboard/dashboardfigures.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace Taktline {

class WorkCalendar;

// The rows behind a dashboard bar or tile — reports, stops, orders or machines — in a read-only
// list, so a figure can always be checked against the facts it was summed from.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
public:
    static DrillDownDialog *reports(const QString &title, const QList<DashboardReport> &rows,
                                    QWidget *parent);
    static DrillDownDialog *stops(const QString &title, const QList<OeeStop> &rows,
                                  QWidget *parent);
    static DrillDownDialog *orders(const QString &title, const QList<DashboardOrder> &rows,
                                   QWidget *parent);
    static DrillDownDialog *waiting(const QString &title, const QList<DashboardOrder> &rows,
                                    QWidget *parent);
    static DrillDownDialog *calls(const QString &title, const QList<AndonCall> &rows,
                                  QWidget *parent);
    static DrillDownDialog *machines(const QString &title, const QList<OeeRow> &rows,
                                     QWidget *parent);

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    DrillDownDialog(const QString &title, const QStringList &headers, QWidget *parent);
    void addRow(const QList<QVariant> &cells);
    void finish(); // sizes the columns and says how many rows

    QStandardItemModel *m_model;
    QTableView *m_view;
    class QLabel *m_count;
};

} // namespace Taktline
