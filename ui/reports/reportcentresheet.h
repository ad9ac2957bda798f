#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Taktline {

class ReportSheetModel;
struct ReportSheet;

// One sheet of a report in the report centre: a sortable table, its totals line under it and
// the notes that say what the figures are based on.
class ReportCentreSheet final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportCentreSheet(ReportSheet &sheet, QWidget *parent = nullptr);

    ReportSheetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *totalsLabel() const { return m_totals; }

private:
    ReportSheetModel *m_model;
    QTableView *m_view;
    QLabel *m_totals;
    QLabel *m_notes;
};

} // namespace Taktline
