#include "item/audit/auditlogmodel.h"

#include "item/audit/audittext.h"
#include "services/access/auditlogservice.h"

#include <QDateTime>

namespace Taktline {

AuditLogModel::AuditLogModel(const AuditLogService *service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    // A search finds the actions and kinds of records by the names the list shows them by.
    m_filter.searchActions = AuditText::actionsMatching(filter.search);
    m_filter.searchEntities = AuditText::entitiesMatching(filter.search);
    refresh();
}

Result<int> AuditLogModel::countRows() const
{
    return m_service->count(m_filter);
}

Result<QList<AuditRow>> AuditLogModel::readPage(int offset, int limit) const
{
    return m_service->page(m_filter, offset, limit);
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::deviceText(const QString &deviceId) const
{
    if (deviceId == m_service->deviceId())
        return tr("This computer (%1)").arg(m_service->deviceCode());
    return deviceId.left(8);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AuditRow &row = rows().at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return row.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.atMs).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        if (!row.userName.isEmpty())
            return row.userName;
        return row.userId.isEmpty() ? tr("System") : row.userId;
    case DeviceColumn: return deviceText(row.deviceId);
    case KindColumn: return AuditText::entityName(row.entity);
    case RecordColumn: return row.record.isEmpty() ? row.entityId : row.record;
    case ActionColumn: return AuditText::actionName(row.entity, row.action);
    case DetailColumn:
        // A sign-in's detail names its device, which the device column shows already.
        if ((row.entity == QLatin1String("sign-in") || row.entity == QLatin1String("station-pin"))
            && row.detail.startsWith(QLatin1String("device ")))
            return QString();
        return AuditText::shortDetail(row.detail);
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case DeviceColumn: return tr("Device");
    case KindColumn: return tr("What");
    case RecordColumn: return tr("Record");
    case ActionColumn: return tr("Action");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

} // namespace Taktline
