#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Taktline {

class Workspace;

// What the first start of a new factory file asks: the factory, its time zone and working
// week, and the owner's account.
struct FactorySetupInput
{
    QString factoryName;
    QByteArray timeZoneId;              // an IANA id such as "Asia/Shanghai"
    QList<Qt::DayOfWeek> weeklyDaysOff; // the working week is the other days
    QString username;
    QString displayName;
    QString password;
    QString confirmation;
};

// Sets up a new factory file in one transaction: the owner account (signed in afterwards), the
// factory's name and its working calendar (the default shifts in the chosen time zone and
// working week). A refusal saves nothing and leaves nobody signed in.
class FactorySetup final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::FactorySetup)

public:
    static Outcome run(Workspace *workspace, const FactorySetupInput &input);
};

} // namespace Taktline
