#pragma once

#include "services/capacity/capacityanalyser.h"

#include <QAbstractTableModel>

#include <optional>

namespace Taktline {

// The capacity tab's table: each machine, line or workshop with its load, capacity and
// utilisation over the horizon, the days it is booked to capacity and, while a what-if is
// shown, its utilisation with the what-if. Read-only.
class CapacityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Workshop, Machines, Load, Capacity, Utilisation, WhatIf, FullDays, ColumnCount };

    explicit CapacityTableModel(QObject *parent = nullptr);

    // AFTER: the same rows with the what-if (none: no what-if shown).
    void setRows(const QList<CapacityRow> &rows,
                 const std::optional<QList<CapacityRow>> &after = std::nullopt);
    bool showsWhatIf() const { return m_after.has_value(); }
    // DAYS as the table and the bottleneck banner show them: "12/7–12/12, 12/14".
    static QString daysText(const QList<QDate> &days);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CapacityRow> m_rows;
    std::optional<QList<CapacityRow>> m_after;
};

} // namespace Taktline
