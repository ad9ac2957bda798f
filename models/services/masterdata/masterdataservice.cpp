#include "services/masterdata/masterdataservice.h"

#include "domain/masterdata/masterdataspecs.h"
#include "domain/masterdata/recordvalidator.h"
#include "services/access/accesscontrol.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/uuid.h"

#include <QCoreApplication>

namespace Taktline {

MasterDataService::MasterDataService(std::shared_ptr<Database> db, AccessControl *access,
                                     AuditRepository *audit, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(m_db->connection())
    , m_access(access)
    , m_audit(audit)
{}

Result<QList<MasterRecord>> MasterDataService::list(MasterDataKind kind, bool includeInactive) const
{
    return m_repository.list(entitySpec(kind), includeInactive);
}

Result<MasterRecord> MasterDataService::find(MasterDataKind kind, const QString &id) const
{
    return m_repository.find(entitySpec(kind), id);
}

Result<QString> MasterDataService::idForCode(MasterDataKind kind, const QString &code) const
{
    const EntitySpec &spec = entitySpec(kind);
    return m_repository.idWhere(spec, spec.codeField().column, code.trimmed());
}

Outcome MasterDataService::checkUnique(const EntitySpec &spec, const QString &column,
                                       const QVariant &value, const QString &ownId) const
{
    const FieldSpec *field = spec.field(column);
    if (!field || !field->unique)
        return Outcome::success();
    const Result<QString> other = m_repository.idWhere(spec, column, value);
    if (!other)
        return other.outcome();
    if (!other.value().isEmpty() && other.value() != ownId) {
        const Result<MasterRecord> taken = m_repository.find(spec, other.value());
        const QString existing = taken ? taken.value().text(column) : value.toString();
        if (existing != value.toString()) {
            // "cnc-01" beside "CNC-01": a scanner or a person cannot tell them apart.
            return Outcome::failure(
                tr("There is already a %1 with the %2 %3; codes that differ only in capital and "
                   "small letters are the same code. Choose another %2.")
                    .arg(spec.displaySingular(), field->displayLabel(), existing));
        }
        return Outcome::failure(
            tr("There is already a %1 with the %2 %3. Choose another %2.")
                .arg(spec.displaySingular(), field->displayLabel(), value.toString()));
    }
    return Outcome::success();
}

Result<QVariant> MasterDataService::resolveReference(const FieldSpec &field,
                                                     const QVariant &value) const
{
    if (field.reference.isEmpty())
        return value;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && !field.required)
        return value;
    const Result<QString> id = m_repository.referenceId(field, text);
    if (!id)
        return id.outcome();
    if (id.value().isEmpty()) {
        return Outcome::failure(tr("There is no %1 %2. Choose one of the list, or add it under "
                                   "Master data first.")
                                    .arg(field.displayLabel(), text));
    }
    return QVariant(id.value());
}

Outcome MasterDataService::saveAudited(const QString &entity, const QString &id,
                                       const QString &action, const QString &detail,
                                       const std::function<Outcome()> &write)
{
    return m_db->inTransaction([&] {
        if (Outcome written = write(); !written)
            return written;
        return m_audit->append(m_access->userId(), entity, id, action, detail);
    });
}

Result<QString> MasterDataService::create(MasterDataKind kind, MasterRecord record)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const EntitySpec &spec = entitySpec(kind);
    for (const FieldSpec &field : spec.fields) {
        // A reference given by its name as read ("unit": "kg") is the field itself.
        const QString shown = field.displayColumn();
        if (!field.reference.isEmpty() && !record.values.contains(field.column) &&
            record.values.contains(shown)) {
            record.values.insert(field.column, record.values.take(shown));
        }
    }
    if (Outcome valid = RecordValidator::validate(spec, record); !valid)
        return valid;
    for (const FieldSpec &field : spec.fields) {
        const Result<QVariant> resolved = resolveReference(field, record.value(field.column));
        if (!resolved)
            return resolved.outcome();
        record.values.insert(field.column, resolved.value());
    }
    for (const FieldSpec &field : spec.fields) {
        if (Outcome unique = checkUnique(spec, field.column, record.value(field.column), {}); !unique)
            return unique;
    }
    if (record.id.isEmpty())
        record.id = newUuidV7();
    Outcome saved = saveAudited(spec.key, record.id, QStringLiteral("create"), record.text(spec.codeField().column),
                                [&] { return m_repository.insert(spec, record); });
    if (!saved)
        return saved;
    emit recordAdded(kind, record.id);
    return record.id;
}

Result<QVariant> MasterDataService::checkValue(MasterDataKind kind, const QString &id,
                                               const QString &column, const QVariant &value) const
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const EntitySpec &spec = entitySpec(kind);
    const FieldSpec *field = spec.field(column);
    if (!field)
        return Outcome::failure(tr("Unknown field %1.").arg(column));
    Result<QVariant> normalized = RecordValidator::normalize(*field, value);
    if (!normalized)
        return normalized;
    normalized = resolveReference(*field, normalized.value());
    if (!normalized)
        return normalized;
    if (Outcome unique = checkUnique(spec, column, normalized.value(), id); !unique)
        return unique;
    if (!id.isEmpty() && RecordValidator::hasRulesBetweenFields(spec)) {
        // The record as it would be after the change, for the rules between its fields.
        Result<MasterRecord> changed = m_repository.find(spec, id);
        if (!changed)
            return changed.outcome();
        changed.value().values.insert(column, normalized.value());
        if (Outcome together = RecordValidator::checkTogether(spec, changed.value()); !together)
            return together;
    }
    return normalized;
}

Outcome MasterDataService::updateField(MasterDataKind kind, const QString &id,
                                       const QString &column, const QVariant &value)
{
    const Result<QVariant> checked = checkValue(kind, id, column, value);
    if (!checked)
        return checked.outcome();
    const EntitySpec &spec = entitySpec(kind);
    Outcome saved = saveAudited(spec.key, id, QStringLiteral("update"),
                                column + QLatin1Char('=') + checked.value().toString(),
                                [&] { return m_repository.update(spec, id, column, checked.value()); });
    if (saved)
        emit recordChanged(kind, id);
    return saved;
}

Outcome MasterDataService::setActive(MasterDataKind kind, const QString &id, bool active)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const EntitySpec &spec = entitySpec(kind);
    Outcome saved = saveAudited(spec.key, id,
                                active ? QStringLiteral("activate") : QStringLiteral("deactivate"),
                                {}, [&] { return m_repository.setActive(spec, id, active); });
    if (saved)
        emit recordChanged(kind, id);
    return saved;
}

Outcome MasterDataService::remove(MasterDataKind kind, const QString &id)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const EntitySpec &spec = entitySpec(kind);
    Outcome saved = saveAudited(spec.key, id, QStringLiteral("remove"), {},
                                [&] { return m_repository.setDeleted(spec, id, true); });
    if (saved)
        emit recordRemoved(kind, id);
    return saved;
}

Outcome MasterDataService::recordBadgesPrinted(const QStringList &employeeIds)
{
    if (Outcome allowed = m_access->require(Permission::ViewMasterData); !allowed)
        return allowed;
    const QString entity = entitySpec(MasterDataKind::Employee).key;
    Outcome saved = m_db->inTransaction([&] {
        for (const QString &id : employeeIds) {
            if (Outcome done = m_audit->append(m_access->userId(), entity, id,
                                               QStringLiteral("badge_printed"));
                !done) {
                return done;
            }
        }
        return Outcome::success();
    });
    if (saved)
        emit badgesPrinted();
    return saved;
}

Result<bool> MasterDataService::anyBadgePrinted() const
{
    const Result<int> facts =
        m_audit->countAction(entitySpec(MasterDataKind::Employee).key, QStringLiteral("badge_printed"));
    if (!facts)
        return facts.outcome();
    return facts.value() > 0;
}

Outcome MasterDataService::restore(MasterDataKind kind, const QString &id)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const EntitySpec &spec = entitySpec(kind);
    const Result<MasterRecord> record = m_repository.find(spec, id);
    if (!record)
        return record.outcome();
    for (const FieldSpec &field : spec.fields) {
        if (Outcome unique = checkUnique(spec, field.column, record.value().value(field.column), id);
            !unique) {
            return unique;
        }
    }
    Outcome saved = saveAudited(spec.key, id, QStringLiteral("restore"), {},
                                [&] { return m_repository.setDeleted(spec, id, false); });
    if (saved)
        emit recordAdded(kind, id);
    return saved;
}

} // namespace Taktline
