#include "domain/quality/inspectionplan.h"

#include <QCoreApplication>

namespace Taktline {

QString inspectionKindKey(InspectionKind kind)
{
    switch (kind) {
    case InspectionKind::FirstArticle:
        return QStringLiteral("first_article");
    case InspectionKind::Patrol:
        return QStringLiteral("patrol");
    case InspectionKind::Final:
        return QStringLiteral("final");
    case InspectionKind::Incoming:
        return QStringLiteral("incoming");
    }
    return {};
}

std::optional<InspectionKind> inspectionKindFromKey(const QString &key)
{
    for (InspectionKind kind : {InspectionKind::FirstArticle, InspectionKind::Patrol,
                                InspectionKind::Final, InspectionKind::Incoming}) {
        if (inspectionKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString inspectionKindName(InspectionKind kind)
{
    switch (kind) {
    case InspectionKind::FirstArticle:
        return QCoreApplication::translate("Taktline::Quality", "First-article inspection");
    case InspectionKind::Patrol:
        return QCoreApplication::translate("Taktline::Quality", "Patrol inspection");
    case InspectionKind::Final:
        return QCoreApplication::translate("Taktline::Quality", "Final inspection");
    case InspectionKind::Incoming:
        return QCoreApplication::translate("Taktline::Quality", "Incoming inspection");
    }
    return {};
}

QString characteristicKindKey(CharacteristicKind kind)
{
    switch (kind) {
    case CharacteristicKind::Measured:
        return QStringLiteral("measured");
    case CharacteristicKind::PassFail:
        return QStringLiteral("pass_fail");
    case CharacteristicKind::Choice:
        return QStringLiteral("choice");
    case CharacteristicKind::Photo:
        return QStringLiteral("photo");
    }
    return {};
}

std::optional<CharacteristicKind> characteristicKindFromKey(const QString &key)
{
    for (CharacteristicKind kind : {CharacteristicKind::Measured, CharacteristicKind::PassFail,
                                    CharacteristicKind::Choice, CharacteristicKind::Photo}) {
        if (characteristicKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString characteristicKindName(CharacteristicKind kind)
{
    switch (kind) {
    case CharacteristicKind::Measured:
        return QCoreApplication::translate("Taktline::Quality", "Measured value");
    case CharacteristicKind::PassFail:
        return QCoreApplication::translate("Taktline::Quality", "Pass / fail");
    case CharacteristicKind::Choice:
        return QCoreApplication::translate("Taktline::Quality", "Choice");
    case CharacteristicKind::Photo:
        return QCoreApplication::translate("Taktline::Quality", "Photo");
    }
    return {};
}

bool InspectionPlan::applies(InspectionKind kind) const
{
    switch (kind) {
    case InspectionKind::FirstArticle:
        return firstArticle;
    case InspectionKind::Patrol:
        return patrolPieces > 0 || patrolMinutes > 0;
    case InspectionKind::Final:
        return final;
    case InspectionKind::Incoming:
        return incoming;
    }
    return false;
}

} // namespace Taktline
