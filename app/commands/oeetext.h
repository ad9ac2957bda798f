#pragma once

#include "services/oee/oeeservice.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Taktline::OeeText {

// How `taktline oee` writes a result: a table for people, JSON with every element and figure
// (null where a figure is empty) for scripts.
QStringList table(const OeeResult &result);
QJsonObject json(const OeeResult &result, const QString &grouping);

} // namespace Taktline::OeeText
