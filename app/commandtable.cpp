#include "commandtable.h"

#include "backupcommand.h"
#include "democommand.h"
#include "identifierscommand.h"
#include "labelcommand.h"
#include "screenshotcommand.h"
#include "stationcommand.h"
#include "tracecommand.h"
#include "verifycommand.h"
#include "workorderscommand.h"

namespace Taktline {

const QList<Command> &commands()
{
    using Needs = Command::Needs;
    static const QList<Command> all = {
        {"demo", runDemoCommand, Needs::Nothing},
        {"workorders", runWorkOrdersCommand, Needs::Nothing},
        {"trace", runTraceCommand, Needs::Nothing},
        {"identifiers", runIdentifiersCommand, Needs::Nothing},
        {"station", runStationCommand, Needs::Display},
        {"label", runLabelCommand, Needs::Offscreen},
        {"screenshot", runScreenshotCommand, Needs::Offscreen},
        {"backup", runBackupCommand, Needs::Nothing},
        {"restore", runRestoreCommand, Needs::Nothing},
        {"verify", runVerifyCommand, Needs::Nothing},
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace Taktline
