#pragma once

#include "fieldspec.h"

#include <QString>
#include <QVariantMap>

namespace Taktline {

// One row of master data as the services and item models pass it around.
struct MasterRecord
{
    QString id;           // UUIDv7; empty for a record not saved yet
    QVariantMap values;   // FieldSpec::column → value
    bool active = true;

    QVariant value(const QString &column) const { return values.value(column); }
    QString text(const QString &column) const { return values.value(column).toString(); }
};

} // namespace Taktline
