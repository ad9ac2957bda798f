#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Taktline {

class Workspace;

// What the Subcontracting tab does with a scanned OP: or WO: code, and what the send dialog
// shows of the step: its order, product, supplier, default due date and price, what it can send.
struct SubcontractScan
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SubcontractScan)

public:
    enum class Action { Send, Receive };

    Action action = Action::Send;
    QString operationId;
    QString orderId; // Receive: the oldest open subcontract order of the step
    QString workOrderNumber;
    QString product; // part number and name
    int seq = 0;
    QString stepName;
    QString supplierId;
    QString supplier; // code and name
    double sendable = 0;
    double unitPrice = 0;
    QDate defaultDueDate; // today + the supplier's lead days

    QString stepLabel() const;

    // The step to send or receive for SCANNED (OP:<order>/<seq>, or WO:<order> for its first
    // outsourced step with an open order or pieces to send); an open order is received first.
    // A user-facing message when the code names no such step.
    static Result<SubcontractScan> forScan(const Workspace &workspace, const QString &scanned);
    // The step OPERATION_ID of WORK_ORDER_ID to send, with what it can send now.
    static Result<SubcontractScan> toSend(const Workspace &workspace, const QString &workOrderId,
                                          const QString &operationId);
};

} // namespace Taktline
