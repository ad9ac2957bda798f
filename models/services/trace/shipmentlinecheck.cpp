#include "services/trace/shipmentlinecheck.h"

#include "barcode/barcodecodec.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workorder.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace Taktline {

namespace {

constexpr double MaxQuantity = 1e9;
constexpr double Tolerance = 1e-9;

// The code as typed, then in capitals: numbers are made in capitals, and a scanner with caps
// lock on sends them in small letters.
QStringList spellings(const QString &code)
{
    QStringList both{code};
    if (const QString upper = code.toUpper(); upper != code)
        both.append(upper);
    return both;
}

Outcome materialLotRefusal(const QString &lotNo)
{
    return Outcome::failure(
        ShipmentLineCheck::tr("%1 is a material lot: only what this factory made can be shipped. "
                              "Scan the work order, production lot or serial number.")
            .arg(lotNo));
}

} // namespace

ShipmentLineCheck::ShipmentLineCheck(const QSqlDatabase &db)
    : m_trace(db)
    , m_finishedGoods(db)
    , m_shipments(db)
    , m_serials(db)
{
}

Result<std::optional<TraceOrderRow>> ShipmentLineCheck::orderOf(const QString &code) const
{
    // A scan means the same work orders on a shipment as in a trace: the number, else the lot.
    for (const QString &candidate : spellings(code)) {
        const Result<std::optional<TraceOrderRow>> byNumber = m_trace.orderByNumber(candidate);
        if (!byNumber || byNumber.value())
            return byNumber;
        const Result<QList<TraceOrderRow>> byLot = m_trace.ordersByLot(candidate);
        if (!byLot)
            return byLot.outcome();
        if (byLot.value().size() == 1)
            return std::optional<TraceOrderRow>(byLot.value().constFirst());
        if (byLot.value().size() > 1) {
            QStringList numbers;
            for (const TraceOrderRow &row : byLot.value())
                numbers << row.number;
            return Outcome::failure(
                tr("Production lot %1 belongs to %2 work orders (%3): ship each by its work "
                   "order number.")
                    .arg(candidate)
                    .arg(byLot.value().size())
                    .arg(numbers.join(QStringLiteral(", "))));
        }
    }
    return std::optional<TraceOrderRow>();
}

Result<bool> ShipmentLineCheck::isMaterialLot(const QString &lotNo) const
{
    const Result<std::optional<MaterialLot>> lot = m_trace.findLotByNo(lotNo);
    if (!lot)
        return lot.outcome();
    return lot.value().has_value();
}

Result<std::optional<SerialNumber>> ShipmentLineCheck::findSerial(const QString &serial) const
{
    for (const QString &candidate : spellings(serial)) {
        const Result<std::optional<SerialNumber>> found = m_serials.findBySerial(candidate);
        if (!found || found.value())
            return found;
    }
    return std::optional<SerialNumber>();
}

Result<ShipmentLineCheck::Named> ShipmentLineCheck::named(const QString &typed) const
{
    if (typed.isEmpty())
        return Outcome::failure(
            tr("A line has no code: scan or type a work order, production lot or serial number."));
    if (isShipmentCode(typed))
        return Outcome::failure(
            tr("%1 is a shipment, not goods: scan a work order, production lot or serial number.")
                .arg(typed));
    const Result<ScanResult> scan = BarcodeCodec::parse(typed);
    // What a typed prefix says the code is; nothing when it has none Taktline reads.
    const ScanKind kind = scan ? scan.value().kind : ScanKind::IndustrialId;
    const bool prefixed = scan.ok();

    // A serial: "SN:…", a GS1 code with a serial (21), or typed bare.
    QString serialText;
    if (prefixed && kind == ScanKind::Serial)
        serialText = scan.value().value;
    else if (prefixed && kind == ScanKind::Gs1 && !scan.value().serial().isEmpty())
        serialText = scan.value().serial();
    Named named;
    if (prefixed &&
        (kind == ScanKind::WorkOrder || kind == ScanKind::Operation || kind == ScanKind::Lot)) {
        const QString number =
            kind == ScanKind::Lot ? scan.value().value : scan.value().workOrderNumber;
        const Result<std::optional<TraceOrderRow>> found = orderOf(number);
        if (!found)
            return found.outcome();
        if (!found.value()) {
            const Result<bool> material = kind == ScanKind::Lot ? isMaterialLot(number) : false;
            if (material && material.value())
                return materialLotRefusal(number);
            return Outcome::failure(
                tr("No work order or production lot %1 exists in this factory.").arg(number));
        }
        named.order = found.value();
    } else if (!serialText.isEmpty()) {
        const Result<std::optional<SerialNumber>> found = findSerial(serialText);
        if (!found)
            return found.outcome();
        if (!found.value())
            return Outcome::failure(
                tr("No serial number %1 exists in this factory.").arg(serialText));
        named.serial = found.value();
    } else {
        // Typed bare: a work order number or production lot first, then a serial number.
        const Result<std::optional<TraceOrderRow>> foundOrder = orderOf(typed);
        if (!foundOrder)
            return foundOrder.outcome();
        named.order = foundOrder.value();
        if (!named.order) {
            const Result<std::optional<SerialNumber>> foundSerial = findSerial(typed);
            if (!foundSerial)
                return foundSerial.outcome();
            named.serial = foundSerial.value();
        }
        if (!named.order && !named.serial) {
            for (const QString &candidate : spellings(typed)) {
                const Result<bool> material = isMaterialLot(candidate);
                if (material && material.value())
                    return materialLotRefusal(candidate);
            }
            if (prefixed && kind != ScanKind::Gs1 && kind != ScanKind::IndustrialId)
                return Outcome::failure(
                    tr("%1 (%2) is not something that can be shipped: scan a work order, "
                       "production lot or serial number.")
                        .arg(typed, BarcodeCodec::kindDisplayName(kind)));
            return Outcome::failure(
                tr("No work order, production lot or serial number %1 exists in this factory.")
                    .arg(typed));
        }
    }
    return named;
}

Result<CheckedShipmentLine> ShipmentLineCheck::checkLine(const ShipmentRequestLine &line) const
{
    const QString typed = line.code.trimmed();
    const Result<Named> found = named(typed);
    if (!found)
        return found.outcome();
    const std::optional<SerialNumber> &serial = found.value().serial;
    const std::optional<TraceOrderRow> &order = found.value().order;

    CheckedShipmentLine checked;
    checked.code = typed;
    if (serial) {
        const Result<std::optional<TraceOrderRow>> own = m_serials.order(serial->workOrderId);
        if (!own)
            return own.outcome();
        if (!own.value())
            return Outcome::failure(
                tr("Serial number %1 cannot be shipped: its work order does not exist.")
                    .arg(serial->serial));
        checked.order = *own.value();
        checked.serialId = serial->id;
        checked.serial = serial->serial;
        checked.quantity = 1;
        if (std::abs(line.quantity - 1) > Tolerance)
            return Outcome::failure(
                tr("Serial number %1 is one piece: ship it with quantity 1, not %2.")
                    .arg(serial->serial, quantityText(line.quantity, 3)));
        if (Outcome may = checkSerial(checked); !may)
            return may;
        return checked;
    }
    checked.order = *order;
    checked.quantity = line.quantity;
    if (!std::isfinite(line.quantity) || line.quantity <= 0 || line.quantity > MaxQuantity)
        return Outcome::failure(
            tr("Enter how many pieces of work order %1 to ship: a number greater than zero.")
                .arg(order->number));
    const Result<int> serials = m_serials.countOfOrder(order->id);
    if (!serials)
        return serials.outcome();
    if (serials.value() > 0)
        return Outcome::failure(
            tr("Work order %1 is tracked by serial number: scan the serial numbers of the "
               "pieces you ship instead of the work order.")
                .arg(order->number));
    return checked;
}

Outcome ShipmentLineCheck::checkSerial(const CheckedShipmentLine &line) const
{
    const Result<std::optional<Shipment>> shipped = m_shipments.shipmentOfSerial(line.serialId);
    if (!shipped)
        return shipped.outcome();
    if (const std::optional<Shipment> &s = shipped.value())
        return Outcome::failure(
            tr("Serial number %1 was shipped already on %2 to %3 (shipment %4): a serial ships "
               "once.")
                .arg(line.serial, s->shippedOn.toString(Qt::ISODate), s->customer, s->shipmentNo));

    const Result<std::optional<SerialLinkRow>> parent = m_serials.parentOf(line.serialId);
    if (!parent)
        return parent.outcome();
    if (parent.value()) {
        // Name the unit that leaves the factory: the top of the chain it is fitted into.
        SerialNumber top = parent.value()->serial;
        for (int depth = 0; depth < 1000; ++depth) {
            const Result<std::optional<SerialLinkRow>> up = m_serials.parentOf(top.id);
            if (!up)
                return up.outcome();
            if (!up.value())
                break;
            top = up.value()->serial;
        }
        return Outcome::failure(
            tr("Serial number %1 is fitted into %2: ship %3, the finished unit it is part of.")
                .arg(line.serial, parent.value()->serial.serial, top.serial));
    }

    const Result<QList<SerialStepRow>> steps = m_serials.steps(line.serialId);
    if (!steps)
        return steps.outcome();
    if (!steps.value().isEmpty() && !steps.value().constLast().pass) {
        const SerialStepRow &last = steps.value().constLast();
        return Outcome::failure(
            tr("Serial number %1 failed step %2 %3 when it was last recorded: it cannot be "
               "shipped until it passes.")
                .arg(line.serial)
                .arg(last.seq)
                .arg(last.operationName));
    }
    return Outcome::success();
}

Result<QList<CheckedShipmentLine>>
ShipmentLineCheck::check(const QList<ShipmentRequestLine> &lines) const
{
    QList<CheckedShipmentLine> checked;
    QSet<QString> serials;
    QHash<QString, double> perOrder;
    QList<TraceOrderRow> orders; // in the order the lines name them
    for (const ShipmentRequestLine &line : lines) {
        Result<CheckedShipmentLine> c = checkLine(line);
        if (!c)
            return c.outcome();
        if (!c.value().serialId.isEmpty()) {
            if (serials.contains(c.value().serialId))
                return Outcome::failure(
                    tr("Serial number %1 is in this shipment twice.").arg(c.value().serial));
            serials.insert(c.value().serialId);
        }
        if (!perOrder.contains(c.value().order.id))
            orders.append(c.value().order);
        perOrder[c.value().order.id] += c.value().quantity;
        checked.append(c.value());
    }
    for (const TraceOrderRow &order : orders) {
        const Result<FinishedStock> stock = m_finishedGoods.stock(order.id);
        if (!stock)
            return stock.outcome();
        const double wanted = perOrder.value(order.id);
        const FinishedStock &s = stock.value();
        if (wanted <= s.inStock() + Tolerance)
            continue;
        if (s.received <= 0)
            return Outcome::failure(
                tr("Nothing of work order %1 is in finished goods: receive its finished pieces "
                   "before shipping %2.")
                    .arg(order.number, quantityText(wanted, 3)));
        return Outcome::failure(
            tr("Work order %1 has %2 in finished goods (%3 received, %4 shipped): %5 cannot "
               "be shipped.")
                .arg(order.number, quantityText(std::max(0.0, s.inStock()), 3),
                     quantityText(s.received, 3), quantityText(s.shipped, 3),
                     quantityText(wanted, 3)));
    }
    return checked;
}

} // namespace Taktline
