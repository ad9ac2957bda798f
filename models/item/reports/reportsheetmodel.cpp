#include "item/reports/reportsheetmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Taktline {

namespace {

bool numericKind(ReportColumnKind kind)
{
    return kind == ReportColumnKind::Integer || kind == ReportColumnKind::Decimal ||
           kind == ReportColumnKind::Percent || kind == ReportColumnKind::Hours;
}

bool isBlank(const QVariant &value)
{
    return value.isNull() || !value.isValid() ||
           (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

// LEFT before RIGHT in ascending order; blanks always last (the caller flips only the rest).
int compareValues(ReportColumnKind kind, const QVariant &left, const QVariant &right)
{
    switch (kind) {
    case ReportColumnKind::Integer:
    case ReportColumnKind::Decimal:
    case ReportColumnKind::Percent:
    case ReportColumnKind::Hours: {
        const double a = left.toDouble();
        const double b = right.toDouble();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case ReportColumnKind::Date: {
        const QDate a = left.toDate();
        const QDate b = right.toDate();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case ReportColumnKind::DateTime: {
        const QDateTime a = left.toDateTime();
        const QDateTime b = right.toDateTime();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case ReportColumnKind::Text:
        break;
    }
    return QString::localeAwareCompare(left.toString(), right.toString());
}

} // namespace

ReportSheetModel::ReportSheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportSheetModel::setSheet(ReportSheet &sheet, int rowLimit)
{
    beginResetModel();
    m_name = sheet.name;
    m_columns = sheet.columns;
    m_notes = sheet.notes;
    m_totalsRow = sheet.totalsRow;
    m_rows.clear();
    m_sums = QList<double>(m_columns.size(), 0.0);
    m_truncated = false;
    if (sheet.rows) {
        // Every row counts in the totals, also those past the limit the screen keeps.
        QVariantList row;
        while (sheet.rows->next(row)) {
            while (row.size() < m_columns.size())
                row.append(QVariant());
            for (int column = 0; column < m_columns.size(); ++column)
                m_sums[column] += row.at(column).toDouble();
            if (m_rows.size() < rowLimit)
                m_rows.append(row);
            else
                m_truncated = true;
        }
    }
    endResetModel();
}

QVariant ReportSheetModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

QVariantList ReportSheetModel::totals() const
{
    QVariantList result;
    if (!m_totalsRow)
        return result;
    const auto sumOf = [this](int column) {
        return m_sums.value(column);
    };
    for (int column = 0; column < m_columns.size(); ++column) {
        const ReportColumn &spec = m_columns.at(column);
        if (spec.ratioOf) {
            const double denominator = sumOf(spec.ratioOf->second);
            result.append(denominator != 0 ? QVariant(sumOf(spec.ratioOf->first) / denominator)
                                           : QVariant());
        } else if (spec.summed) {
            result.append(sumOf(column));
        } else {
            result.append(QVariant());
        }
    }
    return result;
}

QString ReportSheetModel::format(int column, const QVariant &value) const
{
    if (column < 0 || column >= m_columns.size() || isBlank(value))
        return {};
    const ReportColumn &spec = m_columns.at(column);
    const QLocale locale;
    switch (spec.kind) {
    case ReportColumnKind::Text:
        return value.toString();
    case ReportColumnKind::Integer:
        return locale.toString(qint64(std::llround(value.toDouble())));
    case ReportColumnKind::Decimal:
        return locale.toString(value.toDouble(), 'f', spec.decimals);
    case ReportColumnKind::Percent:
        return locale.toString(value.toDouble() * 100.0, 'f', spec.decimals) + QLatin1Char('%');
    case ReportColumnKind::Hours: {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return plain.toString(value.toDouble(), 'f', spec.decimals);
    }
    case ReportColumnKind::Date:
        return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case ReportColumnKind::DateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd hh:mm"));
    }
    return value.toString();
}

QString ReportSheetModel::totalsText() const
{
    const QVariantList sums = totals();
    QStringList parts;
    for (int column = 0; column < sums.size(); ++column) {
        if (!isBlank(sums.at(column)))
            parts << QStringLiteral("%1 %2").arg(m_columns.at(column).header,
                                                 format(column, sums.at(column)));
    }
    if (parts.isEmpty())
        return {};
    //: The totals line under a report table; %1 lists "header value" pairs.
    return tr("Total: %1").arg(parts.join(QStringLiteral("  ·  ")));
}

int ReportSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool ReportSheetModel::isNumeric(int column) const
{
    return column >= 0 && column < m_columns.size() && numericKind(m_columns.at(column).kind);
}

QVariant ReportSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant raw = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return format(index.column(), raw);
    case ValueRole:
    case Qt::EditRole:
        return raw;
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

void ReportSheetModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const ReportColumnKind kind = m_columns.at(column).kind;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> positions(m_rows.size());
    std::iota(positions.begin(), positions.end(), 0);
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        const QVariant &left = m_rows.at(a).at(column);
        const QVariant &right = m_rows.at(b).at(column);
        if (isBlank(left) || isBlank(right))
            return !isBlank(left) && isBlank(right);
        const int compared = compareValues(kind, left, right);
        return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    });
    QList<QVariantList> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int i = 0; i < positions.size(); ++i) {
        sorted.append(m_rows.at(positions.at(i)));
        newRowOf[positions.at(i)] = i;
    }
    m_rows = std::move(sorted);
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Taktline
