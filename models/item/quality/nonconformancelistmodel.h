#pragma once

#include "domain/outcome.h"
#include "domain/quality/nonconformance.h"

#include <QAbstractTableModel>

namespace Taktline {

class NonconformanceService;

// The nonconformance list (不合格品): one row per NC with its subject, quantities, reason and
// what was decided on it; reloaded when the service announces a change.
class NonconformanceListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        ProductColumn,
        OrderColumn,   // work order / step
        SubjectColumn, // lot or serial
        QuantityColumn,
        OpenColumn,
        ReasonColumn,
        DispositionsColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit NonconformanceListModel(NonconformanceService *service, QObject *parent = nullptr);

    void setFilter(const NonconformanceFilter &filter);
    const NonconformanceFilter &filter() const { return m_filter; }
    Outcome reload();
    const NonconformanceRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "返工 3 (WO-…), 报废 2": what was decided, in order.
    static QString dispositionsText(const NonconformanceRecord &nc);

private:
    NonconformanceService *m_service;
    NonconformanceFilter m_filter;
    QList<NonconformanceRecord> m_rows;
};

} // namespace Taktline
