#pragma once

#include "storage/auditrepository.h"

#include <QAbstractTableModel>

namespace Taktline {

class AuditLogService;

// The audit log for the owner, newest first, fetched page by page from SQL as the view
// scrolls: hundreds of thousands of facts open as fast as ten. Filters run in SQL.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, DeviceColumn, KindColumn, RecordColumn, ActionColumn,
                  DetailColumn, ColumnCount };
    static constexpr int PageSize = 200;

    // Empty until setFilter() or refresh() reads the log.
    explicit AuditLogModel(const AuditLogService *service, QObject *parent = nullptr);

    const AuditFilter &filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    int totalCount() const { return m_total; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    QString deviceText(const QString &deviceId) const;

    const AuditLogService *m_service;
    AuditFilter m_filter;
    QList<AuditRow> m_rows;
    int m_total = 0;
    bool m_resetting = false; // inside refresh(): the first page is read there
};

} // namespace Taktline
