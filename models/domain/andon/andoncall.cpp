#include "domain/andon/andoncall.h"

#include <QCoreApplication>

namespace Taktline {

QString andonKindKey(AndonKind kind)
{
    switch (kind) {
    case AndonKind::Material: return QStringLiteral("material");
    case AndonKind::Quality: return QStringLiteral("quality");
    case AndonKind::Maintenance: return QStringLiteral("maintenance");
    case AndonKind::Supervisor: return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<AndonKind> andonKindFromKey(const QString &key)
{
    for (AndonKind kind : allAndonKinds()) {
        if (andonKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString andonKindDisplayName(AndonKind kind)
{
    switch (kind) {
    case AndonKind::Material: return QCoreApplication::translate("Taktline::Andon", "Material");
    case AndonKind::Quality: return QCoreApplication::translate("Taktline::Andon", "Quality");
    case AndonKind::Maintenance:
        return QCoreApplication::translate("Taktline::Andon", "Maintenance");
    case AndonKind::Supervisor:
        return QCoreApplication::translate("Taktline::Andon", "Supervisor");
    }
    return {};
}

QList<AndonKind> allAndonKinds()
{
    return {AndonKind::Material, AndonKind::Quality, AndonKind::Maintenance, AndonKind::Supervisor};
}

} // namespace Taktline
