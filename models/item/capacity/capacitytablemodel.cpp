#include "item/capacity/capacitytablemodel.h"

#include "item/palette.h"

#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

QString percentText(std::optional<double> utilisation)
{
    if (!utilisation)
        return QStringLiteral("–");
    if (std::isinf(*utilisation))
        return QStringLiteral(">100%");
    return QLocale().toString(*utilisation * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace

QString CapacityTableModel::daysText(const QList<QDate> &days)
{
    // Runs of consecutive days as one range: "12/7–12/12, 12/14".
    QStringList texts;
    const QString format = QStringLiteral("M/d");
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j).daysTo(days.at(j + 1)) == 1)
            ++j;
        texts << (j == i ? days.at(i).toString(format)
                         : QStringLiteral("%1–%2").arg(days.at(i).toString(format),
                                                       days.at(j).toString(format)));
        i = j + 1;
    }
    return texts.join(QStringLiteral(", "));
}

CapacityTableModel::CapacityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CapacityTableModel::setRows(const QList<CapacityRow> &rows,
                                 const std::optional<QList<CapacityRow>> &after)
{
    beginResetModel();
    m_rows = rows;
    m_after = after;
    endResetModel();
}

int CapacityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapacityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapacityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapacityRow &row = m_rows.at(index.row());
    const std::optional<double> after =
        m_after && index.row() < m_after->size() ? m_after->at(index.row()).utilisation()
                                                 : std::nullopt;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return row.label;
        case Workshop: return row.workshop;
        case Machines: return row.machines;
        case Load: return locale.toString(row.totalLoad() / 3600, 'f', 1);
        case Capacity: return locale.toString(row.totalCapacity() / 3600, 'f', 1);
        case Utilisation: return percentText(row.utilisation());
        case WhatIf: return m_after ? percentText(after) : QString();
        case FullDays: return daysText(row.overloadedDays);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Machines && index.column() <= WhatIf)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == FullDays && !row.overloadedDays.isEmpty())
            return Palette::Red;
        if (index.column() == WhatIf && after && row.utilisation() && *after < *row.utilisation())
            return Palette::GoodText;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FullDays && !row.overloadedDays.isEmpty())
            return tr("Booked to capacity on %n day(s): no time left there.", nullptr,
                      int(row.overloadedDays.size()));
        return {};
    case Qt::UserRole: // the figure itself, for sorting and tests
        switch (index.column()) {
        case Load: return row.totalLoad() / 3600;
        case Capacity: return row.totalCapacity() / 3600;
        case Utilisation: return row.utilisation() ? QVariant(*row.utilisation()) : QVariant();
        case WhatIf: return after ? QVariant(*after) : QVariant();
        default: return {};
        }
    }
    return {};
}

QVariant CapacityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Workshop: return tr("Workshop");
    case Machines: return tr("Machines");
    case Load: return tr("Load (h)");
    case Capacity: return tr("Capacity (h)");
    case Utilisation: return tr("Utilisation");
    case WhatIf: return tr("With the what-if");
    case FullDays: return tr("Days at capacity");
    }
    return {};
}

} // namespace Taktline
