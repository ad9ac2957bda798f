#pragma once

#include "domain/quality/samplingtables.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Taktline {

// When an inspection is made (三检制 and incoming goods); stored by key.
enum class InspectionKind { FirstArticle, Patrol, Final, Incoming };

// What one characteristic asks the inspector for.
enum class CharacteristicKind { Measured, PassFail, Choice, Photo };

QString inspectionKindKey(InspectionKind kind); // "first_article", "patrol", "final", "incoming"
std::optional<InspectionKind> inspectionKindFromKey(const QString &key);
QString inspectionKindName(InspectionKind kind); // translated: 首检, 巡检, 成品检验, 来料检验
QString characteristicKindKey(CharacteristicKind kind); // "measured", "pass_fail", "choice", "photo"
std::optional<CharacteristicKind> characteristicKindFromKey(const QString &key);
QString characteristicKindName(CharacteristicKind kind); // translated

// One thing to check (检验项目) and how: a measured value against its limits, pass/fail, one of
// a few choices, or a photo.
struct Characteristic
{
    QString id;
    int seq = 0; // 1, 2, 3 … in the order the inspector meets them
    QString name;
    CharacteristicKind kind = CharacteristicKind::Measured;
    std::optional<double> nominal; // measured only
    std::optional<double> lower;   // lower limit; none: one-sided
    std::optional<double> upper;
    QString unit;
    QStringList choices;     // choice only
    QStringList passChoices; // the acceptable ones among CHOICES
    QString gauge;           // 量具
    QString method;          // 检验方法
    bool required = true;
    QString planId; // the plan it belongs to (set when read)
};

// What is inspected on a product at one routing step (operationSeq > 0) or on the product as a
// whole (operationSeq 0: final and incoming inspection), and when (检验方案).
struct InspectionPlan
{
    QString id;
    QString productId;
    int operationSeq = 0;
    QString name;
    bool firstArticle = false;
    bool firstArticleGate = true; // no good quantity for the step until the first article passed
    int patrolPieces = 0;         // 巡检 every N good pieces; 0: not by pieces
    int patrolMinutes = 0;        // 巡检 every N minutes of the step running; 0: not by time
    bool final = false;
    bool incoming = false;
    double aql = 1.0;
    InspectionLevel level = InspectionLevel::II;
    bool allowReduced = false;
    QString note;
    QList<Characteristic> characteristics; // by seq

    bool applies(InspectionKind kind) const;
};

} // namespace Taktline
