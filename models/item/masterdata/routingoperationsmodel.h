#pragma once

#include "domain/outcome.h"
#include "domain/planning/routingoperation.h"
#include "item/choice.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace Taktline {

class MasterDataService;
class RoutingService;
class UndoFeedback;

// The operations of one product's routing: sequence, name, standard time (wages, scheduling),
// ideal cycle time (OEE), default machine, and for a step done outside (外协) its supplier and
// price per piece.
// Every edit replaces the routing through RoutingService as one undoable step.
class RoutingOperationsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        NameColumn,
        StandardTimeColumn,
        IdealTimeColumn,
        MachineColumn,
        OutsourcedColumn, // 外协: a check box
        SupplierColumn,
        PriceColumn, // the supplier's price per good piece
        ColumnCount
    };
    enum Roles { MachineIdRole = Qt::UserRole + 1, SupplierIdRole };

    RoutingOperationsModel(RoutingService *routing, const MasterDataService *masterData,
                           QUndoStack *undoStack, UndoFeedback *feedback, QObject *parent = nullptr);

    void setProductId(const QString &productId);
    const QString &productId() const { return m_productId; }
    const Routing &operations() const { return m_operations; }

    Outcome addOperation(const QString &name, double standardSeconds, const QString &machineId);
    Outcome removeOperation(int row);
    Outcome moveOperation(int from, int to);
    // "(any machine)" (an empty id), then the active machines as (id, "code · name").
    QList<Choice> machineChoices() const;
    // "(no supplier)" (an empty id), then the active suppliers as (id, "code · name").
    QList<Choice> supplierChoices() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString &message);

private:
    Outcome apply(const Routing &edited, const QString &undoText);
    void reload();
    QString machineLabel(const QString &machineId) const;
    QString supplierLabel(const QString &supplierId) const;
    QVariant outsourcedData(const RoutingOperation &op, int column, int role) const;

    RoutingService *m_routing;
    const MasterDataService *m_masterData;
    QUndoStack *m_undoStack;
    UndoFeedback *m_feedback;
    QString m_productId;
    Routing m_operations;
};

} // namespace Taktline
