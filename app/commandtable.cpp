#include "commandtable.h"

#include "commands/backupcommand.h"
#include "commands/boardcommand.h"
#include "commands/cloudcommand.h"
#include "commands/democommand.h"
#include "commands/identifierscommand.h"
#include "commands/excel/importcommand.h"
#include "commands/labelcommand.h"
#include "commands/oeecommand.h"
#include "commands/promisecommand.h"
#include "commands/excel/reportcommand.h"
#include "commands/samplingcommand.h"
#include "commands/stationcommand.h"
#include "commands/synccommand.h"
#include "commands/tracecommand.h"
#include "commands/verifycommand.h"
#include "commands/workorderscommand.h"
#include "screenshots/screenshotcommand.h"

namespace Taktline {

const QList<Command> &commands()
{
    using Needs = Command::Needs;
    static const QList<Command> all = {
        {"demo", runDemoCommand, Needs::Nothing},
        {"workorders", runWorkOrdersCommand, Needs::Nothing},
        {"trace", runTraceCommand, Needs::Nothing},
        {"identifiers", runIdentifiersCommand, Needs::Nothing},
        {"oee", runOeeCommand, Needs::Nothing},
        {"promise", runPromiseCommand, Needs::Nothing},
        {"import", runImportCommand, Needs::Nothing},
        {"report", runReportCommand, Needs::Nothing},
        {"sampling", runSamplingCommand, Needs::Nothing},
        {"station", runStationCommand, Needs::Display},
        {"board", runBoardCommand, Needs::Display},
        {"label", runLabelCommand, Needs::Offscreen},
        {"screenshot", runScreenshotCommand, Needs::Offscreen},
        {"backup", runBackupCommand, Needs::Nothing},
        {"restore", runRestoreCommand, Needs::Nothing},
        {"verify", runVerifyCommand, Needs::Nothing},
        {"sync", runSyncCommand, Needs::Nothing},
        {"cloud", runCloudCommand, Needs::Nothing},
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
