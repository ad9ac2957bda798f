#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Taktline {

class Workspace;

// One material lot as the Lots tab lists it: the lot, its stock and its material.
struct LotRow
{
    MaterialLot lot;
    LotStock stock;
    QString partNo;
    QString materialName;
    QString unit;
};

// Whether a lot may be fed: usable, blocked (冻结), expired or used up.
enum class LotStatus { Usable, Blocked, Expired, UsedUp };

// The material lots of one material, or of all, with their stock and status, read through
// TraceService; read only (receiving and blocking go through the service's own calls).
class LotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LotNoColumn,
        MaterialColumn,
        SupplierColumn,
        SupplierLotColumn,
        ReceivedColumn,
        ExpiryColumn,
        ReceivedQtyColumn,
        RemainingColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, LotNoRole, StatusRole };

    explicit LotTableModel(Workspace *workspace, QObject *parent = nullptr);

    // The lots of PRODUCT_ID, or of every material when it is empty.
    Outcome reload(const QString &productId = {});
    QString productFilter() const { return m_productId; }
    const QList<LotRow> &rows() const { return m_rows; }
    int rowOfLot(const QString &lotNo) const; // -1 when not listed
    QStringList suppliers() const;            // known suppliers, for the receiving dialog

    static LotStatus status(const LotRow &row, const QDate &today);
    static QString statusName(LotStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const LotRow &row, int column) const;

    Workspace *m_workspace;
    QString m_productId;
    QList<LotRow> m_rows;
};

} // namespace Taktline
