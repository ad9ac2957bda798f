#pragma once

#include <QString>

class QWidget;

namespace Taktline {

class MainWindow;
class Workspace;

// `taktline screenshot import`: the import dialog over the master-data page with a dry run of a
// small products file written to FOLDER that has problems (a code twice, a name left blank, an
// unknown unit), so the counts and the problems table show.
QWidget *openShowcaseImport(MainWindow &window, Workspace &workspace, const QString &folder);

// `taktline screenshot reports/centre`: the report centre showing yesterday's daily report.
void showShowcaseReportCentre(MainWindow &window);

} // namespace Taktline
