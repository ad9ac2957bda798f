#include "item/masterdata/bomlinesmodel.h"

#include "item/masterdata/bomcommands.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"

#include <QLocale>
#include <QUndoStack>

namespace Taktline {

QString bomQuantityText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

BomLinesModel::BomLinesModel(BomService *bom, const MasterDataService *masterData,
                             const RoutingService *routing, QUndoStack *undoStack,
                             UndoFeedback *feedback, QObject *parent)
    : QAbstractTableModel(parent)
    , m_bom(bom)
    , m_masterData(masterData)
    , m_routing(routing)
    , m_undoStack(undoStack)
    , m_feedback(feedback)
{
    connect(bom, &BomService::bomChanged, this, [this](const QString &productId) {
        if (productId == m_productId)
            reload();
    });
    connect(routing, &RoutingService::routingChanged, this, [this](const QString &productId) {
        if (productId == m_productId)
            reload(); // the steps' names
    });
    for (const auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordChanged,
                              &MasterDataService::recordRemoved}) {
        connect(masterData, signal, this, [this](MasterDataKind kind) {
            if (kind != MasterDataKind::Product)
                return;
            reloadProducts();
            if (!m_lines.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    reloadProducts();
}

void BomLinesModel::reloadProducts()
{
    const Result<QList<MasterRecord>> products = m_masterData->list(MasterDataKind::Product, true);
    m_products = products ? products.value() : QList<MasterRecord>();
    m_productRows.clear();
    for (qsizetype i = 0; i < m_products.size(); ++i)
        m_productRows.insert(m_products.at(i).id, i);
}

void BomLinesModel::setProductId(const QString &productId)
{
    m_productId = productId;
    reload();
}

void BomLinesModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_stepNames.clear();
    if (!m_productId.isEmpty()) {
        if (const Result<QList<BomLine>> lines = m_bom->lines(m_productId); lines)
            m_lines = lines.value();
        else
            emit errorOccurred(lines.error());
        if (const Result<Routing> routing = m_routing->operations(m_productId); routing) {
            for (const RoutingOperation &op : routing.value())
                m_stepNames << op.name;
        }
    }
    endResetModel();
}

int BomLinesModel::rowOfLine(const QString &lineId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).id == lineId)
            return row;
    }
    return -1;
}

Result<QString> BomLinesModel::addLine(const QString &componentId, double perUnit, int seq,
                                       const QString &note)
{
    if (m_productId.isEmpty())
        return Outcome::failure(tr("Choose a product first."));
    const Result<QString> id =
        m_bom->addLine({QString(), m_productId, componentId, perUnit, seq, note});
    if (!id)
        return id.outcome();
    m_undoStack->push(new AddBomLineCommand(
        m_bom, m_feedback, id.value(), tr("Add component %1").arg(componentLabel(componentId))));
    return id;
}

Outcome BomLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return Outcome::failure(tr("Choose a line of the bill of materials first."));
    const BomLine line = m_lines.at(row);
    if (Outcome removed = m_bom->removeLine(line.id); !removed)
        return removed;
    m_undoStack->push(
        new RemoveBomLineCommand(m_bom, m_feedback, line.id,
                                 tr("Remove component %1").arg(componentLabel(line.componentId))));
    return Outcome::success();
}

QList<Choice> BomLinesModel::componentChoices() const
{
    QList<Choice> choices;
    for (const MasterRecord &product : m_products) {
        if (product.active && product.id != m_productId)
            choices.append({product.id, componentLabel(product.id)});
    }
    return choices;
}

QList<Choice> BomLinesModel::stepChoices() const
{
    QList<Choice> choices = {{0, stepLabel(0)}};
    for (int i = 0; i < m_stepNames.size(); ++i)
        choices.append({(i + 1) * 10, stepLabel((i + 1) * 10)});
    return choices;
}

QString BomLinesModel::componentLabel(const QString &componentId) const
{
    const auto row = m_productRows.constFind(componentId);
    if (row == m_productRows.cend())
        return tr("(unknown product)");
    const MasterRecord &product = m_products.at(*row);
    QString label =
        product.text(QStringLiteral("part_no")) + QStringLiteral(" · ") + product.localizedName();
    if (!product.active)
        label += QLatin1Char(' ') + tr("(inactive)");
    return label;
}

QString BomLinesModel::unitOf(const QString &productId) const
{
    const auto row = m_productRows.constFind(productId);
    return row == m_productRows.cend() ? QString() : m_products.at(*row).text(QStringLiteral("unit"));
}

QString BomLinesModel::stepLabel(int seq) const
{
    if (seq == 0)
        return tr("First step");
    const qsizetype index = seq / 10 - 1;
    if (seq % 10 != 0 || index < 0 || index >= m_stepNames.size())
        return tr("%1 (not in the routing)").arg(seq);
    return QString::number(seq) + QStringLiteral(" · ") + m_stepNames.at(index);
}

int BomLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int BomLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BomLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BomLine &line = m_lines.at(index.row());
    if (role == LineIdRole)
        return line.id;
    if (role == Qt::TextAlignmentRole && index.column() == QuantityColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StepColumn && line.operationSeq == 0)
        return tr("Fed at the first step of every work order of this product.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case ComponentColumn:
        return edit ? QVariant(line.componentId) : QVariant(componentLabel(line.componentId));
    case QuantityColumn:
        // Edited as text: a spin box would round 0.025 kg to two decimals.
        return edit ? bomQuantityText(line.quantityPerUnit)
                    : bomQuantityText(line.quantityPerUnit) + QLatin1Char(' ') +
                          unitOf(line.componentId);
    case StepColumn:
        return edit ? QVariant(line.operationSeq) : QVariant(stepLabel(line.operationSeq));
    case NoteColumn:
        return line.note;
    }
    return {};
}

QVariant BomLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case QuantityColumn:
        return tr("Qty per %1").arg(unitOf(m_productId));
    case StepColumn:
        return tr("Fed at step");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags BomLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool BomLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const BomLine before = m_lines.at(index.row());
    BomLine after = before;
    switch (index.column()) {
    case ComponentColumn:
        after.componentId = value.toString();
        break;
    case QuantityColumn: {
        bool ok = false;
        const QString text = value.toString().trimmed();
        after.quantityPerUnit = value.typeId() == QMetaType::QString ? QLocale().toDouble(text, &ok)
                                                                     : value.toDouble(&ok);
        if (!ok && value.typeId() == QMetaType::QString)
            after.quantityPerUnit = QLocale::c().toDouble(text, &ok);
        if (!ok) {
            emit errorOccurred(tr("Enter the quantity per unit as a number, such as 0.8."));
            return false;
        }
        break;
    }
    case StepColumn:
        after.operationSeq = value.toInt();
        break;
    case NoteColumn:
        after.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    if (Outcome done = m_bom->updateLine(after); !done) {
        emit errorOccurred(done.error());
        return false;
    }
    m_undoStack->push(
        new ChangeBomLineCommand(m_bom, m_feedback, before, after,
                                 tr("Edit component %1").arg(componentLabel(before.componentId))));
    return true;
}

} // namespace Taktline
