#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Taktline {

class AuditLogModel;
class AuditLogService;
class DateEdit;
class ListExport;
class MessageBanner;
class Workspace;

// The audit log (审计日志) for the owner: who changed what, when and on which device, newest
// first, filtered by period, user and kind of record, searched, and exported to Excel.
class AuditLogPanel final : public QWidget
{
    Q_OBJECT
public:
    AuditLogPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);
    ~AuditLogPanel() override;

    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    void setPeriod(const QDate &from, const QDate &to);
    void reload(); // reads the log again with the filters shown

private:
    QWidget *createToolbar();
    void fillUsers();
    void updateCount();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    std::unique_ptr<AuditLogService> m_service;
    AuditLogModel *m_model;
    QTableView *m_view = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    ListExport *m_export = nullptr;
};

} // namespace Taktline
