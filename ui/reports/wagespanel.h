#pragma once

#include "domain/outcome.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Taktline {

class DateEdit;
class ListExport;
class MessageBanner;
class WageLinesModel;
class WageTotalsModel;
class Workspace;

// The wage report tab (工资报表): a period and an optional employee, the totals per employee,
// the priced lines of the selected one, a grand total and the export to Excel.
class WagesPanel final : public QWidget
{
    Q_OBJECT
public:
    WagesPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    void setThisMonth();
    void setLastMonth();
    void reload();
    void selectEmployee(const QString &employeeId);
    QString selectedEmployee() const;

    // The totals (with a total row) to PATH, every line to WageWorkbook::linesPath(PATH).
    Outcome exportTo(const QString &path);
    void exportToExcel();

    WageTotalsModel *totalsModel() const { return m_totals; }
    QTableView *totalsView() const { return m_totalsView; }
    QTableView *linesView() const { return m_linesView; }
    QString grandTotalText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadEmployees();
    void showLinesOfSelection();
    void updateGrandTotal();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    DateEdit *m_from;
    DateEdit *m_to;
    QComboBox *m_employee;
    ListExport *m_export = nullptr;
    WageTotalsModel *m_totals;
    QSortFilterProxyModel *m_totalsProxy;
    WageLinesModel *m_lines;
    QSortFilterProxyModel *m_linesProxy;
    QTableView *m_totalsView;
    QTableView *m_linesView;
    QLabel *m_grandTotal;
    QLabel *m_unpriced;
    QLabel *m_unapproved;
    QLabel *m_linesTitle;
    bool m_showingPeriodError = false;
};

} // namespace Taktline
