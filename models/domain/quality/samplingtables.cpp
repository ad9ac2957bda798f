// STUB (issue 16 contract): the sampling helper replaces this file with the tables.
#include "domain/quality/samplingtables.h"

#include <QCoreApplication>

namespace Taktline {

namespace {
Outcome notYet()
{
    return Outcome::failure(QStringLiteral("sampling tables: not built yet"));
}
} // namespace

QString inspectionLevelKey(InspectionLevel level)
{
    switch (level) {
    case InspectionLevel::S1:
        return QStringLiteral("S-1");
    case InspectionLevel::S2:
        return QStringLiteral("S-2");
    case InspectionLevel::S3:
        return QStringLiteral("S-3");
    case InspectionLevel::S4:
        return QStringLiteral("S-4");
    case InspectionLevel::I:
        return QStringLiteral("I");
    case InspectionLevel::II:
        return QStringLiteral("II");
    case InspectionLevel::III:
        return QStringLiteral("III");
    }
    return {};
}

std::optional<InspectionLevel> inspectionLevelFromKey(const QString &key)
{
    for (InspectionLevel level : {InspectionLevel::S1, InspectionLevel::S2, InspectionLevel::S3,
                                  InspectionLevel::S4, InspectionLevel::I, InspectionLevel::II,
                                  InspectionLevel::III}) {
        if (inspectionLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return QStringLiteral("normal");
    case Severity::Tightened:
        return QStringLiteral("tightened");
    case Severity::Reduced:
        return QStringLiteral("reduced");
    }
    return {};
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (Severity severity : {Severity::Normal, Severity::Tightened, Severity::Reduced}) {
        if (severityKey(severity) == key)
            return severity;
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Normal:
        return QCoreApplication::translate("Taktline::Quality", "Normal inspection");
    case Severity::Tightened:
        return QCoreApplication::translate("Taktline::Quality", "Tightened inspection");
    case Severity::Reduced:
        return QCoreApplication::translate("Taktline::Quality", "Reduced inspection");
    }
    return {};
}

const QList<double> &SamplingTables::aqls()
{
    static const QList<double> none;
    return none;
}

Result<QChar> SamplingTables::codeLetter(qint64, InspectionLevel)
{
    return notYet();
}

Result<SamplingPlan> SamplingTables::plan(QChar, double, Severity)
{
    return notYet();
}

Result<SamplingPlan> SamplingTables::lookup(qint64, InspectionLevel, double, Severity)
{
    return notYet();
}

} // namespace Taktline
