#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"
#include "domain/station/production.h"

#include <QObject>

#include <optional>

namespace Taktline {

class StationSession;
class Workspace;
struct ReportReceipt;
struct SerialNumber;

// The operation a station reports on, with its progress as the operator needs to see it.
struct StationOperation
{
    QString operationId;
    QString workOrderId;
    QString workOrderNumber;
    QString product; // "FL-1 法兰"
    int seq = 0;
    QString stepName;
    WorkOrderState state = WorkOrderState::Released;
    double planned = 0;
    double good = 0; // reported good so far on this step
    double defective = 0;
    double remaining = 0;
    std::optional<double> previousGood; // none on the first step
    double reportable = 0;              // what may still be reported as good
    bool serialTracked = false;         // the order has serial numbers: pieces are scanned
    QStringList materials;              // what the bill of materials feeds at this step, per piece
};

// The work in hand at a station (工位报工): the operation, the material lot it feeds and the
// serial-numbered piece last scanned; turns quantities and piece scans into reports that carry
// what they consume. Who reports on which machine comes from its StationSession.
class StationJob final : public QObject
{
    Q_OBJECT
public:
    StationJob(Workspace *workspace, StationSession *session);

    const std::optional<StationOperation> &operation() const { return m_operation; }
    QString materialLot() const { return m_lot; }
    QString currentPiece() const { return m_piece; }
    bool nextPieceFails() const { return m_nextPieceFails; }
    void setNextPieceFails(bool fails, const QString &reasonId);

    bool selectOperation(const QString &operationId);
    bool submit(double good, double defective, double rework, const QString &defectReasonId);
    bool handleLot(const QString &code);
    bool handleSerial(const QString &code);
    void clear(); // the operator finished or left: no operation, lot or piece

signals:
    void operationChanged();
    void lotChanged();
    void pieceChanged();
    void reported(const QString &reportId, bool duplicate);

private:
    bool refuse(const QString &text);
    bool sayOk(const QString &text);
    bool warn(const QString &text);
    void refreshOperation();
    bool fillOperation(StationOperation &op) const;
    void forgetLot();
    void clearPiece();
    bool recordPiece(const SerialNumber &serial);
    bool fitComponent(const SerialNumber &component);
    // A report of the current operation by the signed-in operator on this machine.
    ReportRequest newRequest() const;
    Result<ReportReceipt> saveReport(ReportRequest request);

    Workspace *m_workspace;
    StationSession *m_session;
    std::optional<StationOperation> m_operation;
    QString m_lot;
    std::optional<double> m_lotPerUnit; // from the bill of materials: fed per piece reported
    QString m_piece;
    bool m_nextPieceFails = false;
    QString m_failReasonId;
};

} // namespace Taktline
