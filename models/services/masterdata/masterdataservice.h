#pragma once

#include "domain/masterdata/masterrecord.h"
#include "storage/masterdata/masterdatarepository.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Database;

// Use cases on products, machines, employees and reason codes: validation, uniqueness,
// permission, one transaction with an audit fact per change, and a typed change signal.
class MasterDataService final : public QObject
{
    Q_OBJECT
public:
    MasterDataService(std::shared_ptr<Database> db, AccessControl *access, AuditRepository *audit,
                      QObject *parent = nullptr);

    Result<QList<MasterRecord>> list(MasterDataKind kind, bool includeInactive = true) const;
    Result<MasterRecord> find(MasterDataKind kind, const QString &id) const;
    Result<QString> idForCode(MasterDataKind kind, const QString &code) const;

    // Validates and saves a new record; returns its id.
    Result<QString> create(MasterDataKind kind, MasterRecord record);
    // Checks a new value for one field without saving; returns the value as it would be stored.
    Result<QVariant> checkValue(MasterDataKind kind, const QString &id, const QString &column,
                                const QVariant &value) const;
    Outcome updateField(MasterDataKind kind, const QString &id, const QString &column,
                        const QVariant &value);
    Outcome setActive(MasterDataKind kind, const QString &id, bool active);
    // Tombstones a record and brings it back: how undo takes back an added record.
    Outcome remove(MasterDataKind kind, const QString &id);
    Outcome restore(MasterDataKind kind, const QString &id);
    // Records that the badges (工牌) of these employees went to the printer: an audit fact each,
    // in one transaction. Anyone who sees master data may print them.
    Outcome recordBadgesPrinted(const QStringList &employeeIds);
    // Whether any badge was ever printed (the set-up checklist's step).
    Result<bool> anyBadgePrinted() const;

signals:
    void recordAdded(Taktline::MasterDataKind kind, const QString &id);
    void recordChanged(Taktline::MasterDataKind kind, const QString &id);
    void recordRemoved(Taktline::MasterDataKind kind, const QString &id);
    void badgesPrinted();

private:
    Outcome checkUnique(const EntitySpec &spec, const QString &column, const QVariant &value,
                        const QString &ownId) const;
    // VALUE (an id, code or name) as the id of FIELD's referenced row; unchanged for other fields.
    Result<QVariant> resolveReference(const FieldSpec &field, const QVariant &value) const;
    Outcome saveAudited(const QString &entity, const QString &id, const QString &action,
                        const QString &detail, const std::function<Outcome()> &write);

    std::shared_ptr<Database> m_db;
    MasterDataRepository m_repository;
    AccessControl *m_access;
    AuditRepository *m_audit;
};

} // namespace Taktline
