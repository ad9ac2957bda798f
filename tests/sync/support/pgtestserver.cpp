#include "pgtestserver.h"

#include "sync/cloudadmin.h"
#include "sync/cloudadminscripts.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Taktline::PgTest {

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QSqlDatabase open(const ServerInfo &server, const QString &database, const QString &login,
                  const QString &password, QStringList *names)
{
    const QString name =
        QStringLiteral("pgtest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(database);
    db.setUserName(login);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("sslmode=disable;connect_timeout=10"));
    db.open();
    names->append(name);
    return db;
}

} // namespace

std::optional<ServerInfo> server(QString *error)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    ServerInfo info;
    const QString file = env.value(QStringLiteral("TAKTLINE_PGSERVER"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    QStringLiteral("cannot read %1 (is the pgserver fixture running?)").arg(file);
            return std::nullopt;
        }
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const auto eq = line.indexOf(QLatin1Char('='));
            const QString key = line.left(eq), value = line.mid(eq + 1);
            if (key == QLatin1String("PGHOST"))
                info.host = value;
            else if (key == QLatin1String("PGPORT"))
                info.port = value.toInt();
            else if (key == QLatin1String("PGUSER"))
                info.adminUser = value;
            else if (key == QLatin1String("PGPASSWORD"))
                info.adminPassword = value;
            else if (key == QLatin1String("PGSSLROOTCERT"))
                info.caFile = value;
        }
    } else if (env.contains(QStringLiteral("PGHOST"))) {
        info.host = env.value(QStringLiteral("PGHOST"));
        info.port = env.value(QStringLiteral("PGPORT"), QStringLiteral("5432")).toInt();
        info.adminUser = env.value(QStringLiteral("PGUSER"));
        info.adminPassword = env.value(QStringLiteral("PGPASSWORD"));
        info.caFile = env.value(QStringLiteral("PGSSLROOTCERT"));
    }
    if (info.host.isEmpty() || info.adminUser.isEmpty()) {
        if (error)
            *error = QStringLiteral("no test PostgreSQL: run the test through ctest (fixture "
                                    "pgserver) or set TAKTLINE_PGSERVER / PGHOST…");
        return std::nullopt;
    }
    return info;
}

PgTestDatabase::PgTestDatabase(bool applyCloudSql)
{
    const auto found = server(&m_error);
    if (!found)
        return;
    m_server = *found;
    m_name = QStringLiteral("tl_") + randomHex(8);
    {
        QSqlDatabase admin = open(m_server, QStringLiteral("postgres"), m_server.adminUser,
                                  m_server.adminPassword, &m_connections);
        if (!admin.isOpen()) {
            m_error = admin.lastError().text();
            return;
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            m_error = create.lastError().text();
            return;
        }
        admin.close();
    }
    if (applyCloudSql)
        applyCloud(&m_error);
}

PgTestDatabase::~PgTestDatabase()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    if (m_name.isEmpty() || m_server.host.isEmpty())
        return;
    QSqlDatabase admin = open(m_server, QStringLiteral("postgres"), m_server.adminUser,
                              m_server.adminPassword, &m_connections);
    if (admin.isOpen())
        QSqlQuery(admin).exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    admin.close();
    admin = QSqlDatabase();
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase PgTestDatabase::connectAdmin()
{
    const QMutexLocker lock(&m_mutex);
    return open(m_server, m_name, m_server.adminUser, m_server.adminPassword, &m_connections);
}

QSqlDatabase PgTestDatabase::connect(const QString &login, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    return open(m_server, m_name, login, password, &m_connections);
}

bool PgTestDatabase::applyCloud(QString *error)
{
    QSqlDatabase db = connectAdmin();
    if (!db.isOpen()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // The same SQL `taktline cloud init` applies, one statement at a time in one transaction.
    QSqlQuery query(db);
    bool ok =
        db.transaction() && query.exec(QStringLiteral("SET LOCAL client_min_messages = warning"));
    const QStringList scripts = CloudAdminScripts::cloudScripts();
    for (const QString &script : scripts) {
        for (const QString &statement : CloudAdminScripts::statements(script))
            ok = ok && query.exec(statement);
    }
    ok = ok && !scripts.isEmpty() && db.commit();
    if (!ok && error)
        *error = scripts.isEmpty() ? QStringLiteral("no cloud/*.sql in the resources")
                                   : query.lastError().text() + db.lastError().text();
    if (!ok)
        db.rollback();
    db.close();
    return ok;
}

DeviceLogin PgTestDatabase::addDevice(const QString &tenant, const QString &name,
                                      const QString &tenantName)
{
    DeviceLogin device;
    device.password = randomHex(16);
    device.tenant = tenant;
    QSqlDatabase db = connectAdmin();
    const QVariant answer =
        call(db, QStringLiteral("SELECT sync.add_device(?::uuid, ?, ?, ?)::text"),
             {tenant, tenantName, name, device.password}, &m_error);
    db.close();
    const QString text = answer.toString();
    // {"code": "A", "login": "tl_…", …}
    const auto field = [&text](const QString &key) {
        const QString marker = QLatin1Char('"') + key + QStringLiteral("\": \"");
        const auto at = text.indexOf(marker);
        if (at < 0)
            return QString();
        const auto from = at + marker.size();
        return text.mid(from, text.indexOf(QLatin1Char('"'), from) - from);
    };
    device.login = field(QStringLiteral("login"));
    device.code = field(QStringLiteral("code"));
    return device;
}

SyncConnection PgTestDatabase::connection(const DeviceLogin &device) const
{
    SyncConnection c;
    c.host = m_server.host;
    c.port = m_server.port;
    c.database = m_name;
    c.login = device.login;
    c.tls = SyncConnection::Tls::Disable;
    return c;
}

QVariant call(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error,
              QString *sqlState)
{
    QSqlQuery query(db);
    bool ok = false;
    if (values.isEmpty()) { // PostgreSQL prepares no DDL (CREATE, ALTER ROLE…)
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    if (!ok) {
        if (error) {
            *error = query.lastError().databaseText();
            if (error->isEmpty())
                *error = db.isOpen() ? query.lastError().text() : db.lastError().text();
        }
        if (sqlState)
            *sqlState = query.lastError().nativeErrorCode();
        return {};
    }
    if (error)
        error->clear();
    if (sqlState)
        sqlState->clear();
    return query.next() ? query.value(0) : QVariant(QString());
}

} // namespace Taktline::PgTest
