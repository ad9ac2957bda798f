#pragma once

#include "domain/masterdata/fieldspec.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/station/production.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Taktline {

class MessageBanner;
class Workspace;

// Lets a supervisor (班组长) review the production reports (报工) of one work order: see who
// reported what on which machine, void a wrong report with a reason, approve reports for wages
// (报工审核). Everyone who may see work orders may look; only CorrectReports may change.
class ReportsReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        StepColumn,
        OperatorColumn,
        MachineColumn,
        GoodColumn,
        DefectiveColumn,
        ReworkColumn,
        LotColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int ReportIdRole = Qt::UserRole + 1;

    // OPERATION_ID empty: the reports of every operation of the order.
    ReportsReviewDialog(Workspace *workspace, const QString &workOrderId,
                        const QString &operationId = {}, QWidget *parent = nullptr);

    QString operationFilter() const;
    QTableWidget *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    // The entry shown in ROW of the table (in the order shown: newest first).
    const ReportEntry &entryAt(int row) const { return m_entries.at(row); }
    void selectReports(const QStringList &reportIds);
    QStringList selectedReportIds() const;

    // Asks for a reason and voids the one selected report; the refusal stays in the dialog.
    void voidSelected();
    // Approves every selected report that counts and is not approved yet.
    void approveSelected();

private:
    void fillOperations();
    void reload();
    void fillRow(int row, const ReportEntry &entry);
    void updateButtons();
    QString employeeText(const QString &employeeId);
    QString recordText(MasterDataKind kind, const QString &id, const char *column);
    QString statusText(const ReportEntry &entry) const;

    Workspace *m_workspace;
    QString m_workOrderId;
    bool m_canCorrect;
    bool m_approvalRequired = false;
    QLabel *m_title;
    QComboBox *m_operation;
    MessageBanner *m_banner;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_readOnlyNote;
    QPushButton *m_void;
    QPushButton *m_approve;
    QList<ReportEntry> m_entries;
    QHash<QString, QString> m_stepNames;    // operation id → "10 车削"
    QHash<QString, MasterRecord> m_records; // by "kind:id", for one reload
};

} // namespace Taktline
