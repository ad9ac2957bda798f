// `taktline cloud …` run as a factory owner would: init twice, add-device prints a login that
// signs in and an invitation (also as a QR code that decodes to it), revoke-device locks it
// out; a missing password variable and a wrong password are refused with exit codes 2 and 1.
#include "barcode/barcodeimage.h"
#include "pgtestserver.h"
#include "storage/database.h"
#include "syncwire.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::PgTest;

class TstCloudCommands : public QObject
{
    Q_OBJECT
private slots:
    void initAddRevokeThroughTheCommand();
    void passwordNeverOnTheCommandLine();
};

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cloud(const QStringList &args, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PGPASSWORD"})
        env.remove(QString::fromLatin1(name));
    if (!password.isNull())
        env.insert(QStringLiteral("TL_ADMIN_PW"), password);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAKTLINE_EXECUTABLE), QStringList{QStringLiteral("cloud")} + args);
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QStringList serverOptions(const PgTestDatabase &pg)
{
    return {QStringLiteral("--host"),         pg.info().host,
            QStringLiteral("--port"),         QString::number(pg.info().port),
            QStringLiteral("--dbname"),       pg.name(),
            QStringLiteral("--user"),         pg.info().adminUser,
            QStringLiteral("--password-env"), QStringLiteral("TL_ADMIN_PW"),
            QStringLiteral("--tls"),          QStringLiteral("disable")};
}

QString field(const QString &out, const QString &label)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s+(\\S+)$").arg(label),
                                  QRegularExpression::MultilineOption);
    return line.match(out).captured(1);
}

} // namespace

void TstCloudCommands::initAddRevokeThroughTheCommand()
{
    PgTestDatabase pg(false);
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString password = pg.info().adminPassword;
    for (int i = 0; i < 2; ++i) {
        const Run init = cloud(QStringList{QStringLiteral("init")} + serverOptions(pg), password);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QLatin1String("is ready (schema version 1)")),
                 qPrintable(init.out));
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("factory.sqlite"));
    QString factoryId;
    {
        const auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        factoryId = db.value()->deviceId();
    }
    const QString qr = dir.filePath(QStringLiteral("tablet.png"));
    const Run add =
        cloud(QStringList{QStringLiteral("add-device"), QStringLiteral("Lathe tablet"),
                          QStringLiteral("--db"), file, QStringLiteral("--qr-out"), qr} +
                  serverOptions(pg),
              password);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(add.out.contains(QLatin1String("as device A.")), qPrintable(add.out));
    const QString login = field(add.out, QStringLiteral("Login"));
    const QString devicePassword = field(add.out, QStringLiteral("Password"));
    const QString invite = field(add.out, QStringLiteral("Invitation"));
    QVERIFY2(!login.isEmpty() && devicePassword.size() >= 32, qPrintable(add.out));
    QCOMPARE(field(add.out, QStringLiteral("Database")), pg.name());
    QCOMPARE(field(add.out, QStringLiteral("Encryption")), QStringLiteral("disable"));

    // The QR code holds the invitation; the invitation holds the login and password.
    const auto decoded = BarcodeImage::decode(QImage(qr));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), invite);
    QString invitedPassword;
    const auto connection = SyncConnection::fromInvite(invite, &invitedPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    QCOMPARE(connection.value().login, login);
    QCOMPARE(invitedPassword, devicePassword);

    // The login signs in and belongs to the factory of the file.
    WireDevice tablet;
    tablet.db = pg.connect(login, devicePassword);
    const QJsonObject hello = tablet.hello();
    QVERIFY2(!hello.isEmpty(), qPrintable(tablet.error));
    QCOMPARE(hello.value(QStringLiteral("tenant")).toString(), factoryId);
    tablet.db.close();

    const Run list = cloud(QStringList{QStringLiteral("devices")} + serverOptions(pg), password);
    QVERIFY2(list.exitCode == 0 && list.out.contains(QLatin1String("Lathe tablet")),
             qPrintable(list.out + list.err));

    const Run revoke =
        cloud(QStringList{QStringLiteral("revoke-device"), QStringLiteral("Lathe tablet")} +
                  serverOptions(pg),
              password);
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
    QVERIFY(!pg.connect(login, devicePassword).isOpen());
    const Run again =
        cloud(QStringList{QStringLiteral("revoke-device"), QStringLiteral("Milling tablet")} +
                  serverOptions(pg),
              password);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("no device named \"Milling tablet\"")),
             qPrintable(again.err));
}

void TstCloudCommands::passwordNeverOnTheCommandLine()
{
    PgTestDatabase pg(false);
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const Run unset = cloud(QStringList{QStringLiteral("init")} + serverOptions(pg), QString());
    QCOMPARE(unset.exitCode, 2);
    QVERIFY2(unset.err.contains(QLatin1String("TL_ADMIN_PW")), qPrintable(unset.err));
    const Run wrong =
        cloud(QStringList{QStringLiteral("init")} + serverOptions(pg), QStringLiteral("nope"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("refused the login or its password")),
             qPrintable(wrong.err));
    const Run option = cloud(
        {QStringLiteral("init"), QStringLiteral("--password"), QStringLiteral("x")}, QString());
    QCOMPARE(option.exitCode, 2);
}

QTEST_GUILESS_MAIN(TstCloudCommands)
#include "tst_cloudcommands.moc"
