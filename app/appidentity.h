#pragma once

#include <QString>

namespace Taktline {

// Names the application for QSettings and QStandardPaths and says where factory data lives.
void setApplicationIdentity();
QString dataDirectory();          // ~/.local/share/Taktline, %LOCALAPPDATA%\Taktline
QString defaultDatabasePath();    // <data>/factory.sqlite
QString demoDatabasePath();       // <data>/demo-factory.sqlite

} // namespace Taktline
