#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Taktline {

// One value an item model offers for a cell that is edited by choosing: what is stored (the
// cell's Qt::EditRole) and what the user reads.
struct Choice
{
    QVariant value;
    QString label;
};

} // namespace Taktline
