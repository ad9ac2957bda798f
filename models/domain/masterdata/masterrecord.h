#pragma once

#include "domain/masterdata/fieldspec.h"

#include <QLocale>
#include <QString>
#include <QVariantMap>

#include <cmath>

namespace Taktline {

// NAME, or NAME_EN when the user works in a language other than Chinese and the record has
// one: how products, machines and reason codes are shown everywhere.
inline QString localizedName(const QString &name, const QString &nameEn)
{
    return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? name : nameEn;
}

// A quantity as people read it: whole numbers without decimals, others with up to DECIMALS.
inline QString quantityText(double value, int decimals = 2)
{
    // Rounded first, so that sums like 0.1 + 0.2 − 0.3 print "0", never "-0.000".
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no negative zero
    return QLocale().toString(rounded, 'f', std::floor(rounded) == rounded ? 0 : decimals);
}

// One row of master data as the services and item models pass it around.
struct MasterRecord
{
    QString id;           // UUIDv7; empty for a record not saved yet
    QVariantMap values;   // FieldSpec::column → value
    bool active = true;

    QVariant value(const QString &column) const { return values.value(column); }
    QString text(const QString &column) const { return values.value(column).toString(); }
    QString localizedName() const
    {
        return Taktline::localizedName(text(QStringLiteral("name")), text(QStringLiteral("name_en")));
    }
};

} // namespace Taktline
