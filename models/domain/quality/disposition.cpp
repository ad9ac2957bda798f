#include "domain/quality/disposition.h"

#include <QCoreApplication>

namespace Taktline {

QString dispositionKey(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Rework:
        return QStringLiteral("rework");
    case Disposition::Repair:
        return QStringLiteral("repair");
    case Disposition::Scrap:
        return QStringLiteral("scrap");
    case Disposition::Concession:
        return QStringLiteral("concession");
    case Disposition::ReturnToSupplier:
        return QStringLiteral("return_to_supplier");
    }
    return {};
}

std::optional<Disposition> dispositionFromKey(const QString &key)
{
    for (Disposition disposition : {Disposition::Rework, Disposition::Repair, Disposition::Scrap,
                                    Disposition::Concession, Disposition::ReturnToSupplier}) {
        if (dispositionKey(disposition) == key)
            return disposition;
    }
    return std::nullopt;
}

QString dispositionName(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Rework:
        return QCoreApplication::translate("Taktline::Quality", "Rework");
    case Disposition::Repair:
        return QCoreApplication::translate("Taktline::Quality", "Repair");
    case Disposition::Scrap:
        return QCoreApplication::translate("Taktline::Quality", "Scrap");
    case Disposition::Concession:
        return QCoreApplication::translate("Taktline::Quality", "Concession");
    case Disposition::ReturnToSupplier:
        return QCoreApplication::translate("Taktline::Quality", "Return to supplier");
    }
    return {};
}

bool dispositionNeedsApproval(Disposition disposition)
{
    return disposition == Disposition::Concession || disposition == Disposition::ReturnToSupplier;
}

} // namespace Taktline
