#pragma once

#include <QString>
#include <QStringList>

namespace Taktline {

// The sync server's SQL (cloud/*.sql) as built into the application, and a splitter that runs it
// one statement at a time (QPSQL reports only the first of several statements' errors).
class CloudAdminScripts final
{
public:
    // The files of cloud/, in order of their names.
    static QStringList cloudScripts();
    // A script split into its statements (dollar quotes, strings and comments respected).
    static QStringList statements(const QString &script);
};

} // namespace Taktline
