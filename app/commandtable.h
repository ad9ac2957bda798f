#pragma once

#include <QStringList>

namespace Taktline {

// Every command of `taktline COMMAND`, named once: what runs it and whether it needs a GUI
// application. main() starts the application the command needs and dispatches through it; the
// usage text lists the names from it.
struct Command
{
    enum class Needs {
        Nothing,   // headless: runs over SSH, from cron and Task Scheduler
        Offscreen, // renders (fonts, images) but shows nothing: offscreen unless told otherwise
        Display,   // opens windows
    };

    const char *name;
    int (*run)(const QStringList &args);
    Needs needs;
};

// The commands in the order the usage text lists them.
const QList<Command> &commands();
// The command called NAME, or nullptr.
const Command *findCommand(const QString &name);

} // namespace Taktline
