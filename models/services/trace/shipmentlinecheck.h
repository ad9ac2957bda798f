#pragma once

#include "domain/outcome.h"
#include "domain/trace/shipment.h"
#include "storage/trace/finishedgoodsrepository.h"
#include "storage/trace/serialrepository.h"
#include "storage/trace/shipmentrepository.h"
#include "storage/trace/tracerepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

// A shipment line checked against the factory: which work order it ships from, and which serial.
struct CheckedShipmentLine
{
    QString code; // as scanned or typed
    TraceOrderRow order;
    QString serialId; // empty for a lot line
    QString serial;
    double quantity = 0;
};

// Reads what each scanned or typed line of a shipment ships (a work order, production lot or
// serial number) and whether it may leave the factory. Writes nothing.
class ShipmentLineCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ShipmentLineCheck)

public:
    explicit ShipmentLineCheck(const QSqlDatabase &db);

    // LINES checked one by one and together: refused for an unknown code, a quantity that is not
    // a number greater than zero, more than a work order's finished stock, a serial shipped
    // already, fitted into another serial, failed at its last recorded step, or given twice.
    Result<QList<CheckedShipmentLine>> check(const QList<ShipmentRequestLine> &lines) const;

private:
    // What a code names: a work order or a serial, exactly one of them.
    struct Named
    {
        std::optional<TraceOrderRow> order;
        std::optional<SerialNumber> serial;
    };

    Result<Named> named(const QString &typed) const;
    Result<CheckedShipmentLine> checkLine(const ShipmentRequestLine &line) const;
    Outcome checkSerial(const CheckedShipmentLine &line) const;
    // The work order a number or production lot names; none when nothing has that code.
    Result<std::optional<TraceOrderRow>> orderOf(const QString &code) const;
    Result<bool> isMaterialLot(const QString &lotNo) const;
    Result<std::optional<SerialNumber>> findSerial(const QString &serial) const;

    TraceRepository m_trace; // work orders and material lots, read as a trace reads them
    FinishedGoodsRepository m_finishedGoods;
    ShipmentRepository m_shipments;
    SerialRepository m_serials;
};

} // namespace Taktline
