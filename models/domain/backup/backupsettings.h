#pragma once

#include <QString>

namespace Taktline {

// Where and how this device backs up its factory file. Kept per device (the folder is a path on
// this PC), not synced.
struct BackupSettings
{
    QString folder;        // empty: not set up yet
    bool automatic = true; // daily while the app runs, and on exit
    int warnAfterDays = 3; // the main window warns when no good backup is this old
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepMonthly = 12;
    bool encrypted = false; // set with setEncryption(); the passphrase itself is never stored
};

} // namespace Taktline
