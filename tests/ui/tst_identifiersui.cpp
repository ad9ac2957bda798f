// The Industrial-internet identifiers group of Settings as an owner uses it: a bad enterprise
// prefix typed and saved is refused in the banner and the saved one stays; a good one is saved
// with "labels carry the identifier"; the registration file of the chosen days is written with
// the expected rows, and without a prefix the export is refused in the banner, writing nothing.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/serials/serialservice.h"
#include "services/trace/traceservice.h"
#include "settings/identifiersbox.h"
#include "settings/settingspage.h"
#include "testshop.h"
#include "testworkspace.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstIdentifiersUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badPrefixIsRefusedAndTheSavedOneKept();
    void goodPrefixIsSavedWithLabelsCarryingIt();
    void exportWritesTheChosenDays();
    void exportWithoutPrefixIsRefusedInTheBanner();
    void operatorCannotChangeThePrefix();
};

namespace {

// The Settings page in English with its identifiers group, banner and fields.
struct Page
{
    LanguageManager language;
    std::unique_ptr<SettingsPage> page;
    IdentifiersBox *box = nullptr;
    QLineEdit *prefix = nullptr;
    QCheckBox *carry = nullptr;
    QPushButton *save = nullptr;
    MessageBanner *banner = nullptr;

    explicit Page(Workspace *workspace)
    {
        language.apply(QStringLiteral("en"));
        page = std::make_unique<SettingsPage>(workspace, &language);
        page->resize(1280, 800);
        page->show();
        box = page->findChild<IdentifiersBox *>(QStringLiteral("identifiersBox"));
        prefix = page->findChild<QLineEdit *>(QStringLiteral("identifierPrefixEdit"));
        carry = page->findChild<QCheckBox *>(QStringLiteral("labelsCarryIdentifierCheck"));
        save = page->findChild<QPushButton *>(QStringLiteral("saveIdentifierButton"));
        banner = page->findChild<MessageBanner *>();
        if (!box || !prefix || !carry || !save || !banner)
            qFatal("the identifiers group is not on the Settings page");
    }
    void type(const QString &text) const
    {
        prefix->selectAll();
        QTest::keyClick(prefix, Qt::Key_Backspace);
        typeText(prefix, text);
    }
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void TstIdentifiersUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktlineTests"));
}

void TstIdentifiersUi::badPrefixIsRefusedAndTheSavedOneKept()
{
    TestWorkspace ws;
    QVERIFY(ws->settings()->setIdentifierSettings(QStringLiteral("88.118.8"), true));
    Page ui(ws.get());
    QCOMPARE(ui.prefix->text(), QStringLiteral("88.118.8"));
    QVERIFY(ui.carry->isChecked());

    ui.type(QStringLiteral("86.118.8"));
    QTest::mouseClick(ui.save, Qt::LeftButton);
    QVERIFY2(ui.banner->isVisible(), "no message shown");
    QVERIFY2(ui.banner->text().contains(QStringLiteral("86.118.8")) &&
                 ui.banner->text().contains(QStringLiteral("88")),
             qPrintable(ui.banner->text()));
    QCOMPARE(ws->settings()->identifierPrefix(), QStringLiteral("88.118.8"));

    ui.type(QStringLiteral("88.118"));
    QTest::keyClick(ui.prefix, Qt::Key_Return);
    QVERIFY2(ui.banner->text().contains(QStringLiteral("incomplete")),
             qPrintable(ui.banner->text()));
    QCOMPARE(ws->settings()->identifierPrefix(), QStringLiteral("88.118.8"));
    // Clearing the prefix while labels carry it is refused too.
    ui.type(QString());
    QTest::mouseClick(ui.save, Qt::LeftButton);
    QVERIFY2(ui.banner->text().contains(QStringLiteral("prefix is set")),
             qPrintable(ui.banner->text()));
    QCOMPARE(ws->settings()->identifierPrefix(), QStringLiteral("88.118.8"));
    QVERIFY(ws->settings()->labelsCarryIdentifier());
}

void TstIdentifiersUi::goodPrefixIsSavedWithLabelsCarryingIt()
{
    TestWorkspace ws;
    Page ui(ws.get());
    QCOMPARE(ui.prefix->text(), QString());
    QVERIFY(!ui.carry->isChecked());
    ui.type(QStringLiteral(" 88.1002.35 "));
    QTest::mouseClick(ui.carry, Qt::LeftButton);
    QVERIFY(ui.carry->isChecked());
    QTest::mouseClick(ui.save, Qt::LeftButton);
    QVERIFY2(ui.banner->text().contains(QStringLiteral("88.1002.35/LOT:")),
             qPrintable(ui.banner->text()));
    QCOMPARE(ws->settings()->identifierPrefix(), QStringLiteral("88.1002.35"));
    QCOMPARE(ws->settings()->labelIdentifierPrefix(), QStringLiteral("88.1002.35"));
    QCOMPARE(ui.prefix->text(), QStringLiteral("88.1002.35")); // shown as saved
}

void TstIdentifiersUi::exportWritesTheChosenDays()
{
    // The shop making valves on its lathe: lots received three weeks before Monday, on the next
    // day and a week after that, serials generated two days after the first lot.
    TestShop shop(TestShop::Options{.lot = false});
    QVERIFY(shop.ws->settings()->setFactoryName(QStringLiteral("精工阀门")));
    QVERIFY(shop.ws->settings()->setIdentifierSettings(QStringLiteral("88.118.8"), true));
    const QString product =
        shop.product("VB-15", "阀体, DN15", {{{}, QStringLiteral("车削"), 30, shop.lathe}});
    const QDate first = TestShop::day(-21);
    for (const auto &[lotNo, day] :
         {std::pair{"L-A", 0}, std::pair{"L-B", 1}, std::pair{"L-C", 7}}) {
        LotReceipt receipt;
        receipt.lotNo = QString::fromLatin1(lotNo);
        receipt.productId = product;
        receipt.quantity = 50;
        receipt.receivedOn = first.addDays(day);
        QVERIFY(shop.ws->trace()->receiveLot(receipt));
    }
    const QString order = shop.releasedOrder(product, 5);
    shop.setNow(QDateTime(first.addDays(2), QTime(9, 0)).toMSecsSinceEpoch());
    const QStringList serials =
        shop.ws->serials()->generate(order, QStringLiteral("VB{seq:3}"), 2).value();

    Page ui(shop.ws.get());
    ui.box->setDateRange(first, first.addDays(2));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registration.csv"));
    QVERIFY(ui.box->exportRegistration(path));
    QVERIFY2(ui.banner->text().contains(QStringLiteral("Wrote 4 identifier")),
             qPrintable(ui.banner->text()));
    const QStringList lines = readText(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("identifier,kind,productCode,productName,spec,"
                                                "lotNo,serialNo,workOrder,date,manufacturer,"
                                                "prefix")));
    QCOMPARE(lines.at(1),
             QStringLiteral("88.118.8/LOT:L-A,material_lot,VB-15,\"阀体, DN15\",,L-A,,,%1,精工阀门,"
                            "88.118.8")
                 .arg(first.toString(Qt::ISODate)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("88.118.8/LOT:L-B,material_lot,")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("88.118.8/SN:%1,serial,").arg(serials.at(0))));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("88.118.8/SN:%1,serial,").arg(serials.at(1))));
    QVERIFY(!readText(path).contains(QStringLiteral("L-C")));
}

void TstIdentifiersUi::exportWithoutPrefixIsRefusedInTheBanner()
{
    TestWorkspace ws;
    Page ui(ws.get());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registration.json"));
    QVERIFY(!ui.box->exportRegistration(path));
    QVERIFY2(ui.banner->text().contains(QStringLiteral("No enterprise prefix")),
             qPrintable(ui.banner->text()));
    QVERIFY(!QFile::exists(path));
}

void TstIdentifiersUi::operatorCannotChangeThePrefix()
{
    TestWorkspace ws(TestWorkspace::SignIn::Operator);
    Page ui(ws.get());
    QVERIFY(ui.prefix->isReadOnly());
    QVERIFY(!ui.carry->isEnabled());
    QVERIFY(!ui.save->isVisible());
}

QTEST_MAIN(TstIdentifiersUi)
#include "tst_identifiersui.moc"
