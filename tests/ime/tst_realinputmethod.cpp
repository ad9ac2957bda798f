// The station under a real Chinese input method: fcitx5 with pinyin switched on composes what
// xdotool types into a name field (the control: the input method really works here), while the
// station's scan field and quantity box take a keyboard-mode scanner's keys as keys and the
// report lands in the database. Started by run_with_fcitx5.sh on its own Xvfb, D-Bus and fcitx5.
#include "domain/masterdata/masterrecord.h"
#include "masterdata/recorddialog.h"
#include "services/station/stationsession.h"
#include "station/stationpage.h"
#include "testshop.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QTest>

using namespace Taktline;

namespace {

// Bounds on waiting for a helper process or for keys to travel X → fcitx5 → Qt; a failure
// bound, not a measured time.
constexpr int ProcessTimeoutMs = 20000;
constexpr int ArrivalTimeoutMs = 15000;

bool hasChinese(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar ch) { return ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff; });
}

} // namespace

class TstRealInputMethod : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pinyinComposesChineseInANameField();
    void scannerKeysReachTheStation();

private:
    // Runs PROGRAM with ARGUMENTS to its end; false (and why, as a warning) if it fails.
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);
    // What xdotool types through the X server, as the keyboard or a keyboard-mode scanner does.
    bool type(const QString &text);
    bool pressReturn();
    // fcitx5's state: "2" pinyin active, "1" keyboard only, "0" not connected; empty on error.
    QString fcitxState();
    bool switchPinyinOn();
    // Switches pinyin on and waits until fcitx5 composes in FIELD's window: the Qt frontend
    // connects each window to fcitx5 in the background, and keys typed before pass untouched.
    bool waitUntilComposing(QLineEdit *field);
    // Gives the keyboard focus to FIELD in its active window.
    bool focus(QWidget *field);
};

bool TstRealInputMethod::run(const QString &program, const QStringList &arguments, QString *output)
{
    const QString command = program + u' ' + arguments.join(u' ');
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        qWarning("%s did not finish: %s", qPrintable(command), qPrintable(process.errorString()));
        process.kill();
        process.waitForFinished(ProcessTimeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed (exit %d): %s", qPrintable(command), process.exitCode(),
                 process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    return true;
}

bool TstRealInputMethod::type(const QString &text)
{
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("12"), text});
}

bool TstRealInputMethod::pressReturn()
{
    return run(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("Return")});
}

QString TstRealInputMethod::fcitxState()
{
    QString state;
    return run(QStringLiteral("fcitx5-remote"), {}, &state) ? state : QString();
}

bool TstRealInputMethod::switchPinyinOn()
{
    if (!run(QStringLiteral("fcitx5-remote"), {QStringLiteral("-o")}))
        return false;
    if (QTest::qWaitFor([this] { return fcitxState() == QStringLiteral("2"); }, ArrivalTimeoutMs))
        return true;
    qWarning("fcitx5-remote -o did not switch pinyin on: fcitx5-remote prints \"%s\"",
             qPrintable(fcitxState()));
    return false;
}

bool TstRealInputMethod::waitUntilComposing(QLineEdit *field)
{
    if (!focus(field))
        return false;
    for (int attempt = 0; attempt < 20; ++attempt) {
        field->clear();
        if (!switchPinyinOn() || !type(QStringLiteral("ni ")))
            return false;
        if (QTest::qWaitFor([field] { return hasChinese(field->text()); }, 1000)) {
            field->clear();
            return true;
        }
    }
    qWarning("pinyin never composed in %s: it holds \"%s\"", qPrintable(field->objectName()),
             qPrintable(field->text()));
    return false;
}

bool TstRealInputMethod::focus(QWidget *field)
{
    QWidget *window = field->window();
    window->show();
    window->raise();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, ArrivalTimeoutMs)) {
        qWarning("the window of %s never became active", qPrintable(field->objectName()));
        return false;
    }
    field->setFocus(Qt::OtherFocusReason);
    return QTest::qWaitFor([field] { return QApplication::focusWidget() == field; },
                           ArrivalTimeoutMs);
}

void TstRealInputMethod::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QStringLiteral("xcb"),
             "run by tests/ime/run_with_fcitx5.sh: needs QT_QPA_PLATFORM=xcb on an X server");
    QVERIFY2(qgetenv("QT_IM_MODULE") == "fcitx",
             "run by tests/ime/run_with_fcitx5.sh: needs QT_IM_MODULE=fcitx and fcitx5 running");
    QVERIFY2(!fcitxState().isEmpty(), "fcitx5-remote gets no answer from fcitx5");
}

void TstRealInputMethod::pinyinComposesChineseInANameField()
{
    // The employee form: a name is typed in Chinese, so its field keeps the input method.
    RecordDialog dialog(MasterDataKind::Employee, MasterRecord{},
                        [](const QVariantMap &) { return Outcome::success(); });
    dialog.resize(520, 400);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("field_name"));
    QVERIFY(name);
    QVERIFY(waitUntilComposing(name));
    QVERIFY(type(QStringLiteral("nihao ")));
    QTRY_VERIFY2_WITH_TIMEOUT(hasChinese(name->text()),
                              qPrintable(QStringLiteral("the name field holds \"%1\": pinyin did "
                                                        "not compose Chinese")
                                             .arg(name->text())),
                              ArrivalTimeoutMs);
    QVERIFY2(!name->text().contains(QStringLiteral("nihao")), qPrintable(name->text()));
}

void TstRealInputMethod::scannerKeysReachTheStation()
{
    TestShop shop(TestShop::Options{.signIn = TestWorkspace::SignIn::None});
    StationPage page(shop.ws.get());
    page.resize(1200, 760);
    auto *scanField = page.findChild<QLineEdit *>(QStringLiteral("scanField"));
    QLineEdit *good = page.quantityEdit(QStringLiteral("good"));
    QVERIFY(scanField);
    QVERIFY(good);
    // A field for Chinese text in the station's window, as on a Chinese shop-floor tablet
    // where pinyin is on and connected when the scans come.
    auto *note = new QLineEdit(&page);
    note->setObjectName(QStringLiteral("noteField"));
    note->setGeometry(10, 700, 300, 40);
    QVERIFY(waitUntilComposing(note));

    const auto scan = [&](const QString &code) {
        return focus(scanField) && type(code) && pressReturn();
    };
    const auto refusal = [&](const char *what) {
        return QStringLiteral("%1 scan not taken; the station says \"%2\", the scan field holds "
                              "\"%3\"")
            .arg(QLatin1String(what), page.messageText(), scanField->text());
    };
    QVERIFY(scan(QStringLiteral("EMP:E001")));
    QTRY_VERIFY2_WITH_TIMEOUT(!page.session()->employeeId().isEmpty(), qPrintable(refusal("badge")),
                              ArrivalTimeoutMs);
    QCOMPARE(page.session()->employeeName(), QStringLiteral("王建国"));
    QVERIFY(scan(QStringLiteral("MC:LATHE-1")));
    QTRY_VERIFY2_WITH_TIMEOUT(!page.session()->machineId().isEmpty(),
                              qPrintable(refusal("machine")), ArrivalTimeoutMs);
    QVERIFY(scan(QStringLiteral("OP:%1/10").arg(shop.number(shop.order))));
    QTRY_VERIFY2_WITH_TIMEOUT(page.session()->operation().has_value(),
                              qPrintable(refusal("traveller")), ArrivalTimeoutMs);

    QVERIFY(focus(good));
    QVERIFY(type(QStringLiteral("7")));
    QTRY_COMPARE_WITH_TIMEOUT(good->text(), QStringLiteral("7"), ArrivalTimeoutMs);
    QVERIFY(pressReturn());
    QTRY_COMPARE_WITH_TIMEOUT(shop.rows("production_reports"), 1, ArrivalTimeoutMs);
    QCOMPARE(shop.good(0), 7.0);
    QVERIFY2(page.messageText().contains(QStringLiteral("Reported")),
             qPrintable(page.messageText()));

    // Pinyin was on all along: the note field still composes Chinese.
    QVERIFY(focus(note));
    QCOMPARE(fcitxState(), QStringLiteral("2"));
    QVERIFY(type(QStringLiteral("nihao ")));
    QTRY_VERIFY2_WITH_TIMEOUT(hasChinese(note->text()), qPrintable(note->text()), ArrivalTimeoutMs);
}

QTEST_MAIN(TstRealInputMethod)
#include "tst_realinputmethod.moc"
