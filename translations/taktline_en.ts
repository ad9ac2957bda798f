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
</context>
<context>
    <name>Taktline::ChangeMasterFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::CommandLine</name>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation type="unfinished"></translation>
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
        <source>Demo factory created in %1: 12 machines in 3 workshops, 40 products with routings, 25 employees, reason codes, %2 work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production reports (--reports) are added once the station exists.</source>
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
    <name>Taktline::EditWorkOrderCommand</name>
    <message>
        <source>Edit work order %1</source>
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
    <name>Taktline::GuiCommand</name>
    <message>
        <source>Taktline: work orders, machines and traceability for small factories.
Commands: demo, screenshot (each has --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taktline cannot open the database</source>
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
</context>
<context>
    <name>Taktline::MachineCard</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, stopped and set-up will show here once operators report from the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  runs %2 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load, next 7 days: %1 h of %2 h (%3 %)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::MachineComboDelegate</name>
    <message>
        <source>(any machine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MachinesPage</name>
    <message>
        <source>No active machines. Add machines under Master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load is planned working hours in the next 7 days against the working calendar × capacity. Live status (running, stopped, set-up) comes from shop-floor reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n machine(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop</source>
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
        <source>Planned stop</source>
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
        <source>Export to Excel…</source>
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
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataPage</name>
    <message>
        <source>Routings</source>
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
    <name>Taktline::MoveOperationCommand</name>
    <message>
        <source>Move %1</source>
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
    <name>Taktline::OwnerSetupDialog</name>
    <message>
        <source>Set up your factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new factory database. Create the owner&apos;s account: the owner may do everything, including adding the other users.</source>
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
        <source>Create owner account</source>
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
</context>
<context>
    <name>Taktline::PlaceholderPage</name>
    <message>
        <source>Coming next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s factory at a glance: output against plan, machines running or stopped, and orders at risk of missing their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders from release to closing, with their operations, progress from production reports, rush orders and the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine&apos;s live status, current job, queue and load for the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop-floor station for tablets: scan badge, machine and traveller, then report good and defective quantities with big buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward and backward genealogy of lots and serial numbers: which material, machine, operator and time made each unit, and where it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily and monthly production reports, OEE and piece-rate wages, exported to Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output today by workshop and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines down and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and urgent work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, release, hold, complete and close work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print travellers with QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch board and Gantt chart with rush-order insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running / idle / set-up / down / maintenance, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current operation, rate per hour and estimated finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime today and load against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-mode and camera barcode scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause and finish with three touches or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double scans recognised and never counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by any code: work order, lot or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material lots, serial numbers and shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels for every scanner, export to Excel and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily production report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine utilisation and OEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece-rate wage report per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not built yet; nothing here changes your data.</source>
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
        <source>Search products…</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already late finish later still.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Renders a page offscreen and saves it as PNG. PAGE is one of dashboard, workorders, machines, station, traceability, reports, masterdata[/TAB], settings, login.</source>
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
        <source>Sign in with this role (default owner).</source>
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
        <source>Cannot write %1.</source>
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
</context>
<context>
    <name>Taktline::SettingsService</name>
    <message>
        <source>The factory name can have at most 80 characters.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller %1</source>
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
        <source>Seconds per piece</source>
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
        <source>Planned start → end</source>
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
        <source>Save traveller as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
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
</context>
<context>
    <name>Taktline::WorkOrderService</name>
    <message>
        <source>The due date %1 is in the past: the order will show as overdue at once.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Work order %1 is %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product cannot change once production has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 has no routing. Add its operations under Master data ▸ Routings, then release again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2: its operations can no longer change.</source>
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
</TS>
