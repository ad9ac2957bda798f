#include "item/masterdata/routingoperationsmodel.h"

#include "item/masterdata/masterdatacommands.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace Taktline {

RoutingOperationsModel::RoutingOperationsModel(RoutingService *routing,
                                               const MasterDataService *masterData,
                                               QUndoStack *undoStack, UndoFeedback *feedback,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_routing(routing)
    , m_masterData(masterData)
    , m_undoStack(undoStack)
    , m_feedback(feedback)
{
    connect(routing, &RoutingService::routingChanged, this, [this](const QString &productId) {
        if (productId == m_productId)
            reload();
    });
    connect(masterData, &MasterDataService::recordChanged, this, [this](MasterDataKind kind) {
        if (kind == MasterDataKind::Machine && !m_operations.isEmpty())
            emit dataChanged(index(0, MachineColumn), index(rowCount() - 1, MachineColumn));
        if (kind == MasterDataKind::Supplier && !m_operations.isEmpty())
            emit dataChanged(index(0, SupplierColumn), index(rowCount() - 1, SupplierColumn));
    });
}

void RoutingOperationsModel::setProductId(const QString &productId)
{
    m_productId = productId;
    reload();
}

void RoutingOperationsModel::reload()
{
    beginResetModel();
    m_operations.clear();
    if (!m_productId.isEmpty()) {
        if (const Result<Routing> ops = m_routing->operations(m_productId); ops)
            m_operations = ops.value();
    }
    endResetModel();
}

Outcome RoutingOperationsModel::apply(const Routing &edited, const QString &undoText)
{
    if (m_productId.isEmpty())
        return Outcome::failure(tr("Choose a product first."));
    const Routing before = m_operations;
    if (Outcome saved = m_routing->setOperations(m_productId, edited); !saved)
        return saved;
    // The saved routing carries the ids given to new operations; redo must reuse them.
    const Result<Routing> after = m_routing->operations(m_productId);
    if (!after)
        return after.outcome();
    m_undoStack->push(
        new SetRoutingCommand(m_routing, m_feedback, m_productId, before, after.value(), undoText));
    return Outcome::success();
}

Outcome RoutingOperationsModel::addOperation(const QString &name, double standardSeconds,
                                             const QString &machineId)
{
    Routing edited = m_operations;
    edited.append({QString(), name.simplified(), standardSeconds, machineId});
    return apply(edited, tr("Add operation %1").arg(name.simplified()));
}

Outcome RoutingOperationsModel::removeOperation(int row)
{
    if (row < 0 || row >= m_operations.size())
        return Outcome::failure(tr("Choose an operation first."));
    Routing edited = m_operations;
    const QString name = edited.takeAt(row).name;
    return apply(edited, tr("Remove operation %1").arg(name));
}

Outcome RoutingOperationsModel::moveOperation(int from, int to)
{
    if (from < 0 || from >= m_operations.size() || to < 0 || to >= m_operations.size())
        return Outcome::failure(tr("The operation cannot move further."));
    if (from == to)
        return Outcome::success();
    Routing edited = m_operations;
    edited.move(from, to);
    return apply(edited, tr("Move operation %1").arg(edited.at(to).name));
}

QList<Choice> RoutingOperationsModel::machineChoices() const
{
    QList<Choice> choices = {{QString(), machineLabel(QString())}};
    const Result<QList<MasterRecord>> machines = m_masterData->list(MasterDataKind::Machine, false);
    if (!machines)
        return choices;
    for (const MasterRecord &machine : machines.value())
        choices.append({machine.id, machineLabel(machine.id)});
    return choices;
}

QString RoutingOperationsModel::machineLabel(const QString &machineId) const
{
    if (machineId.isEmpty())
        return tr("(any machine)");
    const Result<MasterRecord> machine = m_masterData->find(MasterDataKind::Machine, machineId);
    if (!machine)
        return tr("(unknown machine)");
    QString label = machine.value().text(QStringLiteral("code")) + QStringLiteral(" · ")
        + machine.value().localizedName();
    if (!machine.value().active)
        label += QLatin1Char(' ') + tr("(inactive)");
    return label;
}

QList<Choice> RoutingOperationsModel::supplierChoices() const
{
    QList<Choice> choices = {{QString(), supplierLabel(QString())}};
    const Result<QList<MasterRecord>> suppliers =
        m_masterData->list(MasterDataKind::Supplier, false);
    if (!suppliers)
        return choices;
    for (const MasterRecord &supplier : suppliers.value())
        choices.append({supplier.id, supplierLabel(supplier.id)});
    return choices;
}

QString RoutingOperationsModel::supplierLabel(const QString &supplierId) const
{
    if (supplierId.isEmpty())
        return tr("(no supplier)");
    const Result<MasterRecord> supplier = m_masterData->find(MasterDataKind::Supplier, supplierId);
    if (!supplier)
        return tr("(unknown supplier)");
    QString label = supplier.value().text(QStringLiteral("code")) + QStringLiteral(" · ")
        + supplier.value().localizedName();
    if (!supplier.value().active)
        label += QLatin1Char(' ') + tr("(inactive)");
    return label;
}

// The 外协 columns: a check box, the supplier (shown only for a step done outside) and the price.
QVariant RoutingOperationsModel::outsourcedData(const RoutingOperation &op, int column,
                                                int role) const
{
    if (column == OutsourcedColumn) {
        if (role == Qt::CheckStateRole)
            return op.outsourced ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Done outside by a supplier (外协): sent and received on the "
                      "Subcontracting tab, planned with the supplier's lead time.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == PriceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SupplierIdRole)
        return op.supplierId;
    if (role == Qt::EditRole)
        return column == SupplierColumn ? QVariant(op.supplierId) : QVariant(op.subcontractPrice);
    if (role != Qt::DisplayRole)
        return {};
    if (!op.outsourced && op.supplierId.isEmpty())
        return {};
    if (column == SupplierColumn)
        return supplierLabel(op.supplierId);
    return QLocale().toString(op.subcontractPrice, 'f', 2);
}

int RoutingOperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operations.size());
}

int RoutingOperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingOperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingOperation &op = m_operations.at(index.row());
    if (index.column() >= OutsourcedColumn)
        return outsourcedData(op, index.column(), role);
    if (role == MachineIdRole)
        return op.machineId;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != MachineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == IdealTimeColumn)
        return tr("The fastest a piece can be made at this step, for OEE's effectiveness. "
                  "Empty: the standard time stands in.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return (index.row() + 1) * 10;
    case NameColumn:
        return op.name;
    case StandardTimeColumn:
        return op.standardSeconds;
    case IdealTimeColumn:
        // Edited as text, so that it can be emptied (not set: the standard time stands in).
        if (role == Qt::EditRole)
            return op.idealSeconds ? QLocale().toString(*op.idealSeconds, 'g', 12) : QString();
        return op.idealSeconds ? QVariant(*op.idealSeconds) : QVariant();
    case MachineColumn:
        return role == Qt::EditRole ? QVariant(op.machineId) : QVariant(machineLabel(op.machineId));
    }
    return {};
}

QVariant RoutingOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Two times per step that people mix up: the header's tip says which is for what.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == StandardTimeColumn)
        return tr("What piece-rate wages and scheduling count with.");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == IdealTimeColumn)
        return tr("The fastest a piece can be made at this step, for OEE's effectiveness. "
                  "Empty: the standard time stands in.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("Step");
    case NameColumn:
        return tr("Operation");
    case StandardTimeColumn:
        return tr("Standard time (s per piece)");
    case IdealTimeColumn:
        return tr("Ideal cycle time (s per piece)");
    case MachineColumn:
        return tr("Default machine");
    case OutsourcedColumn:
        return tr("Subcontracted");
    case SupplierColumn:
        return tr("Supplier");
    case PriceColumn:
        return tr("Price per piece");
    }
    return {};
}

Qt::ItemFlags RoutingOperationsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == OutsourcedColumn)
        return flags | Qt::ItemIsUserCheckable;
    if (index.column() == PriceColumn && !m_operations.at(index.row()).outsourced)
        return flags; // a price is kept only for a step done outside
    return index.column() == SeqColumn ? flags : flags | Qt::ItemIsEditable;
}

bool RoutingOperationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool check = role == Qt::CheckStateRole && index.column() == OutsourcedColumn;
    if (role != Qt::EditRole && !check)
        return false;
    Routing edited = m_operations;
    RoutingOperation &op = edited[index.row()];
    switch (index.column()) {
    case NameColumn:
        op.name = value.toString().simplified();
        break;
    case StandardTimeColumn: {
        bool ok = false;
        op.standardSeconds = value.typeId() == QMetaType::QString
            ? QLocale().toDouble(value.toString().trimmed(), &ok)
            : value.toDouble(&ok);
        if (!ok) {
            emit errorOccurred(tr("The standard time must be a number of seconds."));
            return false;
        }
        break;
    }
    case IdealTimeColumn: {
        const QString text = value.toString().trimmed();
        if (!value.isValid() || text.isEmpty()) {
            op.idealSeconds.reset(); // not set: the standard time stands in
            break;
        }
        bool ok = false;
        const double seconds = value.typeId() == QMetaType::QString ? QLocale().toDouble(text, &ok)
                                                                    : value.toDouble(&ok);
        if (!ok) {
            emit errorOccurred(tr("The ideal cycle time must be a number of seconds, or empty."));
            return false;
        }
        op.idealSeconds = seconds;
        break;
    }
    case MachineColumn:
        op.machineId = value.toString();
        break;
    case OutsourcedColumn:
        if (!check)
            return false;
        // RoutingService refuses a step done outside without a supplier.
        op.outsourced = value.toInt() == Qt::Checked;
        break;
    case SupplierColumn:
        // Choosing who does the step makes it a step done outside: the answer the refusal of a
        // tick without a supplier asks for.
        op.supplierId = value.toString();
        if (!op.supplierId.isEmpty())
            op.outsourced = true;
        break;
    case PriceColumn: {
        bool ok = false;
        op.subcontractPrice = value.typeId() == QMetaType::QString
            ? QLocale().toDouble(value.toString().trimmed(), &ok)
            : value.toDouble(&ok);
        if (!ok || op.subcontractPrice < 0) {
            emit errorOccurred(tr("The price per piece must be a number, 0 or more."));
            return false;
        }
        break;
    }
    default:
        return false;
    }
    if (edited == m_operations)
        return true;
    if (Outcome done = apply(edited, tr("Edit operation %1").arg(m_operations.at(index.row()).name));
        !done) {
        emit errorOccurred(done.error());
        return false;
    }
    return true;
}

} // namespace Taktline
