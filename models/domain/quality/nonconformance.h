#pragma once

#include "domain/quality/disposition.h"

#include <QList>
#include <QString>

namespace Taktline {

struct DispositionRecord
{
    QString id;
    Disposition disposition = Disposition::Scrap;
    double quantity = 0;
    QString reworkWorkOrderId, reworkWorkOrderNumber;
    QString approver; // display name
    bool deductWages = false;
    QString note;
    QString by;
    qint64 atMs = 0;
};

// One nonconformance (不合格品) as the list and the genealogy show it.
struct NonconformanceRecord
{
    QString id;
    QString number; // NC-20261206-0001
    QString productId, partNo, productName;
    QString inspectionId;
    QString workOrderId, workOrderNumber;
    QString operationId;
    int seq = 0;
    QString machineCode;
    QString lotId, lotNo;
    QString serial;
    double quantity = 0;
    double openQuantity = 0; // not yet disposed of
    QString defectReason;
    QString description;
    QString by;
    qint64 atMs = 0;
    QList<DispositionRecord> dispositions;
};

// Which nonconformances a list asks for: [fromMs, toMs) when toMs > 0, only those with open
// pieces, of one work order, lot or serial.
struct NonconformanceFilter
{
    qint64 fromMs = 0, toMs = 0;
    bool openOnly = false;
    QString workOrderId, lotId, serial;
};

} // namespace Taktline
