#pragma once

#include "item/pagedtablemodel.h"
#include "storage/auditrepository.h"

namespace Taktline {

class AuditLogService;

// The audit log for the owner, newest first, fetched page by page from SQL as the view
// scrolls: hundreds of thousands of facts open as fast as ten. Filters run in SQL.
class AuditLogModel final : public PagedTableModel<AuditRow>
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, DeviceColumn, KindColumn, RecordColumn, ActionColumn,
                  DetailColumn, ColumnCount };

    // Empty until setFilter() or refresh() reads the log.
    explicit AuditLogModel(const AuditLogService *service, QObject *parent = nullptr);

    const AuditFilter &filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Result<int> countRows() const override;
    Result<QList<AuditRow>> readPage(int offset, int limit) const override;
    QString deviceText(const QString &deviceId) const;

    const AuditLogService *m_service;
    AuditFilter m_filter;
};

} // namespace Taktline
