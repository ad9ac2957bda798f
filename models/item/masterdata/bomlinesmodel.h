#pragma once

#include "domain/masterdata/bom.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"
#include "item/choice.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

namespace Taktline {

class BomService;
class MasterDataService;
class RoutingService;
class UndoFeedback;

// The lines of one product's bill of materials: component, quantity per unit (with the
// component's unit), step, note. Every edit goes through BomService as one undoable step.
class BomLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ComponentColumn, QuantityColumn, StepColumn, NoteColumn, ColumnCount };
    enum Roles { LineIdRole = Qt::UserRole + 1 };

    BomLinesModel(BomService *bom, const MasterDataService *masterData,
                  const RoutingService *routing, QUndoStack *undoStack, UndoFeedback *feedback,
                  QObject *parent = nullptr);

    void setProductId(const QString &productId);
    const QString &productId() const { return m_productId; }
    const QList<BomLine> &lines() const { return m_lines; }
    int rowOfLine(const QString &lineId) const;

    // Adds a line and returns its id.
    Result<QString> addLine(const QString &componentId, double perUnit, int seq,
                            const QString &note);
    Outcome removeLine(int row);
    // Active products that may go into this one, as (id, "part no · name").
    QList<Choice> componentChoices() const;
    // (0, "First step") and the routing's steps as (10, "10 · 车削").
    QList<Choice> stepChoices() const;
    QString componentLabel(const QString &componentId) const;
    QString unitOf(const QString &productId) const;
    QString stepLabel(int seq) const;

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
    void reload();
    void reloadProducts();

    BomService *m_bom;
    const MasterDataService *m_masterData;
    const RoutingService *m_routing;
    QUndoStack *m_undoStack;
    UndoFeedback *m_feedback;
    QString m_productId;
    QList<BomLine> m_lines;
    QList<MasterRecord> m_products;          // every product, for names, units and choices
    QHash<QString, qsizetype> m_productRows; // id → index in m_products
    QStringList m_stepNames;                 // the routing's operation names, step 10 first
};

// A quantity without trailing zeros, in the user's locale: 0.8, 12, 0.025.
QString bomQuantityText(double value);

} // namespace Taktline
