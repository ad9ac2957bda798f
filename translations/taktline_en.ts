<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline</name>
    <message>
        <source>Give --%1 as a day, written yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2 is not a day; write it as yyyy-MM-dd, for example 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints OEE (ISO 22400-2) and its time elements for a period: availability, effectiveness, quality, OEE, NEE, technical efficiency, set-up rate, MTTR, MTBF, scrap and rework ratios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day, yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (included), yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the machine with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per machine (default), line, workshop, product, shift or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON with every element and figure instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; the period would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by %1 is not known; use machine, line, workshop, product, shift or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no machine with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from %1 to %2 has not begun yet: there is no OEE to tell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AccessControl</name>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2). This role may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AddMasterRecordCommand</name>
    <message>
        <source>Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Andon</name>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AndonAnswerDialog</name>
    <message>
        <source>Close the andon call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the andon call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 calls for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called at %1%2, %n min ago.</source>
        <translation>
            <numerusform>Called at %1%2, %n min ago.</numerusform>
            <numerusform>Called at %1%2, %n min ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is coming, when (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AndonPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for material, quality, maintenance or the supervisor (andon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sent: %1 at %2. It shows on the Machines page until a supervisor answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, help is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 — escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AndonService</name>
    <message>
        <source>read the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is deactivated; it cannot call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee is not active; sign in again to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the open andon calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 has already called for %2; the call is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the andon call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the andon call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This andon call does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call from %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call from %1 is already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already answered the call from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the answer to the andon call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the andon calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes before an unanswered call escalates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AppliedCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AuditLogModel</name>
    <message>
        <source>This computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AuditLogPanel</name>
    <message>
        <source>Only the owner may read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in this period, or nothing matches these filters. Widen the period or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record, user, device or detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::AuditText</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished goods received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in the dispatch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted as a rush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOM line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station PIN cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge locked: wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::AuthService</name>
    <message>
        <source>The user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This factory already has an owner account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the owner to activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked. Try again in %n minute(s), or ask the owner to unlock it.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked. Try again in %n minute, or ask the owner to unlock it.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked. Try again in %n minutes, or ask the owner to unlock it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::Backup</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified — do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file — verify it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupCipher</name>
    <message>
        <source>The backup %1 was modified or is incomplete: its encryption does not check out. It cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup encryption keys are missing or damaged. Set the passphrase again in Settings ▸ Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the encrypted backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted backup %1 failed; it was removed. Check the backup drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted Taktline backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1 (or its header was modified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupCommand</name>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup passphrase from the environment variable VAR (never give it on the command line). Without it an encrypted backup asks on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:         %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a verified backup of the factory database (an online copy: Taktline may keep running), or checks one with --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the backup to (default: the backup folder set in Settings ▸ Backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup FILE instead: its hash, its encryption and SQLite&apos;s integrity check. Exit code 0 only when it is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is set for this PC. Give one with --out DIR, or choose it in Settings ▸ Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the factory database with the content of a backup, after checking the backup and saving the current file as a before-restore backup. Close Taktline on this file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was before is saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no factory file there before; it was made from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupInspector</name>
    <message>
        <source>%1 is not a Taktline database copy, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the copy %1 found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupListModel</name>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupManifest</name>
    <message>
        <source>Cannot write the backup manifest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupPanel</name>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet — a USB drive or a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up automatically every day while Taktline runs, and when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual backups and those taken before a restore are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn on the main window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days without a good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder above, then press Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be reached. Plug in the backup drive or connect the network share, then come back to this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in this folder yet. Press Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups from now on are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups from now on are not encrypted. Those already written stay encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of this backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is good: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupRestorer</name>
    <message>
        <source>The factory file %1 is open; close it before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be restored onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Taktline (schema %2; this one reads up to %3). Update Taktline first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current file could not be backed up before the restore, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be opened for the restore: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the restore SQLite&apos;s check of %1 found &quot;%2&quot;. The file as it was before is in the backup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore anyway, restore into a new file (--db with a new name) and open that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is of another factory (%2), not of the one in %3 (%4, %n work order(s)). Nothing was changed. To open it, restore it into a new file (--db with a new name).</source>
        <translation>
            <numerusform>The backup %1 is of another factory (%2), not of the one in %3 (%4, %n work order). Nothing was changed. To open it, restore it into a new file (--db with a new name).</numerusform>
            <numerusform>The backup %1 is of another factory (%2), not of the one in %3 (%4, %n work orders). Nothing was changed. To open it, restore it into a new file (--db with a new name).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::BackupService</name>
    <message>
        <source>Backups must not go into the database&apos;s own folder: a broken disk or ransomware would take both. Choose a USB drive or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one daily backup, and warn after one day or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupText</name>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>work orders, reports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln work order</numerusform>
            <numerusform>%Ln work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>No good backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder on another drive — a USB stick or a network share — so a broken disk or a stolen PC does not take the backups with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup is on: every day while Taktline runs, and when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup is off: only Back up now writes a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is chosen yet: this factory&apos;s data is not backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This factory has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s) — the last good one is from %1.</source>
        <translation>
            <numerusform>No backup for %n day — the last good one is from %1.</numerusform>
            <numerusform>No backup for %n days — the last good one is from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::BackupVerifier</name>
    <message>
        <source>The backup %1 is not the file that was written: its SHA-256 differs from the one recorded when it was made. It was modified (perhaps by ransomware) or damaged, and will not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of its folder does not list this backup; verify it before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: its passphrase is needed to check or restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupWarningBar</name>
    <message>
        <source>Set up backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BackupWriter</name>
    <message>
        <source>No backup folder is set. Choose one in Settings ▸ Backup, or give one with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Is the USB drive or the network share connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified after writing, so it was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BarcodeCodec</name>
    <message>
        <source>Nothing was scanned: the scanner sent only spaces or line breaks. Scan the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is too long (%2 characters) to be a code Taktline reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; carries no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is not one Taktline reads. Expected a code such as WO:…, OP:…/10 or LOT:…, a GS1 code such as (01)…, or an identifier such as 88.118.8/….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is a retail barcode (EAN/UPC), which Taktline does not read. Scan the Taktline label, or a GS1 code with (01), instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has nothing after &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; contains a space, but codes have no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; contains a control character (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; contains &apos;%2&apos;, but codes may only contain letters, digits and ASCII punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is too long: %2 characters after &apos;%3&apos;, at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; starts with &apos;%2:&apos;, which is not a kind of code Taktline knows (WO:, OP:, LOT:, SN:, EMP:, MC:, LOC:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is a work order code, but a work order number cannot contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has no step number: an operation code looks like OP:WO-20261122-0007/20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has no valid work order number before the &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has no valid step number after the &apos;/&apos; (a whole number from 1 up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; has an empty part in its prefix &apos;%2&apos; (two dots in a row, or a dot at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; does not start with 88, as industrial internet identifiers (such as 88.118.8/ABC123) do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; has the prefix &apos;%2&apos;, but a prefix has an industry and an enterprise number, such as 88.118.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; has a prefix number that is too long (%2 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an employee badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GS1 product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an industrial internet identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>list of kinds of code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 (%2), but %3 is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BarcodeImage</name>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code needs modules of at least one pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code (%1 characters): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code would be too large to draw (%1 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to read a barcode from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode reader failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode was found but could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barcode was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardCommand</name>
    <message>
        <source>Opens the wall board (车间看板) full screen for a TV on the shop floor: the machines, output per hour against target, today&apos;s orders and what is late, the open andon calls. Nobody signs in and nothing can be changed from it; it shows new facts as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the machines of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages to turn through, in order (default: machines,hourly,orders,andon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each page stays (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardMachineGrid</name>
    <message>
        <source>No machines yet. Add them in Master data ▸ Machines, and they appear here with their status and work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardReader</name>
    <message>
        <source>read the machines&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the status of machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the job on machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the hour&apos;s good pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an order&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the first articles waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardRows</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machines yet, so no output to show. Add them in Master data ▸ Machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s first working hour has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders are due today and none is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open andon calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today has no working hours in the factory calendar, so there is no hourly target. Set the working hours in Settings ▸ Working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardService</name>
    <message>
        <source>make the board&apos;s connection read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardTable</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::BoardTileWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for first article %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BoardWindow</name>
    <message>
        <source>Unknown board page %1: use machines, hourly, orders and andon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one board page: machines, hourly, orders or andon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline wall board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board cannot read the newest facts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall board · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per hour: done / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders due today and late</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Andon calls (%n open)</source>
        <translation>
            <numerusform>Andon calls (%n open)</numerusform>
            <numerusform>Andon calls (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BomEditor</name>
    <message>
        <source>Add component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to see its bill of materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of materials of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the component from the list: “%1” is not a product of this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity per unit as a number, such as 0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No components yet: add the materials that go into this product above, each with the step it is fed at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BomImport</name>
    <message>
        <source>%1 cannot be a component of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity per piece must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same product and component are also on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no routing yet: use step 0 (the order&apos;s first step) or import the routing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing of %1 has steps 10 to %2: use one of them, or 0 for the order&apos;s first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOM of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import bills of materials. Ask the owner or a planner for the right to edit master data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BomLinesModel</name>
    <message>
        <source>Choose a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line of the bill of materials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the routing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed at the first step of every work order of this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed at step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity per unit as a number, such as 0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit component %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BomRepository</name>
    <message>
        <source>read the bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the bill-of-materials line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the bills of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That component is already on this bill of materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the bill-of-materials line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill-of-materials line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the material fed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the stock of the components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::BomService</name>
    <message>
        <source>This bill-of-materials line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product the bill of materials is for: that product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a component from the products list: the one given does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a component of itself. Choose another component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: choose an active component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of %1 per %2 must be a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 in one piece is not plausible. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the bill of materials of %2. Change that line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no routing yet, so it has no step %2. Use step 0 (the order&apos;s first step) or add the routing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing of %1 has no step %2. Its steps are %3; use 0 for the order&apos;s first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go into %2: %1 is itself made with %2 (%3). A bill of materials must not go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill-of-materials line is not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CalendarEditor</name>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When machines work. Scheduling places operations in these shifts only; saving replans every machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When machines work. Changing it needs the right to edit settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off (holidays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly days off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h, ends the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working calendar is saved and the plan follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Saving now replaces it with the calendar below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is kept as it is, and scheduling uses the default calendar (08:00–12:00 and 13:00–17:30, Monday to Saturday) until the calendar is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CameraScanDialog</name>
    <message>
        <source>Decode a picture file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the barcode 10 to 20 cm in front of the camera. The code is taken as soon as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture of the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CameraScanner</name>
    <message>
        <source>No camera found on this computer. Use a handheld scanner, or decode a picture file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a picture (%2). Choose a PNG, JPEG or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Take the picture closer, straight on and in good light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the factory&apos;s database, not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityAnalyser</name>
    <message>
        <source>The horizon is reversed: %1 is after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity analysis looks at most %1 weeks ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizon is 1 to %1 weeks; %2 weeks were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose overtime or a day off to work first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime is 0 to %1 hours a day; %2 hours were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h of overtime after %2 does not fit the calendar: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekly day off of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no workshop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityHeatMap</name>
    <message>
        <source>No working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 70%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70–90%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90–100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>A week column of the capacity heat map: its ISO week number and first day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Load %3 h of %4 h capacity: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityReport</name>
    <message>
        <source>A capacity analysis looks ahead: the period starts on %1, before today %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load: the working hours of the planned operations that fall on the day, inside the calendar&apos;s shifts; capacity: the day&apos;s working hours × the machine&apos;s parallel capacity. Today counts from the start of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan never puts more on a machine than it can run: a machine booked to capacity on a day has no time left there, and what does not fit moves to later days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2 (%3 h of %4 h); booked to capacity on: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine has planned work in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late orders by the plan: %n.</source>
        <translation>
            <numerusform>Late orders by the plan: %n.</numerusform>
            <numerusform>Late orders by the plan: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>By machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days at capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load and capacity per machine (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By machine and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityTableModel</name>
    <message numerus="yes">
        <source>Booked to capacity on %n day(s): no time left there.</source>
        <translation>
            <numerusform>Booked to capacity on %n day: no time left there.</numerusform>
            <numerusform>Booked to capacity on %n days: no time left there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days at capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityView</name>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the capacity analysis to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: the plan with the what-if, %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: today&apos;s plan, %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine has planned work in the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2 over the horizon (%3 h load of %4 h capacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day is booked to capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Booked to capacity on %n day(s): %1.</source>
        <translation>
            <numerusform>Booked to capacity on %n day: %1.</numerusform>
            <numerusform>Booked to capacity on %n days: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the what-if: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtime %1–%2 every working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 of the horizon worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With %1: late orders %2 → %3; %n become on time.</source>
        <translation>
            <numerusform>With %1: late orders %2 → %3; %n becomes on time.</numerusform>
            <numerusform>With %1: late orders %2 → %3; %n become on time.</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if is now part of the working calendar and every machine was planned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityWhatIfPanel</name>
    <message>
        <source>Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Overtime hours per working day in the capacity what-if.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime after the last shift of every working day. Accepted, it becomes one more shift of the calendar on every working day, also after the horizon, until it is removed in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work a weekly day off on every such day of the horizon; holidays stay off. Accepted, those dates become extra working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the what-if to the working calendar of every device and re-plan (needs the right to edit settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work %1s</source>
        <extracomment>The capacity what-if: work every such weekly day off of the horizon, e.g. &quot;Work Sundays&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ChainBreak</name>
    <message>
        <source>production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine status event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished-goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1, which protects the recorded facts or chains them, is missing or altered: someone changed the database outside Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (recorded %3) was changed after it was recorded: it no longer matches its link %4 in the hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (recorded %3) is gone from the database: link %4 of the hash chain still names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is not in the hash chain: it was added outside Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are missing from the hash chain of device %1 before link %2 (%3 %4, recorded %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 of the hash chain of device %2 (%3 %4, recorded %5) does not follow from the link before it: the chain was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>andon call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>andon response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason given to a stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ChainVerifier</name>
    <message>
        <source>check the hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Taktline (schema %1). Update Taktline to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has not been upgraded to the hash chain yet (schema %1). Open it once in this version of Taktline, which chains the facts it holds, then check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline cannot prepare the database connection (the hash chain&apos;s function). Reinstall Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Taktline database or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ChangeMasterFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CloudAdmin</name>
    <message>
        <source>The server %1 refused the login or its password. Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Create it first (cloud/README.md) or check its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline has no CA certificate to check the server with: give the server&apos;s CA certificate file (--ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match %1 or is not signed by the given CA certificate: this may not be your server. Check the address and the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (TLS), which this connection requires. Turn on ssl on the server (cloud/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not accept this computer or this login (pg_hba.conf). Add a hostssl line for it (cloud/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is not running, the address or port is wrong, or a firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program answering at %1 is not a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s sync schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sync schema is version %1, newer than this Taktline (version %2). Update Taktline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 may not set up the sync server: it must own the database and may create roles (CREATEROLE). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the sync server failed; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name, such as &quot;Lathe tablet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory&apos;s id &quot;%1&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not set up for sync yet: run &quot;taktline cloud init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This factory already has a device named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 may not create device logins: it needs CREATEROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several factories on this server have a device named &quot;%1&quot;: name the factory&apos;s database (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no device named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; sync needs PostgreSQL 13 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 stores text as %2; sync needs UTF8. Create it with ENCODING &apos;UTF8&apos; TEMPLATE template0 (cloud/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CloudAdminBox</name>
    <message>
        <source>This factory&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tablet or PC gets its own login on the server. Add one, then scan its QR code on the device, or paste its invitation there. A lost tablet is locked out here. The server&apos;s admin password is asked each time and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock out device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s name, such as &quot;Lathe tablet&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is added as device %2. Its password is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This factory has no active device on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock out device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device to lock out. It keeps its own file but can no longer sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked out: it can no longer sync with this factory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CloudAdminDialog</name>
    <message>
        <source>The server&apos;s admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that set up the sync server (often postgres). Its password is used for this one step and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CloudCommand</name>
    <message>
        <source>The PostgreSQL server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its port (default 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database that holds the sync schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s admin account (it may create roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the admin&apos;s password from the environment variable VAR (default PGPASSWORD); never give it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: verify-full (default: encrypted, the certificate checked), require (encrypted, not checked) or disable (this PC or a test only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host, --dbname and --user are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a port number (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls is verify-full, require or disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 that should hold the admin&apos;s password is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device&apos;s name, e.g. &quot;Lathe tablet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up the sync schema in a PostgreSQL database (cloud/*.sql), as the server&apos;s admin. Safe to run again; refuses a server whose schema is newer than this Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1:%2, database %3, is ready (schema version %4). Add a device with &quot;taktline cloud add-device NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a device (a PC or a tablet) to the factory on the sync server: its own login with a new random password. Prints what the device needs, once; with --qr-out also as a QR code the tablet scans in Settings ▸ Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database whose factory the device joins (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the invitation as a QR code PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &quot;%1&quot; joined the factory &quot;%2&quot; as device %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shown only now: enter it on the device (Settings ▸ Sync) or scan the invitation, then keep it nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks a device out of the sync server (a lost or replaced tablet): its login can no longer sign in and its open connection is refused. What it pushed before stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database, when several factories share the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &quot;%1&quot; is locked out of the sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the devices on the sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: taktline cloud init --host H [--port P] --dbname D --user ADMIN [--password-env VAR] [--tls verify-full|require|disable] [--ca FILE]
       taktline cloud add-device NAME [--db PATH] [--qr-out FILE.png] (server options)
       taktline cloud revoke-device NAME [--db PATH] (server options)
       taktline cloud devices (server options)
Sets up a PostgreSQL server for sync and its devices. Each has --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cloud action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CommandLine</name>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: taktline [--db PATH]         opens the factory
       taktline COMMAND [OPTIONS]   COMMAND is one of: %1
Each command has --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictListModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each device did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictMarkModel</name>
    <message>
        <source>An open sync conflict concerns this record: see Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictService</name>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created it on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported %2 good pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fed %2 from the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shipped it on shipment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported %2 good pieces on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent this record with a hash-chain link that differs from the one rebuilt on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: keep the older record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the last report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the conflicts between devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action does not settle this conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports cannot be voided here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict between devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point the records to the one kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge the twin records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is no longer cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (device %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictsPage</name>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two devices change the same thing while apart, what they did is kept and listed here. Choose one and settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: the devices agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2?

The change goes to every device and is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CredentialStore</name>
    <message>
        <source>This computer has no credential store to keep the sync password in safely (%1). Nothing was saved. Sign in to a desktop session with a keyring (Windows Credential Manager, GNOME Keyring or KWallet), or for unattended use set the environment variable %2 to the device&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store holds no sync password for %1. Enter the device&apos;s password again in Settings ▸ Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused to give out the sync password (%1). Allow Taktline to read it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store did not keep the sync password (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store did not forget the sync password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardCards</name>
    <message>
        <source>Click a bar for its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stops in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No defective pieces in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no working time in this period and nothing was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pieces are waiting between steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardCharts</name>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished good pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardDrillDown</name>
    <message>
        <source>Finished pieces reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders finished in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports with defective pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andon calls in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished pieces, target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order going late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardExport</name>
    <message>
        <source>The dashboard is exported as .png or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be drawn as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardInspections</name>
    <message>
        <source>reading the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the first-article waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the nonconformances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardPage</name>
    <message>
        <source>Continue setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andon response / repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses from planned to fully productive time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects Top 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in process by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders going late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as a PNG image or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open order is going late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections and nonconformances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardPeriod</name>
    <message>
        <source>Shift %1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardQuality</name>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the work in process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the first-pass yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardQualityRows</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections passed / failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for first article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformances still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n NC(s), %1 pcs</source>
        <translation>
            <numerusform>%n NC, %1 pcs</numerusform>
            <numerusform>%n NCs, %1 pcs</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardService</name>
    <message>
        <source>reading where the schedule starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the finished pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the finished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the orders going late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period has not begun yet: nothing can have been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is made from now on and keeps no plan for a period that has passed: only what was done is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule places no more finished pieces in this period: there is no plan to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was finished in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pieces were reported in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No andon call in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OEE cannot be computed for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully productive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardTiles</name>
    <message>
        <source>Done %1 of %2 planned pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 pcs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 orders finished by their due date; %3 open orders late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 · E %2 · Q %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pcs good the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), none answered yet</source>
        <translation>
            <numerusform>%n call, none answered yet</numerusform>
            <numerusform>%n calls, none answered yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::Database</name>
    <message>
        <source>write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing. Reinstall Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch the database to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Taktline database or it is damaged. It was not changed. Open another file, or restore your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only, and Taktline must be able to save to it. Nothing was changed. Make the file and its folder writable, or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, which holds it locked. It was not changed and nothing is lost. Close that program or wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite&apos;s check of its pages found &quot;%2&quot;. It was not changed. Open another file, or restore your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was created. Check the path, or start Taktline with --new to set up a new factory there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was created. Check the path, or start Taktline with --new to set up a new factory there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes) and holds no factory. It was not changed. Check the path, or start Taktline with --new to set up a new factory in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline cannot build its own schema to check the database. Reinstall Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was changed outside Taktline: the protection that keeps recorded facts from being rewritten is missing or altered (%2). It was not changed. Restore your latest backup, and find out who edited the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a station PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a station PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count employees without a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline cannot prepare the database connection (the hash chain&apos;s function). Reinstall Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline cannot prepare the database connection (the sync functions). Reinstall Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DefectsReport</name>
    <message>
        <source>Defect rate = defective ÷ made (good + defective + rework), summed before dividing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the defective pieces per reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: the reason&apos;s defective pieces ÷ all defective pieces of the period; most first, with the running share (a Pareto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects by reason (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the defective pieces per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the defective pieces per operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DemoCommand</name>
    <message>
        <source>Builds the demo factory into a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of work orders (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of production reports (default: as the days call for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: owner, planner, supervisor, operator; password %1 for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 production reports and the machines&apos; status over the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo factory created in %1: 12 machines in 3 workshops, 40 products with routings, 15 raw materials, 25 employees, reason codes, %2 work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability: raw materials with bills of materials, material lots fed into the orders, serial-numbered pump assemblies with their shaft serials, finished goods and shipments to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: taktline trace --db %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DemoFactory</name>
    <message>
        <source>%1 already holds a factory. The demo is only built into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DispatchBoard</name>
    <message>
        <source>Insert rush order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations are queued. Release a work order to plan its operations on the machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2, position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rush order %1 inserted at the front of its machines. Planned end: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to change the order on a machine or move it to another machine (or right-click it). Ctrl+Z undoes a move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each machine&apos;s queue in the order it will run. Double-click a card to open its work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DispatchService</name>
    <message>
        <source>This operation no longer waits in a machine queue: its work order was completed, closed or cancelled in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is deactivated: no operation can be dispatched to it. Activate it under Master data ▸ Machines first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: once production has started its operations keep their machines; reorder them within the machine instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is a draft: release it first, so that its operations join the machine queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is on hold: resume it before inserting it as a rush order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2 and no longer waits for machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no operations in the machine queues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DispositionDialog</name>
    <message>
        <source>Deduct the pieces from the operator&apos;s piece-rate wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of nonconformance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3
%4 of %5 pieces still open · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the approver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the approval of an owner or planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DownstreamRepository</name>
    <message>
        <source>read the serial numbers fitted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what became of the work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DownstreamTrace</name>
    <message>
        <source>, customer order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, serials %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipment %1 to %2 on %3: %4 pieces in %n line(s)</source>
        <translation>
            <numerusform>Shipment %1 to %2 on %3: %4 pieces in %n line</numerusform>
            <numerusform>Shipment %1 to %2 on %3: %4 pieces in %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order %1: %2 %3, %4 shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, production lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received into finished goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %4: %1 shipped to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DowntimeReport</name>
    <message>
        <source>The period has not begun yet: there is no downtime to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops as the OEE and the dashboard count them: failures, unclassified time (no reason, or no status yet), small stops, quality stops and planned downtime, cut to the calendar&apos;s working time and to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: the stop hours ÷ all stop hours of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hours per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned busy time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual production time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::DueInspectionsView</name>
    <message>
        <source>Due inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / step or lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine, every lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station accepts no good pieces of this step until the first article passes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::EditWorkOrderCommand</name>
    <message>
        <source>Edit work order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::FactFeed</name>
    <message>
        <source>read the new facts for the board (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::FactorySetup</name>
    <message>
        <source>This factory is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the factory&apos;s name: travellers, labels and reports carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the factory&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::FeedCheck</name>
    <message>
        <source>Lot %1 is blocked (%2): it must not be fed. Ask the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 expired on %2: it must not be fed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 cannot be fed: the operation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 cannot be fed to work order %2: it is %3, not released or in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is %2 (%3); the bill of materials of %4 %5 does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is %2 (%3); it is fed at step %4, not step %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::FinishedGoodsRepository</name>
    <message>
        <source>save the finished-goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the finished-goods receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the finished stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the output of the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work orders with finished output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::FirstArticleBanner</name>
    <message>
        <source>First article to be inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good quantity until it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request first article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for first-article inspection %n min</source>
        <translation>
            <numerusform>Waiting for first-article inspection %n min</numerusform>
            <numerusform>Waiting for first-article inspection %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspector: scan your badge here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article under inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good quantity: correct the set-up, send a new first article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the set-up and send a new first article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::FirstArticleGate</name>
    <message>
        <source>read the step&apos;s inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine&apos;s latest set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the step&apos;s first articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the step&apos;s first-article requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first article failed inspection: no good quantity until a new first article passes. Correct the set-up, make a new first article and send it for inspection. Defective pieces can still be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first article waits for inspection: good quantity is accepted only after it passes. Defective pieces can still be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first article has not passed inspection: send the first article for inspection first; good quantity is accepted only after it passes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::GanttChart</name>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::GanttView</name>
    <message>
        <source>Nothing is planned yet. Release a work order to see its operations on the machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-working time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::GenealogyPanel</name>
    <message>
        <source>Scan or type a work order, production lot, material lot or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code with the tablet&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material lot is traced forward to where it went; anything else backward to what went into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went into it: steps, reports, material lots, components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it went: the work orders a lot was fed to, the product a serial was fitted into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a code to see its genealogy: a work order or its production lot backward to the steps, reports and material lots in it; a material lot forward to every work order it went into; a serial number to its steps and components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2; the %3 is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production report has no code of its own: double-click its step or work order to trace further.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::GenealogyReport</name>
    <message>
        <source>read the production lots of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lots fed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders reported on in the period with their production lot; good qty, machines and employees from the period&apos;s reports that stand, material lots from every feed to the order up to the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the material fed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material fed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every material feed (投料) of the period, in the material&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the serials of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serials created in the period, with every step and component recorded on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole chain of one lot or serial: taktline trace, or the trace page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Gs1</name>
    <message>
        <source>SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contained GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch/lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packaging date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company internal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; contains application identifier (%2), which Taktline does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has no data after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 with %3 characters, but it must have exactly %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 with %3 characters, but at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 &apos;%3&apos;, which must be digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 containing &apos;%3&apos;, which GS1 codes cannot contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 &apos;%3&apos; with a wrong check digit (it should end in %4). The label is misprinted or misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 &apos;%3&apos;, which is not a valid date (YYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; contains %2 (%3) twice with different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; does not start with an application identifier in parentheses, such as (01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; contains no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has &apos;%2&apos; where an application identifier (digits) should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 with %3 characters, more than the %4 allowed: the GS separator after it is probably missing. Set the scanner to send GS (FNC1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 running into what looks like %3 (%4) without the GS separator between them, so it cannot be read safely. Set the scanner to send GS (FNC1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 containing &apos;%3&apos;, which Taktline cannot print: on a label, parentheses mark the application identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Gs1DataMatrix</name>
    <message>
        <source>There is no GS1 element string to put in the DataMatrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GS1 DataMatrix holds only printable ASCII; &apos;%1&apos; contains other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 element string is too long for a DataMatrix (%1 codewords, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::GuiCommand</name>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline: work orders, machines and traceability for small factories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new factory if --db names no database yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifierRegistration</name>
    <message>
        <source>The registration file must end in .csv or .json, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise prefix is set, so there are no identifiers to register. Enter the prefix your secondary node assigned (such as 88.118.8) under Settings ▸ Industrial-internet identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the first and the last day of the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lot was received, no production lot reported and no serial number generated from %1 to %2: there is nothing to register, and no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that the disk has room; if the file is open in Excel, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifierRepository</name>
    <message>
        <source>read the received material lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production lots of the work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifiersBox</name>
    <message>
        <source>Industrial-internet identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot and serial labels carry the identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export registration file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as 88.118.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels then carry PREFIX/LOT:… or PREFIX/SN:…, and scanning them still finds the lot or serial. GS1 labels keep their GS1 content: an identifier is not a GS1 element string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lots received, production lots started and serial numbers generated on these days, as CSV (for Excel) or JSON for the secondary node&apos;s batch registration. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise prefix is cleared; labels carry no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise prefix %1 is saved; lot and serial labels carry identifiers such as %1/LOT:….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise prefix %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiers-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export registration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n identifier(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n identifier to %1.</numerusform>
            <numerusform>Wrote %n identifiers to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because their numbers have spaces or characters an identifier cannot carry: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the serial numbers dialog of a work order starts with: {WO} the work order number, {yyMMdd} the date, {seq:4} the piece number with 4 digits (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New serial numbers are now offered with the pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifiersCommand</name>
    <message numerus="yes">
        <source>Wrote %n identifier(s) to %1</source>
        <translation>
            <numerusform>Wrote %n identifier to %1</numerusform>
            <numerusform>Wrote %n identifiers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::Import</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening material lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the product made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the material or part that goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty per piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the component one piece takes, in its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing step it is fed at; 0 or empty: the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot&apos;s number: letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much was received, in the material&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, such as 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation of the product&apos;s routing, such as 车削.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one good piece earns, in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day the rate applies, such as 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the product the routing is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10, 20, 30 … in the order the steps are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done at this step, such as 车削.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the machine the step runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard time (s/piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per piece, for wages and scheduling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal cycle time (s/piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fastest the step can run, for OEE; may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s number: letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the product to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pieces to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, such as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal or Urgent; empty: Normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique code. A row with a code Taktline knows updates that record; a new code adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code or name of a unit under Master data (PCS when blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the drop-down list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or No (blank: No for a new record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any row of the plan; blank keeps what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part no. of the product inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing step (10, 20 …); 0 for the product as a whole (final and incoming inspection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-article inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good quantity before first article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol every N pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced inspection allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked, such as 外径; one row per characteristic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: a measured value when a limit is given, else pass/fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number; blank: no lower limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number; blank: no upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a choice: the choices, separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptable ones among them, separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: Yes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ImportCli</name>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports one kind of data from an .xlsx or .csv file, all or nothing: every problem is listed with its sheet, row, column and value, and nothing is written while there is one. Also writes a kind&apos;s template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the problems and counts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When there are problems, write the rows with a problem column to this .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the kind&apos;s template to this .xlsx file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the template with the factory&apos;s current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kind of import; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a file to import or --template, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to import after the kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %n row(s): %1 to add, %2 to change, %3 unchanged; nothing written.</source>
        <translation>
            <numerusform>Dry run of %n row: %1 to add, %2 to change, %3 unchanged; nothing written.</numerusform>
            <numerusform>Dry run of %n rows: %1 to add, %2 to change, %3 unchanged; nothing written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 added, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n row: %1 added, %2 changed, %3 unchanged.</numerusform>
            <numerusform>Imported %n rows: %1 added, %2 changed, %3 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::ImportCommand</name>
    <message>
        <source>Import %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current data for editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .xlsx or .csv file: choose it or type its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the template, fill it in Excel, then choose it here. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from sheet “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a dry run read, then what an import would do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>What a dry run read, then how many problems it found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first; nothing is imported while any is left.</source>
        <translation>
            <numerusform>%n problem to fix first; nothing is imported while it is left.</numerusform>
            <numerusform>%n problems to fix first; nothing is imported while any is left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current data for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Fill it in Excel, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rows with problems to %1: fix them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ImportRecord</name>
    <message>
        <source>This cell is merged with others: unmerge the cells and type the value in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formula (=%1): type the value itself (copy, then paste as values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel shows the error %1 here: type the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: type a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters, this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: type digits only, for example 12 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: type a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-12-06 or format the cell as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the choices: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ImportService</name>
    <message>
        <source>Importing %1 is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the template for %2, not for %3. Import it as %2, or choose the file of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has several sheets with data (%2) and none is named %3: keep the %3 on one sheet named %3, one kind per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sheet with data: only the sheet %1 is imported. Move these rows to a file of their own, or delete the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column: name it as in the template (%1) or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is there twice (also column %1): keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is missing: add it to the header row, as in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows; one import takes at most %3. Split it into files of up to %3 rows and import them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has no rows to import below its header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to make again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 is no longer in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ImportWorkbookWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in Excel, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionForm</name>
    <message>
        <source>◀ Previous sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sample ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every piece (%1), Ac %2 / Re %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size %1, Ac %2 / Re %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · code letter %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) still to enter</source>
        <translation>
            <numerusform>%n result still to enter</numerusform>
            <numerusform>%n results still to enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconforming so far</source>
        <translation>
            <numerusform>%n nonconforming so far</numerusform>
            <numerusform>%n nonconforming so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanEditor</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection plans yet: create one for a product&apos;s step with New plan, or import them from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inspection plan, or create one with New plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plan of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanImport</name>
    <message>
        <source>Outer diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micrometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import inspection plans. Ask the owner or a planner for the right to edit master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanListModel</name>
    <message>
        <source>Add inspection plan %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inspection plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inspection plan %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanRepository</name>
    <message>
        <source>read the inspection plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inspection characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inspection characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanRowReader</name>
    <message>
        <source>Differs from row %1 of the same plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a preferred AQL of the sampling tables, such as 0.65, 1.0 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same characteristic of this plan is also on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanService</name>
    <message>
        <source>This inspection plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection characteristic no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no routing, so it has no step %2. Use step 0 for the product as a whole, or add the routing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing of %1 has no step %2. Its steps are %3; use 0 for the product as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the lower limit %2 is above the upper limit %3. Swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a limit is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a measured value: give it a lower limit, an upper limit or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a choice: list at least two choices, separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: say which of its choices are acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the acceptable choice “%2” is not one of its choices (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product the inspection plan is for: that product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step number cannot be negative; use 0 for the product as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an inspection plan for the product as a whole. Change that plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 already has an inspection plan. Change that plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol inspection every %1 pieces or %2 minutes: the intervals cannot be negative (0 means not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AQL %1 is not in the sampling tables. Choose one of the preferred values (0.010 … 1000), for example 0.65, 1.0 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspection plan needs at least one characteristic to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic %1 has no name. Name what is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on the plan twice. Give each characteristic its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection plan is not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionRecordReader</name>
    <message>
        <source>read the inspections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionRepository</name>
    <message>
        <source>read the step inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step to inspect does not exist in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the order inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order to inspect does not exist in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lot inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the serial inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the open first-article request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the first-article request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the inspection&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inspection&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sampling history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionRow</name>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionService</name>
    <message>
        <source>read the steps that may need an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article ready, waiting for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first article passed since the machine was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first article passed since the step started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the first-article requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the reports since the last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol every %1 pieces: %2 made since the last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol every %1 minutes: %2 minutes since the last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders due for final inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order completed, its lot is not inspected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lots due for incoming inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1, not inspected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: a closed or cancelled order takes no more inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is not released yet: there is nothing to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection plan asks for a first article of step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the step to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the work order whose lot is inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the material lot to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection plan asks for a %1 of step %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection plan asks for a %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot size must be a whole number of pieces, at least 1 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the inspection is voided: the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection does not exist, or is itself a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an employee marked as inspector signs an inspection: scan an inspector&apos;s badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This factory asks for the PIN after the badge: %1, type your PIN, then save the inspection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported this step and cannot inspect it: another inspector signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry names a characteristic that is not in the plan %1: reopen the form and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sample %2 is not one of the %3 sample pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is entered twice for sample %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 of %2 has no result for %3: every required characteristic of every sample needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result: every required characteristic needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 samples nonconforming (Ac %4, Re %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 samples nonconforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: every characteristic within its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: a characteristic is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming inspection failed: %1 of %2 samples nonconforming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionsView</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n %1, Ac %2 / Re %3, %4 nonconforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected inspection with a reason; it stays in the list, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the inspection to void first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this inspection voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::InviteDialog</name>
    <message>
        <source>Invitation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, open Settings ▸ Sync and press &quot;Read QR code from picture…&quot; with a photo of this code, or &quot;Paste invitation…&quot; with the text below. It holds the device&apos;s password: show it only to that device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new .png file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LabelCommand</name>
    <message>
        <source>Quantity %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload the label carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the label: a .png image, a .pdf document or .zpl for Zebra-compatible printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode format: qr (default), datamatrix or code128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label size in millimetres: 50x30 (default), 60x40 or 100x50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer resolution: 203 (default) or 300 dots per inch; modules snap to whole dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one CODE, for example: taktline label LOT:L2611-42 --out lot.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown resolution %1; choose 203 or 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a label (lot, serial, machine, badge, work order or operation) for CODE, a payload such as LOT:…, SN:…, EMP:…, MC:…, WO:…, OP:…/10 or a GS1 string (01)…(10)…(21)…. GS1 codes print as GS1-128 (code128) or GS1 DataMatrix. With --db, lot and serial labels carry the industrial-internet identifier (such as 88.118.8/LOT:…) when the factory&apos;s settings say so; GS1 codes keep their GS1 content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill names from this factory database (employee, machine, work order and product) and use its identifier settings; read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label image could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LabelContent</name>
    <message>
        <source>The enterprise prefix &apos;%1&apos; and the code &apos;%2&apos; do not make an identifier (an identifier looks like 88.118.8/%2). Check the prefix in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has at most %1 lines of text; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is marked as %1 but its code &apos;%2&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; would not scan back: its last field ends in digits that read like further GS1 fields. Add the GTIN (01) or print it as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LabelPrintDialog</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused %1. Check that it is on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LabelRenderer</name>
    <message>
        <source>Unknown label size &apos;%1&apos;. Choose 50x30, 60x40 or 100x50 (millimetres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode format &apos;%1&apos;. Choose qr, datamatrix or code128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is too long for Code128 (%2 characters, at most %3); choose DataMatrix or QR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be encoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a resolution between 100 and 1200 dpi, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; does not fit on a %2 mm label; choose a larger size or a 2D format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels cannot be drawn on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ListExport</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook, as it is shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LoginDialog</name>
    <message>
        <source>Sign in to Taktline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo factory: every account&apos;s password is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LotGenealogy</name>
    <message>
        <source>Work order %1: %2 %3 × %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, production lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supplier lot %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a work order number or a production lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production lot %1 belongs to %2 work orders (%3): trace one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order or production lot %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 good, %4 defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 of %2: %3 fed by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 of %2: received %3, fed %4, left %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2: %3 fed by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LotLabel</name>
    <message>
        <source>Lot number %1 cannot be printed as a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LotLabelOutput</name>
    <message>
        <source>Lot %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label of lot %1 now, to stick on the material?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save label as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label of lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of lot %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label of lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of lot %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LotTableModel</name>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: it must not be fed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::LotsPanel</name>
    <message>
        <source>Search lot, material, supplier or supplier lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive material…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lot in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 · %2 %3 · %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a lot to block, release, label or trace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a delivery of material as a new lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is already blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the lot from being fed, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the lot to be fed again, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the lot&apos;s label again, or save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every work order this lot went into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is blocked: it can no longer be fed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is released and can be fed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming inspection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong material delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected again and accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is lot %1 blocked? Whoever scans it is shown the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may lot %1 be fed again? The reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lots yet. Receive material… records the first and prints its label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineCard</name>
    <message numerus="yes">
        <source>Queue: %n operation(s)</source>
        <translation>
            <numerusform>Queue: %n operation</numerusform>
            <numerusform>Queue: %n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>Load, next 7 days: %1 h of %2 h (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pieces of this job per working hour on this machine, over the last 2 working hours or since the job started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the job&apos;s remaining quantity is done at this rate, in working time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pieces reported on this machine since midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good %1 of %2  (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stopped or in maintenance since midnight, and the share of today&apos;s planned production time the machine could run (availability: unplanned stops count against it, maintenance and planned stops do not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 % available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s day as coloured bands: running, set-up, stops and their reasons, with the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andon: %1 · %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for first article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished pieces of the step before this machine&apos;s queued operations, and what lies in its input buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineColumn</name>
    <message>
        <source>Deactivated: move its operations to another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::MachineLineRepository</name>
    <message>
        <source>read the machines&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineOverview</name>
    <message>
        <source>This machine does not exist or is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineReports</name>
    <message>
        <source>read the machine&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineStatus</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineStatusButtons</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the machine down?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineStatusService</name>
    <message>
        <source>This machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is deactivated; its status cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why machine %1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This downtime reason is not available; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine&apos;s status event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop is not in the records; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 was %2 then, not stopped; only a stop takes a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the reason for the stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineTimeline</name>
    <message>
        <source>No machine status on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report %2: %3 good, %4 defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachineTimelineDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the stop a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>│ a report (red: with defective pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %1 · stopped %2, of it %3 without a reason · %n report(s), %4 good</source>
        <translation>
            <numerusform>Running %1 · stopped %2, of it %3 without a reason · %n report, %4 good</numerusform>
            <numerusform>Running %1 · stopped %2, of it %3 without a reason · %n reports, %4 good</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a band to see it; click a stop to give it a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a band to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reason %1 (given later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step %2: %3 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachinesPage</name>
    <message>
        <source>No active machines. Add machines under Master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n machine(s))</source>
        <translation>
            <numerusform>%1  (%n machine)</numerusform>
            <numerusform>%1  (%n machines)</numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: good pieces per working hour, last 2 h of the job.  Load: planned hours in the next 7 days against the calendar × capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Andon: %n open call(s)</source>
        <translation>
            <numerusform>Andon: %n open call</numerusform>
            <numerusform>Andon: %n open calls</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>waiting %n min</numerusform>
            <numerusform>waiting %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 · %3 · %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The andon call is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The andon call is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page shows no list to export. Open a list, then press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1 It is tried again in a few minutes; Settings ▸ Backup shows the folder and the last good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup on exit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash chain of the recorded facts is broken. %1 Keep this file as it is, run &quot;taktline verify&quot; for the full list, and compare it with your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterData</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine input buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine output buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataImport</name>
    <message>
        <source>Flange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lathe 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhang Wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import %1. Ask the owner or a planner for the right to edit master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same code is also in row %1: each code may be in the file once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataListWidget</name>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: it stays in the records but is no longer offered for new work. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet. Add the first with Add… above, then give it its routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machines yet. Add each machine or work place with Add… above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees yet. Add the people who report at the station with Add… above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downtime reasons yet. Add the reasons an operator picks when a machine stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No defect reasons yet. Add the reasons an operator picks for a defective piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record here is inactive. Tick Show inactive to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the employees first: each gets a badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the badges of %1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 badges went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear the PIN this employee types at the station after the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station PIN of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units yet. Add the units quantities are counted in (pieces, kg, m) with Add… above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change many at once from an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers yet. Add the workshops that do subcontracted steps with Add… above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No places yet. Add the racks, areas and machine buffers where pieces wait, then print their LOC: labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LOC: label for every place, to scan at the station when pieces are moved there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MC: label for every machine, to scan at its station</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) went to the printer.</source>
        <translation>
            <numerusform>%n label went to the printer.</numerusform>
            <numerusform>%n labels went to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataPage</name>
    <message>
        <source>Routings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataRepository</name>
    <message>
        <source>read the %1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataService</name>
    <message>
        <source>There is already a %1 with the %2 %3. Choose another %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 with the %2 %3; codes that differ only in capital and small letters are the same code. Choose another %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2. Choose one of the list, or add it under Master data first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MaterialLotImport</name>
    <message>
        <source>Example supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the material lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot number may hold letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the production lot of a work order. Give the material lot a number of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received quantity must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot expires before it was received. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same lot number is also on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 was removed. Give the lot a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 was already received with other values. A receipt is kept as it was made: correct the lot in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not receive material, so you cannot import opening stock. Ask the owner or a supervisor for the right to manage material.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MaterialsPanel</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed at step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left in lots of the component that are neither blocked nor expired; other open orders may need it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no bill of materials, so there is nothing to check. Add one under Master data ▸ Bills of materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n material(s) are covered by what was fed and usable stock.</source>
        <translation>
            <numerusform>All %n material is covered by what was fed and usable stock.</numerusform>
            <numerusform>All %n materials are covered by what was fed and usable stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short of %n of %1 material(s): %2.</source>
        <translation>
            <numerusform>Short of %n of %1 material: %2.</numerusform>
            <numerusform>Short of %n of %1 materials: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per piece × the order&apos;s quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required %1 − fed %2 − usable stock %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 short)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Migrations</name>
    <message>
        <source>This database was saved by a newer version of Taktline (schema %1; this version reads up to %2). It was not changed. Update Taktline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MoveCheck</name>
    <message>
        <source>Enter how many pieces to move: a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces is not a plausible move: one move takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: its pieces can no longer be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan what moves after the place: a traveller, a lot or a serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one thing at a time: a traveller, a lot or a serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the place (LOC:) the pieces go to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place %1. Check the label, or add the place under Master data ▸ Places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 is deactivated: pieces cannot be moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee is not active; scan the badge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pieces are already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place %1 to move the pieces from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no work order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no finished pieces to move: no step has good pieces that the next step has not taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished pieces of work order %1 are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2 of work order %3 has %4 pieces %5: a move of %6 is more than the step has there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no material lot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 has %2 %3: a move of %4 is more than the lot has there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 has been shipped: it is no longer in the factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 is already at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MoveDialog</name>
    <message>
        <source>Move pieces of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move is saved with your name. Pieces not placed are still where their step made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no finished pieces to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the pieces go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MoveOperationCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MovePanel</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the traveller, a lot or a serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many pieces move on the keypad, then press Move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Clear the box with C and type the quantity again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NamedFileIconProvider</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NewPlanDialog</name>
    <message>
        <source>New inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceDialog</name>
    <message>
        <source>New nonconformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No. or scan the traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material or production lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the operator who reported the step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceList</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceListModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NC No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot / serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceRepository</name>
    <message>
        <source>number the nonconformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the nonconformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the nonconformances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the dispositions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceService</name>
    <message>
        <source>Enter how many pieces are nonconforming: a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces is not a plausible quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long: at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only %2 pieces that can be nonconforming: enter at most that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many pieces this decision is for: a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every piece of %1 has been disposed of already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 pieces of %2 are still open: decide on at most that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an approver: choose someone who may approve concessions (an owner or planner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver is no active user. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not approve a %2: choose an owner or planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pieces of a supplier&apos;s lot can go back to the supplier: %1 names no material lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages can only be deducted for pieces of a step: %1 names no step of a work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator answers for the pieces of %1: nobody reported good pieces on its step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework of nonconformance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework of nonconformance %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rework order cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by concession: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformance %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceSubjects</name>
    <message>
        <source>Say what is nonconforming: a step of a work order, a work order, a lot or a serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defect reason does not exist. Choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee does not exist. Choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine does not exist. Choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation belongs to another work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has no good pieces left that are not in a nonconformance already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lot or production lot has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 belongs to another work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read who answers for the pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the user account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OeeClass</name>
    <message>
        <source>Not classed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OeeReport</name>
    <message>
        <source>The period has not begun yet: there is no OEE to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE by machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned operation time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned downtime (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned busy time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual production time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully productive time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE by ISO 22400-2, the OEE page&apos;s figures: availability = actual production time ÷ planned busy time; effectiveness = ideal time ÷ actual production time; quality = good ÷ produced; OEE = A × E × Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals divide the summed times, never average the machines&apos; percentages; an empty figure has no time or no production to divide by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE of all these machines (A × E × Q of the totals): %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE of all these machines: none (no time or no production to divide by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE per machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OeeRepository</name>
    <message>
        <source>read the machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the downtime reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine status events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the operations&apos; products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OeeService</name>
    <message>
        <source>Outside shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working time in the calendar for this period, so there is no planned time to measure against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine had not reported any status yet; that time is counted as unclassified, not as running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was produced in this period: performance and quality cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stops have a reason without an OEE class; they count as unclassified until the reason is classed in Master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some steps have no ideal cycle time: their standard time stands in, so performance is on a standard-time basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OeeText</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POT h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned down h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBT h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delays h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APT h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OperationCardDelegate</name>
    <message>
        <source>Qty %1  ·  Due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OrderProgressReport</name>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the orders of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders due in the period, open at its end, or reported on in it (drafts and cancelled orders are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: good pieces reported at the order&apos;s last step up to the end of the period; remaining = planned qty − finished (never below 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late: for an unfinished order, days from the due date to %1; for a finished one, days from the due date to its last report. Empty when on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished and remaining per order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OutputFile</name>
    <message>
        <source>Give --out FILE ending in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused --out %1: the file must end in %2, the kind of file this command writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused --out %1: it is the factory database given with --db; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused --out %1: it is a database file, and writing there would destroy it; nothing was written. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::OwnerSetupDialog</name>
    <message>
        <source>Set up your factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: on travellers, labels and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new factory file. Name the factory, confirm when it works, and create the owner&apos;s account: the owner may do everything, including adding the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts %1–%2 and %3–%4; change them and add holidays later under Settings ▸ Working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create factory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Page</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups written from now on are encrypted with this passphrase. Restoring one of them asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe. Nobody can recover a lost passphrase — not Taktline, not its makers — and without it the encrypted backups cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PassphrasePrompt</name>
    <message>
        <source>The environment variable %1 that should hold the passphrase is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted and there is no terminal to type its passphrase. Give it with --passphrase-env VARIABLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password of one repeated character or a run like 12345678 is the first one tried; mix letters, digits and signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; letters, digits and signs mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PdfFile</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that the disk has room; if the file is open in a PDF viewer, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PieceRateDialog</name>
    <message>
        <source>New piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pieces reported on or after this day are paid at this rate, until a rate with a later day applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per good piece *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from *:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PieceRateImport</name>
    <message>
        <source>Turning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no routing yet: import its routing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing of %1 has no operation “%2”. Its operations are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same product, operation and date are also on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece rate of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import piece rates. Ask the owner or a planner for the right to edit master data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PieceRatesPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: changing piece rates needs the right to edit master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (¥/piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pieces of this operation earn nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 at ¥%2 per piece from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rate of %1 from %2? Wages of the reports it priced change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the rate of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece rates %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PiecesPanel</name>
    <message>
        <source>Move pieces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that pieces of a step went to a rack, an area or a machine&apos;s buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished pieces wait between steps: nothing to place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 finished pieces wait between steps, in %n step(s).</source>
        <translation>
            <numerusform>%1 finished pieces wait between steps, in %n step.</numerusform>
            <numerusform>%1 finished pieces wait between steps, in %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::PinPad</name>
    <message>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (badge %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PlaceRepository</name>
    <message>
        <source>read the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the steps&apos; finished pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the moves of the steps&apos; pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the moves of the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lot&apos;s stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the moves of the serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the serial&apos;s shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PlaceTrace</name>
    <message>
        <source>Moved to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PlanCharacteristicsModel</name>
    <message>
        <source>Choose an inspection plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add characteristic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a characteristic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete characteristic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 as a number, such as 24.95, or leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PlanSettingsForm</name>
    <message>
        <source>No good quantity before it passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced inspection allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not by pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling (GB/T 2828.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the product of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the step of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change first-article inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the first-article gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change final inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change incoming inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reduced inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the patrol interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the AQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the inspection level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PlanningReferences</name>
    <message>
        <source>There is no product with part no. %1. Add it under Products (or import the products) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is deactivated. Activate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no machine with code %1. Add it under Machines (or import the machines) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is deactivated. Choose an active machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ProductPicker</name>
    <message>
        <source>Search products…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ProductionLinesRows</name>
    <message>
        <source>read the production reports of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every production report of the period that stands, oldest first. Voided reports and the records voiding them are left out, so the totals are the other reports&apos; totals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ProductionPeriodReport</name>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made = good + defective + rework. Yield = good ÷ made, summed before dividing (the dashboard&apos;s first-pass yield).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard hours = good pieces × the step&apos;s standard time: the hours the good output is worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the period&apos;s output per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty: the order&apos;s quantity (its target). Finished: good pieces reported at the order&apos;s last step in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the period&apos;s output per operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the period&apos;s output per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the period&apos;s output per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the output of one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: good pieces reported at the last step of their order (the dashboard&apos;s done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production was reported in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontracted steps received back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ProductionRepository</name>
    <message>
        <source>save the production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the machine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the output per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the output of the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine&apos;s current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseCommand</name>
    <message>
        <source> — on time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — too late for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise for %1 %2 of %3 %4 (today %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest, taken normally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest as a rush order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rush would make no other work order late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rush would make %1 late (due %2): it would end %3, late by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rush would delay %1 further (due %2, already late): it would end %3, late by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material: on hand for the whole quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material short: %1 %2 — needs %3 %4, %5 %4 on hand, %6 %4 missing; the dates assume it arrives in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps (taken normally; as a rush order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capable-to-promise: when could the factory ship QTY of PRODUCT, given today&apos;s machine queues, working calendar and material on hand? Prints the earliest date taken normally (behind every queued operation) and as a rush order (first on every machine), the work orders a rush would make late, and the BOM&apos;s shortages. Writes nothing.
Exit status: 0 when it can ship by --by taken normally (or no date is asked), 1 when it cannot (the text says whether a rush could), 2 on bad input or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many, in the product&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the customer wants it, yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1 is not known; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product and the quantity, for example: taktline promise FL-1 500 --by 2026-12-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by %1 is not a day; write it as yyyy-MM-dd, for example 2026-12-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseDialog</name>
    <message>
        <source>Earliest delivery: %1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— on time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— after the due date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken normally, behind today&apos;s queues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a rush order, first on every machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End as rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a rush would delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other work order would finish later than its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already late, later still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every component of the BOM is on hand for this quantity, after what open work orders still need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short of material: the dates above hold only if it arrives in time. On hand counts lots neither blocked nor expired, less what open work orders still need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take as rush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the new order&apos;s priority to urgent. Put it first in the queues with Insert rush order on the Dispatch page once it is released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PromisePlan</name>
    <message>
        <source>Step %1 of %2 is done by a supplier, but it names none (or one that was removed). Choose the supplier in its routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 has no machine. Choose one in its routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine of step %1 of %2 no longer exists. Choose another one in its routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 runs on %3, which is deactivated. Choose another machine in its routing or activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the new order cannot be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 is done by %3, a supplier that is deactivated. Choose another supplier in its routing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseRepository</name>
    <message>
        <source>read the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what open work orders still need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseService</name>
    <message>
        <source>d MMM</source>
        <comment>a date without the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date with the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product to promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces is more than a promise can plan (at most %2); check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wanted date %1 is in the past; today is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is deactivated; no new order can be made of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 has no routing: there is nothing to plan. Give it its steps in Master data ▸ Routings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>as rush %1 (%n order(s) delayed)</source>
        <translation>
            <numerusform>as rush %1 (%n order delayed)</numerusform>
            <numerusform>as rush %1 (%n orders delayed)</numerusform>
        </translation>
    </message>
    <message>
        <source>as rush %1 (no order delayed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Quality</name>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightened inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this characteristic is required, enter a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; enter the measured value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the measured value as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be a reading (limits %3); check the value typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: within %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answer pass or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: take or choose a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: photo taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind of characteristic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-article inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection discontinued: 5 lots not accepted on tightened inspection; resume once the supplier has corrected the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal inspection, switching score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightened inspection, %1 of 5 lots accepted in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AQL %1 is not one of the preferred values of GB/T 2828.1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, I, II or III.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot size of %1 is outside Table 1 of GB/T 2828.1, which starts at a lot of 2 pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, I, II or III.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sample size code letter of Table 2-B; it has A to R and S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sample size code letter of GB/T 2828.1; Table 1 gives A to R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plan for code letter %2 at AQL %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All readings are the same: the control limits cannot be computed (is the gauge fine enough?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An X̄-R chart needs at least 2 subgroups; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subgroup must hold 2 to 10 readings; the first holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subgroups are not the same size: subgroup %1 holds %2 readings, the first %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup %1 holds a reading that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individuals chart needs at least 2 readings; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process capability needs at least 2 readings; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower specification limit lies above the upper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 1: a point beyond the control limits (3σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 2: 2 of 3 points in a row beyond 2σ on one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 3: 4 of 5 points in a row beyond 1σ on one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 4: 8 points in a row on one side of the centre line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The characteristic to chart no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not measured: only measured values can be charted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the measured values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was measured in %2 inspection(s) in this period: a chart needs at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the measured characteristics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::QualityPage</name>
    <message>
        <source>Due</source>
        <extracomment>The due list (待检): inspections waiting for an inspector now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <extracomment>The inspection records (检验记录).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformances</source>
        <extracomment>Nonconforming pieces and what is done with them (不合格品).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPC</source>
        <extracomment>Control charts and process capability (SPC).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plans</source>
        <extracomment>The inspection plans per product and step (检验方案).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::QualityReport</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections made in the period; voided ones and their corrections&apos; voiding records are left out. Ac / Re: the sampling plan&apos;s acceptance and rejection numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the nonconformances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NC No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformances found in the period, one row per disposition; still open: the pieces nobody decided on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the first-pass yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield = good ÷ made (good + defective + rework).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the defects per reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found nonconforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective pieces the stations reported and nonconforming pieces the inspections found, by reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::QualityTrace</name>
    <message>
        <source>read the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 nonconforming of %2 sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformance %1: %2 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in rework order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, deducted from wages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::QuantityKeypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReasonButtons</name>
    <message>
        <source>No reasons are set up. Ask the supervisor to add them under Master data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReceiveFinishedDialog</name>
    <message>
        <source>Receive finished goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order has finished output waiting to be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pieces are put, e.g. 成品库 A-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step %1 %2: %3 good, %4 received, %5 left to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of work order %2 received into finished goods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReceiveLotDialog</name>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot number on the supplier&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the next number is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RecentTracesButton</name>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes you trace are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace one of the last codes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RecordLabelPrinter</name>
    <message>
        <source>Add the places first: each gets a LOC: label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the machines first: each gets an MC: label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the labels of %n place(s)</source>
        <translation>
            <numerusform>the labels of %n place</numerusform>
            <numerusform>the labels of %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the labels of %n machine(s)</source>
        <translation>
            <numerusform>the labels of %n machine</numerusform>
            <numerusform>the labels of %n machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::RecordLabels</name>
    <message>
        <source>Only places and machines get labels here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 cannot be printed as a barcode: change it to letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RecordValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 is a %2: choose the machine it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentre</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the period and press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has nothing for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentreExport</name>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing rows: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing rows: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentrePeriod</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the week:</source>
        <extracomment>The weekly report: any day of the week it covers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentreSheet</name>
    <message>
        <source>Only the first %L1 rows are shown; the export holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCheck</name>
    <message>
        <source>Quantities must be numbers of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces in one report is not plausible. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many pieces were made: good, defective or rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is not released yet: production cannot be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is on hold: ask the supervisor to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: no more production can be reported on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge first: a report needs the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge belongs to no employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (badge %2) is deactivated and cannot report production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is deactivated: no production can be reported on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the defect reason for the %1 defective pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This defect reason is not available; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 has only %2 left; %3 pieces need %4. Scan the next lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 good pieces is far more than the %2 planned. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 more good pieces can be reported on step %2: the previous step %3 (%4) has made fewer so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 more good pieces can be reported on step %2: the work order is for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCommand</name>
    <message>
        <source>--%1 %2 is not a day; write it as yyyy-MM-dd (for example 2026-11-30), today, yesterday or today-N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a report of the report centre as an Excel workbook (.xlsx), without a display: for a scheduled task.

KIND is one of: %1.
Days: yyyy-MM-dd, today, yesterday or today-N. The daily, weekly and monthly reports given only --from cover that day, its Monday-Sunday week or its month; the others cover --from to --to (one day without --to).
--out may contain {date} (today), {from}, {to} and {kind}, for example \\server\share\daily-{from}.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook to write, ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the headers: zh_CN or en (default: en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the machine with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the machines of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese translation could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1 is not known; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report: taktline report KIND, KIND one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one report only; %1 is extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from, the report&apos;s first day (yyyy-MM-dd, today, yesterday or today-N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --out, the workbook to write (ending in .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; the period would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportPanel</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next piece fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Clear the box with C and type the quantity again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportScope</name>
    <message>
        <source>find the report&apos;s machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no machine with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the report&apos;s workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop named %1: no machine belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the production reports of the period that stand: a voided report and the record voiding it never count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportService</name>
    <message>
        <source>Daily production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece-rate wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot and serial genealogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production report lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is reversed: the first day %1 is after the last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from %1 to %2 has %3 days; a report covers at most %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontracting cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportSheetModel</name>
    <message>
        <source>Total: %1</source>
        <extracomment>The totals line under a report table; %1 lists &quot;header value&quot; pairs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportSheetWriter</name>
    <message>
        <source>No data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 has more rows than an Excel sheet can hold (%2). Choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportWorkbookWriter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in Excel, close it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportingService</name>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The double-scan window must be between 0 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle sign-out must be between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the report is voided: the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is itself a correction and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no operations yet: it is not released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This factory asks for the PIN after the badge: scan your badge and type your PIN, then report again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportsPage</name>
    <message>
        <source>Wages</source>
        <extracomment>The wage report (工资报表).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece rates</source>
        <extracomment>The rate table (工价表).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report centre</source>
        <extracomment>The report centre (报表中心): every report of the factory, shown and exported to Excel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ReportsReviewDialog</name>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production reports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voided</source>
        <translation>
            <numerusform>%n voided</numerusform>
            <numerusform>%n voided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n awaiting approval</numerusform>
            <numerusform>%n awaiting approval</numerusform>
        </translation>
    </message>
    <message>
        <source>Voided at %1: %2. It no longer counts for progress or wages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for progress; pays wages once a supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for progress and wages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <extracomment>A report that counts but still waits for the supervisor&apos;s approval (报工审核).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one report to void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this report with a reason: it stays in the history but no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the reports to approve (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected reports are already approved or voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n report(s) for wages.</source>
        <translation>
            <numerusform>Approve %n report for wages.</numerusform>
            <numerusform>Approve %n reports for wages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported %2 good and %3 defective on %4 at %5.
The report stays in the history, marked void, and no longer counts for progress or wages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this report wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to approve: the selected reports are already approved or voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) approved.</source>
        <translation>
            <numerusform>%n report approved.</numerusform>
            <numerusform>%n reports approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the factory file in use with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: the file in use is first saved as a backup of kind “Before restore” in %1. Taktline then closes the file, restores the backup and opens it again; everyone signs in again. Work entered after the backup was taken is only in that saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken / last written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase this backup was encrypted with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Role</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct production reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive, block and ship material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer andon calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispose of nonconforming pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve concessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::Routing</name>
    <message>
        <source>Operation %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): the standard time must be greater than zero seconds per piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): a standard time of more than seven days per piece is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): the ideal cycle time must be greater than zero seconds per piece; leave it empty when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): an ideal cycle time of more than a day per piece is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): the ideal cycle time (%3 s) is more than ten times the standard time (%4 s). The ideal time is the fastest the step can run; check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2) is outsourced: choose its supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): the subcontract price per piece must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingEditor</name>
    <message>
        <source>Add operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to see its routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet. Add operation adds the first; a work order copies the steps when it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard time: what wages and scheduling count with. Ideal cycle time: the fastest a piece can be made, for OEE&apos;s effectiveness; empty uses the standard time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingImport</name>
    <message>
        <source>Turning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps are numbered 10, 20, 30 …: use a multiple of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard time must be greater than zero seconds per piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideal cycle time must be greater than zero; leave it empty when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ideal cycle time of more than ten times the standard time is not plausible: the ideal time is the fastest the step can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same product and step are also on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 needs a machine: give the code of the machine it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no step %2 before step %3: steps go 10, 20, 30 … without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import routings. Ask the owner or a planner for the right to edit master data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingOperationsModel</name>
    <message>
        <source>Choose a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation cannot move further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard time must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard time (s per piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fastest a piece can be made at this step, for OEE&apos;s effectiveness. Empty: the standard time stands in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What piece-rate wages and scheduling count with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal cycle time (s per piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideal cycle time must be a number of seconds, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done outside by a supplier (外协): sent and received on the Subcontracting tab, planned with the supplier&apos;s lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per piece must be a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingRepository</name>
    <message>
        <source>read the routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count routings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingService</name>
    <message>
        <source>Operation “%1”: the chosen machine does not exist. Choose a machine from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation “%1”: machine %2 is deactivated. Choose an active machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation “%1”: the chosen supplier does not exist or is deactivated. Choose a supplier from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RushInsertCommand</name>
    <message>
        <source>Insert rush order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::RushOrderDialog</name>
    <message>
        <source>Insert rush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rush order goes to the front of the queue on every machine its operations use. Check what that does to the other orders before you insert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No., lot or sales order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2 %3  ·  qty %4  ·  due %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No released or running work order matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the work order to rush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end of %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other work order becomes late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other work order(s) become late:</source>
        <translation>
            <numerusform>%n other work order becomes late:</numerusform>
            <numerusform>%n other work orders become late:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already late finish later still.</source>
        <translation>
            <numerusform>%n work order already late finishes later still.</numerusform>
            <numerusform>%n work orders already late finish later still.</numerusform>
        </translation>
    </message>
    <message>
        <source>Becomes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already late, later still</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SamplingCommand</name>
    <message>
        <source>Lot of %1 pieces, inspection level %2, AQL %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrow of the table leads to the plan of code letter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect every piece: the plan&apos;s sample is not smaller than the lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (Ac): %1 nonconforming or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (Re): %1 nonconforming or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the single sampling plan of GB/T 2828.1 (ISO 2859-1) for a lot: the sample size code letter, the sample size and the acceptance and rejection numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of pieces in the lot (2 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection level: S-1, S-2, S-3, S-4, I, II or III (default II).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AQL, one of the preferred values 0.010 … 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal (default), tightened or reduced inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1 is not known; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lot with --lot-size N and the AQL with --aql, for example --lot-size 1000 --aql 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lot-size %1 is not a whole number of pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity %1 is not known; use normal, tightened or reduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--aql %1 is not a number; write it as the standard does, for example 0.65, 1.0 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SaveFileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ScheduleRepository</name>
    <message>
        <source>read the machine queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation no longer exists; it may have been removed in another window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ScheduleService</name>
    <message>
        <source>%1 It was not changed. To replace it, choose &quot;Replace the calendar&quot; in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ScheduleText</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned: machine deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned: no machine assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned: work order on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned: waiting for an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ScreenshotCommand</name>
    <message>
        <source>Unknown role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user has the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (default: a fresh demo factory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: taktline screenshot PAGE --out FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, such as 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factory just set up, with one machine, instead of the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is a real factory, not the demo: give --user and --password of an account to render its pages as that person sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this role (default owner); without --user only for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user; a real factory&apos;s file needs it, with --password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of --user (or set TAKTLINE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup and --new-factory render a new factory of their own; leave out --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a page offscreen and saves it as PNG. PAGE is one of dashboard, workorders, machines, station[/pin|/first-article], traceability, quality[/due|/inspections|/nc|/spc|/plans], reports[/centre|/wages|/rates], masterdata[/TAB], import (the import dialog with a dry run), settings[/audit|/backup], sync, conflicts, login, setup (a new file&apos;s set-up), board[/hourly|/orders|/andon] (the wall board, nobody signed in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialGenealogy</name>
    <message>
        <source>, fitted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2 %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2 %3 by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 of %2 %3 fed to the work order at step %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supplier lot %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1: %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialLabels</name>
    <message>
        <source>Generate serial numbers first: there are no labels to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 cannot be printed as a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialMovesLine</name>
    <message>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves: %1. Now at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialPattern</name>
    <message>
        <source>Enter a serial number pattern, for example {WO}-{seq:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has an unknown placeholder %1: use {WO}, {yyMMdd} and {seq:N}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern %1 has no {seq:N}: every serial number needs its own piece number, for example {WO}-{seq:5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate between 1 and %1 serial numbers at a time, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern %1 has no room for %2 more serial numbers after the %3 this work order has: give {seq:N} more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialRepository</name>
    <message>
        <source>read the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the serial numbers of the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 already exists: a serial number is never used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the step of the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the component of the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the steps of the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the components of the serial number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialService</name>
    <message>
        <source>Serial %1: %2 %3 of work order %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 fitted into it by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial number %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: serial numbers are made and recorded only while it is released or in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers cannot be made: the work order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of serial number %1 cannot be recorded: the operation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 belongs to work order %2; step %3 is of work order %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge first: the step of serial number %1 needs the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of serial number %1 cannot be recorded: the machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 cannot be fitted into itself: scan the component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge first: fitting %1 into %2 needs the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 is already fitted into %2: a component goes into one parent only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 cannot go into %2: %2 is already inside %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialsBar</name>
    <message>
        <source>Serial numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln serial number(s)</source>
        <translation>
            <numerusform>%Ln serial number</numerusform>
            <numerusform>%Ln serial numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate serial numbers for the pieces of this order from a pattern, and print their labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SerialsDialog</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{WO} the work order number · {yyMMdd} today&apos;s date · {seq:4} the piece number with 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of the serial numbers you generate here can then be saved or printed: one 50×30 mm QR label each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers are generated while a work order is released or in production; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %Ln serial number(s): %1.</source>
        <translation>
            <numerusform>Generated %Ln serial number: %1.</numerusform>
            <numerusform>Generated %Ln serial numbers: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or print their labels below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln label(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln label to %1.</numerusform>
            <numerusform>Saved %Ln labels to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>serial-labels-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save serial number labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln label sent to the printer.</numerusform>
            <numerusform>%Ln labels sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial number labels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SetMasterActiveCommand</name>
    <message>
        <source>Activate %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SettingsPage</name>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory name is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at once, for you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SetupChecklist</name>
    <message>
        <source>Add your machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each product its routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print their badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your first work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine or work place that reports production, with its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts you make, with their part numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps a product goes through, on which machine and in how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who report at the station, each with a badge number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators sign in at the station by scanning their badge: Print badges… on the Employees list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a quantity of a product, release it and print its traveller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a second drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner chooses a USB drive or a network share under Settings ▸ Backup and backs up once; from then on Taktline backs up every day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SetupChecklistPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your factory is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SheetReader</name>
    <message>
        <source>The file %1 does not exist. Check its name and folder, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Close it in Excel or WPS if it is open there, check that you may read it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Excel workbook. Open it in Excel or WPS, save it as Excel Workbook (.xlsx), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty. Choose the workbook that holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an old Excel 97–2003 workbook (.xls), which cannot be read. Open it in Excel or WPS and save it as Excel Workbook (.xlsx), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is protected by a password. Open it in Excel or WPS, remove the password, save it, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not UTF-8, and this computer cannot read Chinese GBK text. Save the file as &quot;CSV UTF-8&quot; in Excel or WPS, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 has no part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 in the file %2 holds more than %3 cells, more than can be imported at once. Split it into smaller files, then import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentDialog</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s order or contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier, waybill, vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type WO:…, a production lot or SN:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pieces of the work order or lot; a serial is one piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of work order %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 pieces</source>
        <translation>
            <numerusform>%n line, %1 pieces</numerusform>
            <numerusform>%n lines, %1 pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentLineCheck</name>
    <message>
        <source>%1 is a material lot: only what this factory made can be shipped. Scan the work order, production lot or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production lot %1 belongs to %2 work orders (%3): ship each by its work order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line has no code: scan or type a work order, production lot or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a shipment, not goods: scan a work order, production lot or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order or production lot %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial number %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not something that can be shipped: scan a work order, production lot or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order, production lot or serial number %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 cannot be shipped: its work order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 is one piece: ship it with quantity 1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many pieces of work order %1 to ship: a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is tracked by serial number: scan the serial numbers of the pieces you ship instead of the work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 was shipped already on %2 to %3 (shipment %4): a serial ships once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 is fitted into %2: ship %3, the finished unit it is part of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 failed step %2 %3 when it was last recorded: it cannot be shipped until it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 is in this shipment twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of work order %1 is in finished goods: receive its finished pieces before shipping %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has %2 in finished goods (%3 received, %4 shipped): %5 cannot be shipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentRepository</name>
    <message>
        <source>read the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipment lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipments of the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipment of the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment number %1 is already used by another shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the shipment lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 is already shipped: a serial ships once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentService</name>
    <message>
        <source>Finished goods cannot be received: the work order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has not started production (%2): nothing of it can be received into finished goods yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many finished pieces of work order %1 are received: a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee who received work order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step of work order %1 (%2 %3) has made %4 good pieces and %5 are received already: at most %6 more can be received, not %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer the goods are shipped to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line: scan or type a work order, production lot or serial number to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods cannot have left on %1: that day is still to come. A shipment is recorded when it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a shipment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipment %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the shipments to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentsPanel</name>
    <message>
        <source>Shipment No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive finished goods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the shipment back to its work orders, serials and lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a shipment to see its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving and shipping goods needs the right to receive, block and ship material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 to %2 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipments in these days. New shipment… records one from the finished goods received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentsReport</name>
    <message>
        <source>sum the shipments per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shipped lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments whose shipping date is in the period; quantities in the product&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity shipped per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SpcCapabilityBox</name>
    <message>
        <source>Process capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specification limit: the capability cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process capability insufficient: parts fall outside the tolerance; improve the process or review the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process capability marginal: little room to the tolerance; watch the process closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process capability adequate: the process holds the tolerance with room to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X̄-R chart, subgroups of %1 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals and moving range chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In control: no point outside the limits, no run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Out of control: %n point(s) signalled (in red on the charts); find the cause before judging the capability.</source>
        <translation>
            <numerusform>Out of control: %n point signalled (in red on the charts); find the cause before judging the capability.</numerusform>
            <numerusform>Out of control: %n points signalled (in red on the charts); find the cause before judging the capability.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::SpcChartView</name>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measured characteristic to chart yet: add one with its limits to an inspection plan, and the control charts appear here once it has been inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SpcCharts</name>
    <message>
        <source>CL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2
%3 = %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SpcYieldTable</name>
    <message>
        <source>First-pass yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good / made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pieces were reported in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SqliteCopy</name>
    <message>
        <source>copy the database to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite connection for the copy is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start copying into the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program, which holds it locked. Nothing was changed. Close Taktline everywhere this file is open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying into the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationCard</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May still report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the traveller of the work order you are making.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step made %1 good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationCommand</name>
    <message>
        <source>The machine this tablet is fixed to (default: the setting &quot;station/machine&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the shop-floor station full screen. The operator signs in by scanning a badge, then types a PIN when Settings ▸ Station asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationFirstArticle</name>
    <message>
        <source>This step needs no first-article inspection now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article sent for inspection: an inspector scans their badge here to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read whether the employee is an inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an inspector&apos;s badge opens the first-article inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your PIN and press OK to inspect the first article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article passed: good quantity is accepted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First article failed: no good quantity yet. Correct the set-up and send a new first article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationJob</name>
    <message>
        <source>This operation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is on hold: ask the supervisor to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: no more production can be reported on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step %2 %3: %4 of %5 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 per piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the traveller first: which operation was made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already counted: the same report was saved moments ago and is not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: %1 good, %2 defective, %3 rework on %4 step %5. Done %6 of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lot %1 is recorded with the next reports (the product has no bill of materials, so no quantity is taken from the lot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lot %1: %2 per piece, %3 left. It is fed with the next reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already passed step %2: it is not counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the defect reason for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed step %2 and is counted defective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed step %2 on re-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is fitted into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationMove</name>
    <message>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its latest step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1: scan the traveller, a lot or a serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1: type how many pieces and press Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place has the code %1. Ask the supervisor to add it under Master data ▸ Places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 is deactivated: nothing can be moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1 %2: scan the traveller, a lot or a serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece %1 moved to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2: type how many pieces and press Move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the place&apos;s LOC: label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan what moves first: the traveller, a lot or a serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces of %2 moved to %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has %2 pieces: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationPage</name>
    <message>
        <source>Touch to choose the operator from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch to choose the machine from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code + Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code with the tablet&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station belongs to machine %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator
Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator
%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine
Scan the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine
%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationPickDialog</name>
    <message>
        <source>Choose the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a line, or type the code and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationPinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station PIN of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Settings ▸ Station asks for a PIN after the badge, the employee types this PIN at the station after scanning the badge. Five wrong PINs lock the badge for a few minutes; a new PIN lifts the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee has a station PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee has no station PIN yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationPinService</name>
    <message>
        <source>A PIN has %1 to %2 digits, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (one digit repeated or a straight run like 1234). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 digits; not 0000 or 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this badge is locked at this station. Try again in %n minute(s), or ask the supervisor to set a new PIN.</source>
        <translation>
            <numerusform>Too many wrong PINs: this badge is locked at this station. Try again in %n minute, or ask the supervisor to set a new PIN.</numerusform>
            <numerusform>Too many wrong PINs: this badge is locked at this station. Try again in %n minutes, or ask the supervisor to set a new PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>This badge has no station PIN yet. Ask the supervisor to set one under Master data ▸ Employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) lock this badge.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN locks this badge.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs lock this badge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::StationSession</name>
    <message>
        <source>Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the machine&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the traveller (work order or operation code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantities and press Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee has the badge %1. Ask the supervisor to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (badge %2) is deactivated and cannot sign in at the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station belongs to machine %1; it cannot report for another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is deactivated: no production can be reported on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the machine&apos;s code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the traveller first: which operation starts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 is down: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was signed out: the station stood idle. Scan your badge to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN and press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN first, or scan another badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (badge %2) has no station PIN yet and cannot sign in while the factory asks for PINs. Ask the supervisor to set one under Master data ▸ Employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your PIN and press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StationSettingsBox</name>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the operator scans the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-report tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-scan window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle sign-out after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet&apos;s machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages only for approved reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece-rate wages count a report only after a supervisor approved it under Work orders ▸ Reports…. Progress counts it at once either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations ask for a PIN after the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that no one reports under a colleague&apos;s badge: after the badge scan the operator types a PIN. Set each employee&apos;s PIN under Master data ▸ Employees ▸ Station PIN…; a badge without one cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The station settings are saved. %n active employee(s) have no PIN yet and cannot sign in at a station until one is set under Master data ▸ Employees.</source>
        <translation>
            <numerusform>The station settings are saved. %n active employee has no PIN yet and cannot sign in at a station until one is set under Master data ▸ Employees.</numerusform>
            <numerusform>The station settings are saved. %n active employees have no PIN yet and cannot sign in at a station until one is set under Master data ▸ Employees.</numerusform>
        </translation>
    </message>
    <message>
        <source>An andon call nobody has acknowledged after this time is shown louder on every station, the Machines page and the wall board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andon escalates after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::StopReasonDialog</name>
    <message>
        <source>Give the stop a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%n min)</source>
        <translation>
            <numerusform>%1: %2 – %3 (%n min)</numerusform>
            <numerusform>%1: %2 – %3 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1, no reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1, reason %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is saved as a correction with your name; the station&apos;s record of the stop stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for this stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractNote</name>
    <message>
        <source>Choose the subcontract orders to print on the delivery note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One delivery note goes to one supplier: %1 and %2 are sent to different suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start drawing delivery note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start page %1 of delivery note %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish delivery note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract delivery note %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractOrdersModel</name>
    <message>
        <source>Late: due back on %1, %2 still at the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short: %1 came back, %2 still awaited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off as never coming back, or still awaited after a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supplier is paid: good pieces × unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractReceiveDialog</name>
    <message>
        <source>Receive from supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 · back %2 good, %3 defective · written off %4 · &lt;b&gt;open %5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces that will never come back: written off, closing that part of the order. Leave 0 while the rest is still awaited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supplier said, damage, paperwork…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (written off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractReport</name>
    <message>
        <source>read the subcontract orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the subcontract orders per supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract orders sent in the period, with everything that came back so far. Cost = good pieces × unit price; late: pieces still at the supplier after the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractRepository</name>
    <message>
        <source>read the subcontracted step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the subcontract orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the subcontract order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the subcontract order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractScan</name>
    <message>
        <source>The step is not part of work order %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no subcontracted step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 has no pieces to send now: the step before has not made them yet, or all were sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractSendDialog</name>
    <message>
        <source>Send to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1: what the step before has made and was not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle, packaging, special instructions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractService</name>
    <message>
        <source>Enter how many pieces are sent: more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces in one batch is not plausible. Check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per piece is not plausible. Check the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is in the past. Choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge belongs to no active employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is not outsourced: it is done on a machine here, not sent to a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is outsourced but has no supplier. Choose its supplier in the routing or the work order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier of step %1 was removed or deactivated. Choose another supplier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is not released or running: nothing of it can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 pieces of step %2 can be sent now (the previous step&apos;s good pieces minus what was sent); %3 is too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities cannot be negative. Enter the good, defective and short pieces as counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces is not plausible. Check the quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what came back: good, defective or short pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subcontract order %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 pieces of %2 are still at the supplier; %3 back is more than that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractView</name>
    <message>
        <source>Nothing was sent to a supplier yet. Scan a subcontracted step&apos;s OP: code from its traveller to send a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subcontract order in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back before today and still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something came back, the rest is still awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan OP:… or WO:… to send or receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send another batch of the chosen order&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery note of the chosen orders of one supplier, with a QR code per line for receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2 as %3. Print its delivery note to go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on %1: %2 still awaited from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on %1: the order is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the step&apos;s OP: code from its traveller, or choose an order of the step to send another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pieces to send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save delivery note as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncApplier</name>
    <message>
        <source>look for conflicts between devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the changes of other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of other devices are already being applied on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of other devices has no valid clock (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember how far this device has received changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of other devices names no synced table (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a change of %1 from another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a record of %1 from another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of other devices cannot be applied now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncBinding</name>
    <message>
        <source>This file belongs to the factory &quot;%1&quot;, but the login &quot;%2&quot; is a device of the factory &quot;%3&quot; on the server. Nothing was sent. Use this factory&apos;s own login, or a new, empty file for the other factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already holds work of its own (parts, machines or work orders), and the factory &quot;%1&quot; on the server already holds another device&apos;s work. Taktline does not mix two factories: nothing was sent. Start this device with a new, empty file to join &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the device code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncCommand</name>
    <message>
        <source>Sync: not set up; this file works on its own. Queued changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (TLS: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued changes: %1 (reports: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device now syncs with %1. Run &quot;taktline sync&quot; to send and fetch the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: it is read from %1 at every sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no sync server set up. Set one up with &quot;taktline sync --connect INVITE&quot; or in Settings ▸ Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with %1; changes still queued: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs one sync round with the factory&apos;s sync server: sends this device&apos;s queued changes and fetches the other devices&apos;. For Windows Task Scheduler or cron. Exit code 0: synced; 1: the server cannot be reached (the changes wait); 2: wrong arguments; 3: no sync server is set up; 4: the server refused (password, clock, revoked login, …). The password comes from the credential store, or from the environment variable %1 where there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is queued and how the last sync went; sync nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --status: print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this device up from the invitation &quot;taktline cloud add-device&quot; printed (&quot;-&quot; reads it from standard input, keeping the password out of the shell history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with --status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status and --connect cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncConnection</name>
    <message>
        <source>This is not a Taktline sync invitation: it should start with &quot;taktline-sync:?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync invitation is incomplete: %1 is missing. Make a new one with &quot;taktline cloud add-device&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync invitation names port &quot;%1&quot;, which is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync invitation asks for the encryption &quot;%1&quot;; Taktline knows verify-full, require and disable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncController</name>
    <message>
        <source>Enter the server, the database and this device&apos;s login (they are on the invitation the owner printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this device&apos;s sync password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the sync server as a device of the factory &quot;%1&quot; (device code %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncEngine</name>
    <message>
        <source>This device is not connected to a sync server. Set one up in Settings ▸ Sync, or with &quot;taktline sync --connect&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the sync server was cut (test).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncIndicator</name>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::SyncOpCodec</name>
    <message>
        <source>The sync server sent a change Taktline cannot read (%1). Nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of %1 differs from its row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of %1.%2 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of %1.%2 is no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of %1.%2 is neither text, number nor empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of %1 without %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 without any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 without a valid row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting kept per device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 of the wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 with an invalid clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 without its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 with an invalid chain hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 without its server sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 without a valid device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pushed change names its sequence or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no list of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no valid cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not say whether more follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s time is no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of changes left is no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes out of their server order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncOutbox</name>
    <message>
        <source>read the changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the changes the server has received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue the whole factory for its first upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncPanel</name>
    <message>
        <source>Paste invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the invitation the owner made for this device (it starts with taktline-sync:):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read QR code from picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner makes an invitation for each device: in Settings ▸ Sync on the office PC, or with &quot;taktline cloud add-device&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.10 or db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the computer&apos;s own certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the picture of the invitation&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s credential store; type it again to save a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation filled in the server for %1. Press Test connection, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, the database and the device login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the device&apos;s password, or paste its invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is saved. This device syncs with it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncServer</name>
    <message>
        <source>The PostgreSQL driver for Qt is missing, so Taktline cannot reach a sync server. Reinstall Taktline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 refused the login &quot;%2&quot;: the password is wrong, or the login does not exist there. Enter the device&apos;s password again (the owner can print a new invitation with &quot;taktline cloud add-device&quot;). Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 does not offer an encrypted connection (TLS), and this device requires one. Set up TLS on the server (see cloud/README.md), or choose &quot;no encryption&quot; only for a server on this computer. Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 could not prove it is the right server: its certificate does not match its name or is not signed by %2. Nothing was sent. Check the server name and the CA file with whoever set up the server. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Check the database name in Settings ▸ Sync. Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 does not let this computer in with the login &quot;%2&quot; (its pg_hba.conf has no entry for it). Ask whoever set up the server. Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 cannot be reached: it is switched off, not running, or the network is down. Work goes on here; the changes wait and are sent when it is back. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is about %n minute(s) ahead of the sync server&apos;s, so the server refused its changes (more than 5 minutes would let its edits win over later ones). Set the date and time of this device right (automatic time), then sync again. Nothing queued is lost.</source>
        <translation>
            <numerusform>This device&apos;s clock is about %n minute ahead of the sync server&apos;s, so the server refused its changes (more than 5 minutes would let its edits win over later ones). Set the date and time of this device right (automatic time), then sync again. Nothing queued is lost.</numerusform>
            <numerusform>This device&apos;s clock is about %n minutes ahead of the sync server&apos;s, so the server refused its changes (more than 5 minutes would let its edits win over later ones). Set the date and time of this device right (automatic time), then sync again. Nothing queued is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server %1 no longer accepts the login &quot;%2&quot;: it was revoked or is not a device of a factory there. Ask the owner for a new invitation. Work goes on here; nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already used by another device on the sync server %2. Each device needs its own login: ask the owner for a new invitation for this one (&quot;taktline cloud add-device&quot;). Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 refused the changes as malformed (%2). Nothing queued is lost; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not a Taktline sync server (it has no Taktline sync functions for the login &quot;%2&quot;). Check the database name, or set it up with &quot;taktline cloud init&quot;. Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the sync server %1 was lost while trying to %2. Work goes on here; the changes wait and are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 could not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the sync server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 gave an answer Taktline cannot read while trying to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greet it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 runs a newer Taktline sync (version %2; this app knows up to %3). Update Taktline on this device, then sync again. Nothing queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take this device&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the other devices&apos; changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncState</name>
    <message>
        <source>save the sync settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::SyncText</name>
    <message>
        <source>This PC only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync server is set up: this PC keeps the whole factory on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the server now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here go to the server in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached since %1. Work goes on here and nothing is lost; changes wait until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>changes waiting (reports among them)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s): see Conflicts.</source>
        <translation>
            <numerusform>%n open conflict: see Conflicts.</numerusform>
            <numerusform>%n open conflicts: see Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n report(s) waiting to sync</source>
        <translation>
            <numerusform>Offline, %n report waiting to sync</numerusform>
            <numerusform>Offline, %n reports waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not syncing, %n report(s) waiting — tell the office</source>
        <translation>
            <numerusform>Not syncing, %n report waiting — tell the office</numerusform>
            <numerusform>Not syncing, %n reports waiting — tell the office</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the factory: %1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server not checked (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended. The connection is encrypted and Taktline checks that it talks to your server, with the CA file below or the computer&apos;s own certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, but anyone who can pose as your server could read the factory&apos;s data. Use it only on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything travels readable. Only for a server on this PC or a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same code created twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reported past its quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot fed past its stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial shipped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash chain differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceExport</name>
    <message>
        <source>Trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a code first: there is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a code first: there is nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the trace of %1 (%n row(s)) to %2.</source>
        <translation>
            <numerusform>Exported the trace of %1 (%n row) to %2.</numerusform>
            <numerusform>Exported the trace of %1 (%n rows) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save trace report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace report of %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceLookup</name>
    <message>
        <source>Scan or type a code to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a material lot and a production lot: choose forward or backward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 in this shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this factory has the code %1: no work order, production lot, material lot, serial number or shipment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceReportDocument</name>
    <message>
        <source>Trace report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity / result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline traceability · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start drawing the trace report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start page %1 of the trace report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the trace report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceRepository</name>
    <message>
        <source>read the material lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the material lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number %1 is already used by another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the material lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lot&apos;s block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the material lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lot movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lot&apos;s stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work orders of the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the material fed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the material lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceService</name>
    <message>
        <source>Scan or type a lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the material of the lot: the product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material %1 is deactivated: no lot of it can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received quantity must be a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in one lot is not plausible. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot expires on %1, before it was received on %2. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number %1 cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lot is blocked: the reason is shown to whoever scans it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lot is released again: the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is already blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how much of lot %1 was fed: a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge first: feeding lot %1 needs the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 cannot be fed: the machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of lot %2 is left; %3 cannot be fed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is used up: nothing of it is left to feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the production lot of work order %2. Give the material lot a number of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot has been fed or corrected since it was received, so its receipt cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceText</name>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished-goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <extracomment>Trace in the natural direction of the code scanned (自动).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production report(s)</source>
        <translation>
            <numerusform>%n production report</numerusform>
            <numerusform>%n production reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material feed(s)</source>
        <translation>
            <numerusform>%n material feed</numerusform>
            <numerusform>%n material feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial(s)</source>
        <translation>
            <numerusform>%n serial</numerusform>
            <numerusform>%n serials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial step(s)</source>
        <translation>
            <numerusform>%n serial step</numerusform>
            <numerusform>%n serial steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished-goods receipt(s)</source>
        <translation>
            <numerusform>%n finished-goods receipt</numerusform>
            <numerusform>%n finished-goods receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts of the summary line (&quot;3 work orders, 5 lots&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n marked in red</source>
        <translation>
            <numerusform> · %n marked in red</numerusform>
            <numerusform> · %n marked in red</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceTimeline</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceTreeModel</name>
    <message>
        <source>Double-click to trace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceWorkbook</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Sheet name of a trace export: the direction and the code traced.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TraceabilityPage</name>
    <message>
        <source>Genealogy</source>
        <extracomment>The genealogy tab (追溯): what went into a code and where it went.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <extracomment>The material lots tab (批次).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <extracomment>The shipments tab (发货): finished goods received and shipped to customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TravellerDocument</name>
    <message>
        <source>The work order has no number yet. Save it, then print its traveller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 has no operations yet. Release it to copy the product&apos;s routing, then print its traveller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. time (s/pc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The traveller of %1 has %n page(s).</source>
        <translation>
            <numerusform>The traveller of %1 has %n page.</numerusform>
            <numerusform>The traveller of %1 has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start drawing the traveller of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start page %1 of the traveller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the traveller of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::TravellerOutput</name>
    <message>
        <source>Save traveller as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print traveller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the traveller of %1. Check that it is on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller of %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::UndoCommands</name>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::UserRepository</name>
    <message>
        <source>read the user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::UsersPanel</name>
    <message>
        <source>Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 can now sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::VerifyCommand</name>
    <message>
        <source>Checks the hash chain over the recorded facts (reports, approvals, machine status, lot movements, serials, receipts, shipments, audit log): that none was changed, deleted or added outside Taktline, and that the triggers protecting them are in place. The file is only read. Exit code 0: the chain holds; 1: it does not, or the file cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash chain is broken. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more problems were found; --json lists them.</source>
        <translation>
            <numerusform>%n more problem was found; --json lists it.</numerusform>
            <numerusform>%n more problems were found; --json lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this file as it is for the investigation, and compare it with your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hash chain holds: %1 facts in %2 links from %n device(s); none was changed, deleted or added outside Taktline.</source>
        <translation>
            <numerusform>The hash chain holds: %1 facts in %2 links from %n device; none was changed, deleted or added outside Taktline.</numerusform>
            <numerusform>The hash chain holds: %1 facts in %2 links from %n devices; none was changed, deleted or added outside Taktline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::WageLinesModel</name>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No piece rate of %1 / %2 is valid on this day: add one in the rate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (¥/piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages count only approved reports: this one pays nothing until a supervisor approves it under Work orders ▸ Reports….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WageService</name>
    <message>
        <source>read the piece rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product the rate is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the operation the rate is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece rate must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per piece is not plausible. Check the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date from which the rate applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piece rate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the wage deductions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WageTotalsModel</name>
    <message numerus="yes">
        <source>%n report(s) of this employee have no piece rate for their day: their pieces earn nothing until a rate is added in the rate table.</source>
        <translation>
            <numerusform>%n report of this employee has no piece rate for their day: their pieces earn nothing until a rate is added in the rate table.</numerusform>
            <numerusform>%n reports of this employee have no piece rate for their day: their pieces earn nothing until a rate is added in the rate table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of this employee await a supervisor&apos;s approval: their pieces earn nothing until they are approved.</source>
        <translation>
            <numerusform>%n report of this employee awaits a supervisor&apos;s approval: their pieces earn nothing until they are approved.</numerusform>
            <numerusform>%n reports of this employee await a supervisor&apos;s approval: their pieces earn nothing until they are approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WageWorkbook</name>
    <message>
        <source>%1 (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WagesPanel</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production reports with good pieces in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reports of %1 %2: %n line(s)</source>
        <translation>
            <numerusform>Reports of %1 %2: %n line</numerusform>
            <numerusform>Reports of %1 %2: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total for %n employee(s): %1 good pieces, %2</source>
        <translation>
            <numerusform>Total for %n employee: %1 good pieces, %2</numerusform>
            <numerusform>Total for %n employees: %1 good pieces, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n report(s) without a piece rate earn nothing yet</source>
        <translation>
            <numerusform>⚠ %n report without a piece rate earn nothing yet</numerusform>
            <numerusform>⚠ %n reports without a piece rate earn nothing yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Wages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the totals of %n employee(s) to %1 and their %2 report lines to %3.</source>
        <translation>
            <numerusform>Exported the totals of %n employee to %1 and their %2 report lines to %3.</numerusform>
            <numerusform>Exported the totals of %n employees to %1 and their %2 report lines to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings ▸ Station: wages count only reports a supervisor approved. Approve them under Work orders ▸ Reports….</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n report(s) awaiting approval earn nothing yet</source>
        <translation>
            <numerusform>⚠ %n report awaiting approval earn nothing yet</numerusform>
            <numerusform>⚠ %n reports awaiting approval earn nothing yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::WagesReport</name>
    <message>
        <source>find the reports of the machines asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no piece rate valid that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece-rate wages as the wages page counts them: good pieces of the reports that stand × the piece rate valid on the report&apos;s day; a report without a rate, or waiting for a required approval, earns nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports without a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priced lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduction for nonconformance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkCalendar</name>
    <message>
        <source>The calendar has no working time: it needs at least one shift and one working weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift needs a valid start and end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift %1 has no length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shifts %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be both a day off and an extra working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored working calendar is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored working calendar uses the time zone &quot;%1&quot;, which this computer does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrder</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderDetail</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a work order to see its operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print traveller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or print the sheet that goes with the parts, with a QR code for the order and each operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A traveller lists the order&apos;s operations: release the work order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned to end after the due date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s per piece × %2 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production reports of this order: who reported what, voided and approved reports. Double-click a step for its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are made against the order&apos;s operations: release the work order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Materials (%n short)</source>
        <translation>
            <numerusform>Materials (%n short)</numerusform>
            <numerusform>Materials (%n short)</numerusform>
        </translation>
    </message>
    <message>
        <source>Void order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void work order %1? It cannot be produced or reported any more; what was reported stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces by place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Save anyway” to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product and the quantity to see when it could ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken normally it ships after the due date; as a rush order it would be on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ships after the due date, even as a rush order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time only if the missing material arrives in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderImport</name>
    <message>
        <source>Not one of the choices: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order number may hold letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned quantity must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same work order number is also on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 was removed. Give the order a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is already %2: change it in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is already %2, so the import can no longer be taken back. Change the order in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not edit work orders, so you cannot import them. Ask the owner or a planner for the right to edit work orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderListModel</name>
    <message>
        <source>WO No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderRepository</name>
    <message>
        <source>read the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the work-order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 was changed in another window or by another user while you edited it. Your change was not saved; the latest version is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the machine queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation does not exist (any more): its work order&apos;s operations may have been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderService</name>
    <message>
        <source>The due date %1 is in the past: the order will show as overdue at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product cannot change once production has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: its operations can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order number “%1” cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: only a draft can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderStateMachine</name>
    <message>
        <source>The work order is closed; nothing more can change. Create a new work order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order is cancelled; nothing more can change. Create a new work order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be released; this work order is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the work order before production starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order that is %1 cannot start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a work order in progress can be put on hold; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a work order on hold can resume; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a work order in progress can be completed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed work order can be closed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order in progress cannot be cancelled. Put it on hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 work order cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrdersCommand</name>
    <message>
        <source>Lists the work orders, by due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this state: draft, released, in_progress, on_hold, completed, closed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrdersPage</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WO No., lot or sales order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order created as a draft. Release it to copy the routing and plan its operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work orders yet. Make the first with New work order…: it needs a product with a routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders from an Excel or CSV file, checked before anything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontracting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::WorkspaceHost</name>
    <message>
        <source>Taktline cannot open the factory file again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was before the restore is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1 The factory file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored. The file as it was before is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::XlsxTableExporter</name>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in Excel, close it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::ZplWriter</name>
    <message>
        <source>The code &apos;%1&apos; has characters a ZPL barcode cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zebra-compatible printers print at 203, 300 or 600 dpi, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer at %1 did not answer within %2 seconds. Check that it is switched on and on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the label printer at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels could not be sent to the printer at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderRules</name>
    <message>
        <source>Choose the product to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is deactivated. Activate it or choose another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned quantity must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned quantity of more than %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long: at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the number of a material lot. Give the production lot a number of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order needs at least one operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): the standard time must be greater than zero seconds per piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2) needs a machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): machine %3 is deactivated. Choose an active machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 has no routing. Add its operations under Master data ▸ Routings, then release again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2) is outsourced and needs a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2): the subcontract price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
