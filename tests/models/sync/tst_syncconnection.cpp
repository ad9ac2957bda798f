// The sync invitation `taktline cloud add-device` prints and shows as a QR code: everything a
// device needs survives the round trip, odd characters included, and a wrong or incomplete
// text is refused saying what is wrong.
#include "domain/sync/syncconnection.h"

#include <QTest>

using namespace Taktline;

class TstSyncConnection : public QObject
{
    Q_OBJECT
private slots:
    void inviteRoundTrip();
    void inviteIsPercentEncoded();
    void wrongSchemeIsRefused();
    void missingFieldIsNamed();
    void badPortAndTlsAreRefused();
};

void TstSyncConnection::inviteRoundTrip()
{
    SyncConnection c;
    c.host = QStringLiteral("pgm-abc.pg.rds.aliyuncs.com");
    c.port = 1921;
    c.database = QStringLiteral("工厂 sync");
    c.login = QStringLiteral("tl_tablet_1a2b3c4d");
    c.tls = SyncConnection::Tls::Require;
    const QString secret = QStringLiteral("p&ss=w?rd #%+/ 密");
    QString password;
    const auto back = SyncConnection::fromInvite(c.toInvite(secret), &password);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().host, c.host);
    QCOMPARE(back.value().port, 1921);
    QCOMPARE(back.value().database, c.database);
    QCOMPARE(back.value().login, c.login);
    QCOMPARE(back.value().tls, SyncConnection::Tls::Require);
    QCOMPARE(password, secret);
    for (const auto tls : {SyncConnection::Tls::Disable, SyncConnection::Tls::VerifyFull}) {
        c.tls = tls;
        QCOMPARE(SyncConnection::fromInvite(c.toInvite(secret), nullptr).value().tls, tls);
    }
}

void TstSyncConnection::inviteIsPercentEncoded()
{
    SyncConnection c;
    c.host = QStringLiteral("10.0.0.5");
    c.database = QStringLiteral("taktline");
    c.login = QStringLiteral("tl_a");
    const QString invite = c.toInvite(QStringLiteral("a&b c"));
    QCOMPARE(invite, QStringLiteral("taktline-sync:?host=10.0.0.5&port=5432&db=taktline&login=tl_a"
                                    "&password=a%26b%20c&tls=verify-full"));
    // A scanner or a paste may add spaces or a line end around it.
    QVERIFY(
        SyncConnection::fromInvite(QStringLiteral("  ") + invite + QStringLiteral("\r\n"), nullptr)
            .ok());
}

void TstSyncConnection::wrongSchemeIsRefused()
{
    const auto refused = SyncConnection::fromInvite(
        QStringLiteral("postgresql://tl_a:secret@10.0.0.5/taktline"), nullptr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("This is not a Taktline sync invitation: it should "
                                             "start with \"taktline-sync:?\"."));
    QVERIFY(!SyncConnection::fromInvite(QStringLiteral("WO:WO-1"), nullptr).ok());
}

void TstSyncConnection::missingFieldIsNamed()
{
    const auto refused = SyncConnection::fromInvite(
        QStringLiteral("taktline-sync:?host=h&db=d&password=p"), nullptr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("The sync invitation is incomplete: the device login "
                                             "is missing. Make a new one with \"taktline cloud "
                                             "add-device\"."));
    QVERIFY(
        SyncConnection::fromInvite(QStringLiteral("taktline-sync:?host=h&db=d&login=l"), nullptr)
            .error()
            .contains(QLatin1String("the password")));
}

void TstSyncConnection::badPortAndTlsAreRefused()
{
    QVERIFY(SyncConnection::fromInvite(
                QStringLiteral("taktline-sync:?host=h&port=99999&db=d&login=l&password=p"), nullptr)
                .error()
                .contains(QLatin1String("not a port number")));
    QVERIFY(SyncConnection::fromInvite(
                QStringLiteral("taktline-sync:?host=h&db=d&login=l&password=p&tls=maybe"), nullptr)
                .error()
                .contains(QLatin1String("\"maybe\"")));
}

QTEST_GUILESS_MAIN(TstSyncConnection)
#include "tst_syncconnection.moc"
