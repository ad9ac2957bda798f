#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Taktline {

class ColumnPriorities;
class MaterialsPanel;
class MessageBanner;
class PiecesPanel;
class SerialsBar;
class TravellerOutput;
class Workspace;

// The right-hand panel of the work-order page: the order's header, its operations with
// derived progress, its materials (required, fed, stock, shortage), the state actions the
// user's role and the order's state allow, the traveller (流转卡) to save as PDF or print, and
// its serial numbers (序列号).
class WorkOrderDetail final : public QWidget
{
    Q_OBJECT
public:
    enum OperationsColumn {
        StepColumn,
        OperationColumn,
        MachineColumn,
        PlannedHoursColumn,
        PlannedTimesColumn,
        GoodColumn,
        DefectiveColumn,
        WipColumn
    };

    explicit WorkOrderDetail(Workspace *workspace, QWidget *parent = nullptr);

    void showWorkOrder(const QString &id);
    const QString &workOrderId() const { return m_id; }
    MessageBanner *banner() const { return m_banner; }
    MaterialsPanel *materials() const { return m_materials; }
    SerialsBar *serials() const { return m_serials; }
    // Where the order's finished pieces are, by step and place (零件位置).
    PiecesPanel *pieces() const { return m_pieces; }
    void showPieces();
    void showMaterials();
    // The reports (报工) of the order for review, or of one operation (OPERATION_ID).
    void openReports(const QString &operationId = {});

private:
    void reload();
    void fillOperations(const WorkOrder &order);
    void rebuildActions(const WorkOrder &order);
    void edit();
    QString machineLabel(const QString &machineId) const;

    Workspace *m_workspace;
    QString m_id;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_fields;
    QPushButton *m_printTraveller;
    QPushButton *m_reports;
    SerialsBar *m_serials;
    QTabWidget *m_tabs;
    QTableWidget *m_operations;
    ColumnPriorities *m_operationColumns = nullptr;
    MaterialsPanel *m_materials;
    PiecesPanel *m_pieces;
    QHBoxLayout *m_actions;
    MessageBanner *m_banner;
    TravellerOutput *m_traveller;
};

} // namespace Taktline
