#include "item/masterdata/masterdatatablemodel.h"

#include "domain/masterdata/masterdataspecs.h"
#include "item/masterdata/masterdatacommands.h"
#include "services/masterdata/masterdataservice.h"

#include <QBrush>
#include <QCoreApplication>
#include <QPalette>
#include <QUndoStack>

namespace Taktline {

MasterDataTableModel::MasterDataTableModel(MasterDataKind kind, MasterDataService *service,
                                           QUndoStack *undoStack, UndoFeedback *feedback,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_feedback(feedback)
{
    connect(service, &MasterDataService::recordAdded, this, &MasterDataTableModel::onRecordAdded);
    connect(service, &MasterDataService::recordChanged, this, &MasterDataTableModel::onRecordChanged);
    connect(service, &MasterDataService::recordRemoved, this, &MasterDataTableModel::onRecordRemoved);
    reload();
}

int MasterDataTableModel::activeColumn() const
{
    return static_cast<int>(entitySpec(m_kind).fields.size());
}

int MasterDataTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

Outcome MasterDataTableModel::reload()
{
    Result<QList<MasterRecord>> records = m_service->list(m_kind, true);
    if (!records)
        return records.outcome();
    beginResetModel();
    m_records = std::move(records.value());
    endResetModel();
    return Outcome::success();
}

Result<QString> MasterDataTableModel::addRecord(const MasterRecord &record)
{
    const Result<QString> id = m_service->create(m_kind, record);
    if (!id)
        return id;
    const Result<MasterRecord> saved = m_service->find(m_kind, id.value());
    const QString code = saved ? saved.value().text(entitySpec(m_kind).codeField().column) : QString();
    m_undoStack->push(new AddMasterRecordCommand(m_service, m_feedback, m_kind, id.value(), code));
    return id;
}

Outcome MasterDataTableModel::setRecordActive(int row, bool active)
{
    if (row < 0 || row >= m_records.size())
        return Outcome::failure(QStringLiteral("row out of range"));
    const MasterRecord record = m_records.at(row);
    if (record.active == active)
        return Outcome::success();
    if (Outcome done = m_service->setActive(m_kind, record.id, active); !done)
        return done;
    m_undoStack->push(new SetMasterActiveCommand(m_service, m_feedback, m_kind, record.id,
                                                 record.text(entitySpec(m_kind).codeField().column),
                                                 active));
    return Outcome::success();
}

Outcome MasterDataTableModel::changeField(int row, const QString &column, const QVariant &value)
{
    const MasterRecord record = m_records.at(row);
    const Result<QVariant> checked = m_service->checkValue(m_kind, record.id, column, value);
    if (!checked)
        return checked.outcome();
    const QVariant oldValue = record.value(column);
    if (checked.value() == oldValue)
        return Outcome::success();
    if (Outcome done = m_service->updateField(m_kind, record.id, column, checked.value()); !done)
        return done;
    m_undoStack->push(new ChangeMasterFieldCommand(m_service, m_feedback, m_kind, record.id, column,
                                                   oldValue, checked.value()));
    return Outcome::success();
}

Outcome MasterDataTableModel::updateRecord(int row, const QVariantMap &values)
{
    if (row < 0 || row >= m_records.size())
        return Outcome::failure(QStringLiteral("row out of range"));
    const QString id = m_records.at(row).id;
    // Check every field first so that a refused dialog changes nothing at all.
    bool changes = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Result<QVariant> checked = m_service->checkValue(m_kind, id, it.key(), it.value());
        if (!checked)
            return checked.outcome();
        changes = changes || checked.value() != m_records.at(row).value(it.key());
    }
    if (!changes)
        return Outcome::success(); // no empty "Edit …" step on the undo stack
    m_undoStack->beginMacro(QCoreApplication::translate("Taktline::UndoCommands", "Edit %1 %2")
                                .arg(entitySpec(m_kind).displaySingular(),
                                     m_records.at(row).text(entitySpec(m_kind).codeField().column)));
    Outcome result = Outcome::success();
    for (auto it = values.cbegin(); it != values.cend() && result; ++it)
        result = changeField(rowOfId(id), it.key(), it.value());
    m_undoStack->endMacro();
    return result;
}

int MasterDataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int MasterDataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : activeColumn() + 1;
}

QVariant MasterDataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MasterRecord &record = m_records.at(index.row());
    if (role == IdRole)
        return record.id;
    if (role == ActiveRole)
        return record.active;
    if (role == Qt::ForegroundRole && !record.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (index.column() == activeColumn()) {
        if (role == Qt::DisplayRole)
            return record.active ? QCoreApplication::translate("Taktline::MasterData", "Active")
                                 : QCoreApplication::translate("Taktline::MasterData", "Inactive");
        if (role == Qt::EditRole)
            return record.active;
        return {};
    }
    const FieldSpec &field = entitySpec(m_kind).fields.at(index.column());
    const QVariant value = record.value(field.column);
    if (field.type == FieldType::Boolean) {
        if (role == Qt::CheckStateRole)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::EditRole)
            return value.toBool();
        return {};
    }
    if (!field.reference.isEmpty() && (role == Qt::DisplayRole || role == Qt::EditRole))
        return record.text(field.displayColumn()); // the unit's name in the UI language
    if (field.type == FieldType::Choice) {
        if (role == Qt::DisplayRole)
            return field.optionDisplayName(value.toString());
        if (role == Qt::EditRole)
            return value.toString(); // the stored key
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value;
    if (role == Qt::TextAlignmentRole && field.type != FieldType::Text)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MasterDataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == activeColumn())
        return QCoreApplication::translate("Taktline::MasterData", "Status");
    if (section >= 0 && section < activeColumn())
        return entitySpec(m_kind).fields.at(section).displayLabel();
    return {};
}

Qt::ItemFlags MasterDataTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == activeColumn())
        return flags;
    if (entitySpec(m_kind).fields.at(index.column()).type == FieldType::Boolean)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool MasterDataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == activeColumn()) {
        return false;
    }
    const FieldSpec &field = entitySpec(m_kind).fields.at(index.column());
    QVariant newValue = value;
    if (field.type == FieldType::Boolean) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        if (role == Qt::CheckStateRole)
            newValue = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    if (Outcome done = changeField(index.row(), field.column, newValue); !done) {
        emit errorOccurred(done.error());
        return false;
    }
    return true;
}

void MasterDataTableModel::onRecordAdded(MasterDataKind kind, const QString &id)
{
    if (kind != m_kind || rowOfId(id) >= 0)
        return;
    const Result<MasterRecord> record = m_service->find(m_kind, id);
    if (!record)
        return;
    const int row = static_cast<int>(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record.value());
    endInsertRows();
}

void MasterDataTableModel::onRecordChanged(MasterDataKind kind, const QString &id)
{
    // A renamed unit is shown on every product that uses it.
    if (kind != m_kind) {
        for (const FieldSpec &field : entitySpec(m_kind).fields) {
            if (!field.reference.isEmpty() && field.reference == entitySpec(kind).table) {
                reload();
                return;
            }
        }
    }
    const int row = kind == m_kind ? rowOfId(id) : -1;
    if (row < 0)
        return;
    const Result<MasterRecord> record = m_service->find(m_kind, id);
    if (!record)
        return;
    m_records[row] = record.value();
    emit dataChanged(index(row, 0), index(row, activeColumn()));
}

void MasterDataTableModel::onRecordRemoved(MasterDataKind kind, const QString &id)
{
    const int row = kind == m_kind ? rowOfId(id) : -1;
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

} // namespace Taktline
