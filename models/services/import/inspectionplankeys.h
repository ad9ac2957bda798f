#pragma once

#include <QString>

namespace Taktline {

// The column keys of an inspection plan import (检验方案), shared by the import and its row reader.
namespace InspectionPlanKeys {

inline const QString Product = QStringLiteral("product");
inline const QString Step = QStringLiteral("step");
inline const QString FirstArticle = QStringLiteral("first_article");
inline const QString Gate = QStringLiteral("first_article_gate");
inline const QString PatrolPieces = QStringLiteral("patrol_pieces");
inline const QString PatrolMinutes = QStringLiteral("patrol_minutes");
inline const QString Final = QStringLiteral("final");
inline const QString Incoming = QStringLiteral("incoming");
inline const QString Aql = QStringLiteral("aql");
inline const QString Level = QStringLiteral("inspection_level");
inline const QString Reduced = QStringLiteral("allow_reduced");
inline const QString Name = QStringLiteral("characteristic");
inline const QString Kind = QStringLiteral("kind");
inline const QString Nominal = QStringLiteral("nominal");
inline const QString Lower = QStringLiteral("lower_limit");
inline const QString Upper = QStringLiteral("upper_limit");
inline const QString Unit = QStringLiteral("unit");
inline const QString Choices = QStringLiteral("choices");
inline const QString PassChoices = QStringLiteral("pass_choices");
inline const QString Gauge = QStringLiteral("gauge");
inline const QString Method = QStringLiteral("method");
inline const QString Required = QStringLiteral("required");

} // namespace InspectionPlanKeys

} // namespace Taktline
