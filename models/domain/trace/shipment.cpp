#include "domain/trace/shipment.h"

namespace Taktline {

bool isShipmentCode(const QString &code)
{
    return code.trimmed().startsWith(QLatin1String(ShipmentCodePrefix), Qt::CaseInsensitive);
}

QString shipmentNumberOf(const QString &code)
{
    const QString typed = code.trimmed();
    if (isShipmentCode(typed))
        return typed.mid(int(qstrlen(ShipmentCodePrefix))).trimmed();
    return typed;
}

QString shipmentCode(const QString &shipmentNo)
{
    return QLatin1String(ShipmentCodePrefix) + shipmentNo;
}

} // namespace Taktline
