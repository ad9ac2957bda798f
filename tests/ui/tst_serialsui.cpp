// Serial numbers (序列号) as a planner makes them from a work order's detail: the dialog opens
// with Settings' pattern and what the order still lacks, previews the first and last serial,
// generates them into the database, refuses a bad pattern inline writing nothing, and saves one
// QR label per serial in one PDF (carrying the enterprise prefix when Settings say so). Only the
// roles that edit work orders may generate, and only for released or running orders; the
// default pattern is changed in Settings, where a bad one is refused in the banner.
#include "barcode/barcodeimage.h"
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "io/seriallabels.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "settings/identifiersbox.h"
#include "settings/settingspage.h"
#include "storage/database.h"
#include "testshop.h"
#include "uitesthelpers.h"
#include "workorders/serialsbar.h"
#include "workorders/serialsdialog.h"
#include "workorders/workorderdetail.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <functional>
#include <optional>

using namespace Taktline;

class TstSerialsUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generatesFiveFromTheDetailOfAReleasedOrder();
    void badPatternIsRefusedInTheDialogWritingNothing();
    void onlyPlannersAndTheOwnerMayGenerate_data();
    void onlyPlannersAndTheOwnerMayGenerate();
    void onlyReleasedOrRunningOrdersGetSerials();
    void labelsPdfHasOnePagePerSerialCarryingTheIdentifier();
    void settingsPageChangesTheDefaultPattern();
    void cleanupTestCase();

private:
    std::unique_ptr<LanguageManager> m_language;
};

namespace {

// The shop with one released order of 8 motors (assembled on the assembly station), signed in
// as ROLE (李工) when one is given.
struct Line : TestShop
{
    QString motor, motorOrder;

    explicit Line(std::optional<Role> role = std::nullopt)
    {
        motor = product("MT-1", "电机", {{{}, QStringLiteral("装配"), 30, assembly}});
        motorOrder = releasedOrder(motor, 8);
        if (role)
            ws->access()->signIn(
                {QStringLiteral("u-2"), QStringLiteral("li"), QStringLiteral("李工"), *role});
    }
    QString number() const { return TestShop::number(motorOrder); }
    // What {yyMMdd} stands for: the shop's day.
    QString day() const { return today().toString(QStringLiteral("yyMMdd")); }
    int serialRows() const { return rows("serials"); }
};

// The work-order detail of ORDER_ID as the page shows it, at tablet size.
std::unique_ptr<WorkOrderDetail> openDetail(Workspace *workspace, const QString &orderId)
{
    auto detail = std::make_unique<WorkOrderDetail>(workspace);
    detail->resize(1000, 700);
    detail->show();
    detail->showWorkOrder(orderId);
    return detail;
}

// Clicks "Serial numbers…" on DETAIL and runs DRIVE on the dialog it opens, then closes it.
bool withSerialsDialog(WorkOrderDetail &detail, const std::function<void(SerialsDialog &)> &drive)
{
    bool opened = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<SerialsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        opened = true;
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        drive(*dialog);
    });
    QTest::mouseClick(detail.serials()->button(), Qt::LeftButton);
    return opened;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s in %s", name, qPrintable(parent->objectName()));
    return found;
}

void retype(QWidget *field, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    typeText(field, text);
}

// The pages of the PDF at PATH, as its page objects say.
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = file.readAll();
    return int(pdf.count("/Type /Page") - pdf.count("/Type /Pages"));
}

// What a scanner reads on page PAGE of the PDF at PATH, rasterised as a printer would.
QString decodePage(const QString &path, int page, const QString &workDir)
{
    const QString out = workDir + QStringLiteral("/page%1").arg(page);
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"),
                       QString::number(page), QStringLiteral("-l"), QString::number(page),
                       QStringLiteral("-png"), QStringLiteral("-singlefile"), path, out});
    const Result<QString> decoded = BarcodeImage::decode(QImage(out + QStringLiteral(".png")));
    return decoded ? decoded.value() : decoded.error();
}

} // namespace

void TstSerialsUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktlineTests"));
    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"));
}

void TstSerialsUi::cleanupTestCase()
{
    m_language.reset();
}

void TstSerialsUi::generatesFiveFromTheDetailOfAReleasedOrder()
{
    Line line(Role::Planner);
    Fixture::require(line.ws->settings()->setSerialPattern(QStringLiteral("{WO}-{seq:3}")),
                     "pattern");
    const auto detail = openDetail(line.ws.get(), line.motorOrder);
    QPushButton *button = detail->serials()->button();
    QVERIFY(button->isVisible());
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    QVERIFY(!detail->serials()->countLabel()->isVisible()); // none yet

    QStringList generated;
    QString previewShown;
    const bool opened = withSerialsDialog(*detail, [&](SerialsDialog &dialog) {
        auto *pattern = child<QLineEdit>(&dialog, "serialPatternEdit");
        auto *count = child<QSpinBox>(&dialog, "serialCountSpin");
        auto *preview = child<QLabel>(&dialog, "serialPreview");
        // Settings' pattern, and the 8 pieces the order lacks.
        QCOMPARE(pattern->text(), QStringLiteral("{WO}-{seq:3}"));
        QCOMPARE(count->value(), 8);
        QCOMPARE(child<QLabel>(&dialog, "existingSerials")->text(), QStringLiteral("0"));
        QCOMPARE(preview->text(), line.number() + QStringLiteral("-001 … ") + line.number() +
                                      QStringLiteral("-008"));

        retype(pattern, QStringLiteral("SN{yyMMdd}-{seq:4}"));
        retype(count, QStringLiteral("5"));
        QCOMPARE(count->value(), 5);
        previewShown = preview->text();
        QCOMPARE(previewShown, QStringLiteral("SN%1-0001 … SN%1-0005").arg(line.day()));
        QVERIFY(!child<QPushButton>(&dialog, "saveSerialLabelsButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "generateSerialsButton"), Qt::LeftButton);
        generated = dialog.generated();
        QVERIFY2(dialog.banner()->text().contains(QStringLiteral("SN%1-0005").arg(line.day())),
                 qPrintable(dialog.banner()->text()));
        // The next batch would continue after them, with the 3 the order still lacks.
        QCOMPARE(child<QLabel>(&dialog, "existingSerials")->text(), QStringLiteral("5"));
        QCOMPARE(count->value(), 3);
        QCOMPARE(preview->text(), QStringLiteral("SN%1-0006 … SN%1-0008").arg(line.day()));
        QVERIFY(child<QPushButton>(&dialog, "saveSerialLabelsButton")->isEnabled());
    });
    QVERIFY(opened);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(generated.size(), 5);
    QCOMPARE(generated.constFirst() + QStringLiteral(" … ") + generated.constLast(), previewShown);
    for (const QString &serial : generated) {
        const Result<SerialNumber> found = line.ws->serials()->find(serial);
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found.value().workOrderId, line.motorOrder);
    }
    QCOMPARE(line.ws->serials()->countOf(line.motorOrder).value(), 5);
    // The detail counts them next to the button.
    QVERIFY(detail->serials()->countLabel()->isVisible());
    QVERIFY2(detail->serials()->countLabel()->text().startsWith(QStringLiteral("5 serial")),
             qPrintable(detail->serials()->countLabel()->text()));
}

void TstSerialsUi::badPatternIsRefusedInTheDialogWritingNothing()
{
    Line line(Role::Owner);
    const auto detail = openDetail(line.ws.get(), line.motorOrder);
    QStringList refusals;
    QString previewProblem;
    QStringList generated;
    const bool opened = withSerialsDialog(*detail, [&](SerialsDialog &dialog) {
        QCOMPARE(child<QLineEdit>(&dialog, "serialPatternEdit")->text(),
                 QStringLiteral("{WO}-{seq:4}"));
        auto *generate = child<QPushButton>(&dialog, "generateSerialsButton");
        retype(child<QLineEdit>(&dialog, "serialPatternEdit"), QStringLiteral("{WO}-{yyMMdd}"));
        previewProblem = child<QLabel>(&dialog, "serialPreview")->text();
        QTest::mouseClick(generate, Qt::LeftButton);
        refusals << dialog.banner()->text();
        // Room for 9 pieces, not 12.
        retype(child<QLineEdit>(&dialog, "serialPatternEdit"), QStringLiteral("M{seq:1}"));
        retype(child<QSpinBox>(&dialog, "serialCountSpin"), QStringLiteral("12"));
        QTest::mouseClick(generate, Qt::LeftButton);
        refusals << dialog.banner()->text();
        generated = dialog.generated();
        QVERIFY(!child<QPushButton>(&dialog, "saveSerialLabelsButton")->isEnabled());
    });
    QVERIFY(opened);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(previewProblem.contains(QStringLiteral("{seq:N}")), qPrintable(previewProblem));
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals.at(0).contains(QStringLiteral("{WO}-{yyMMdd}")) &&
                 refusals.at(0).contains(QStringLiteral("{seq:N}")),
             qPrintable(refusals.at(0)));
    QVERIFY2(refusals.at(1).contains(QStringLiteral("more digits")), qPrintable(refusals.at(1)));
    QVERIFY(generated.isEmpty());
    QCOMPARE(line.serialRows(), 0);
    QVERIFY(!detail->serials()->countLabel()->isVisible());
}

void TstSerialsUi::onlyPlannersAndTheOwnerMayGenerate_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("owner") << int(Role::Owner) << true;
    QTest::newRow("planner") << int(Role::Planner) << true;
    QTest::newRow("supervisor") << int(Role::Supervisor) << false;
    QTest::newRow("operator") << int(Role::Operator) << false;
}

void TstSerialsUi::onlyPlannersAndTheOwnerMayGenerate()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    Line line(static_cast<Role>(role));
    const auto detail = openDetail(line.ws.get(), line.motorOrder);
    QPushButton *button = detail->serials()->button();
    QVERIFY(button->isVisible());
    QCOMPARE(button->isEnabled(), allowed);
    if (!allowed) {
        // The tooltip says why: who is signed in, and that the role may not.
        QVERIFY2(button->toolTip().contains(QStringLiteral("李工")) &&
                     button->toolTip().contains(roleDisplayName(static_cast<Role>(role))),
                 qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton); // a disabled button opens nothing
        QVERIFY(!QApplication::activeModalWidget());
        // Even a dialog opened some other way writes nothing.
        SerialsDialog dialog(line.ws.get(), line.motorOrder);
        dialog.show();
        QVERIFY(!child<QPushButton>(&dialog, "generateSerialsButton")->isEnabled());
        QVERIFY(!dialog.generate());
        QVERIFY(!dialog.banner()->text().isEmpty());
        QCOMPARE(line.serialRows(), 0);
    }
}

void TstSerialsUi::onlyReleasedOrRunningOrdersGetSerials()
{
    Line line(Role::Owner);
    WorkOrder draft;
    draft.productId = line.motor;
    draft.quantity = 4;
    draft.dueDate = TestShop::day(7);
    const QString draftId = line.ws->workOrders()->create(draft).value();
    const auto detail = openDetail(line.ws.get(), draftId);
    QPushButton *button = detail->serials()->button();
    QVERIFY(!button->isEnabled());
    const QString number = line.ws->workOrders()->find(draftId).value().number;
    QVERIFY2(button->toolTip().contains(number) &&
                 button->toolTip().contains(QStringLiteral("released")),
             qPrintable(button->toolTip()));
    // Released, started: the button follows at once; put on hold, it is off again.
    const auto apply = [&](WorkOrderAction action) {
        const int version = line.ws->workOrders()->find(draftId).value().version;
        return line.ws->workOrders()->apply(draftId, action, version);
    };
    QVERIFY(apply(WorkOrderAction::Release));
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    QVERIFY(apply(WorkOrderAction::Start));
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    QVERIFY(apply(WorkOrderAction::Hold));
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(workOrderStateDisplayName(WorkOrderState::OnHold)),
             qPrintable(button->toolTip()));
    // No order chosen: nothing to show.
    detail->showWorkOrder(QString());
    QVERIFY(!button->isVisible());
}

void TstSerialsUi::labelsPdfHasOnePagePerSerialCarryingTheIdentifier()
{
    Line line(Role::Planner);
    Fixture::require(line.ws->settings()->setIdentifierSettings(QStringLiteral("88.118.8"), true),
                     "prefix");
    const auto detail = openDetail(line.ws.get(), line.motorOrder);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("serials.pdf"));
    QStringList generated;
    bool saved = false;
    bool refusedBefore = true;
    QString savedMessage;
    const bool opened = withSerialsDialog(*detail, [&](SerialsDialog &dialog) {
        // Nothing generated yet: no labels to save, nothing written.
        refusedBefore = !dialog.saveLabelsPdf(dir.filePath(QStringLiteral("none.pdf")));
        retype(child<QSpinBox>(&dialog, "serialCountSpin"), QStringLiteral("5"));
        QTest::mouseClick(child<QPushButton>(&dialog, "generateSerialsButton"), Qt::LeftButton);
        generated = dialog.generated();
        saved = dialog.saveLabelsPdf(pdf);
        savedMessage = dialog.banner()->text();
    });
    QVERIFY(opened);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(refusedBefore);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    QCOMPARE(generated.size(), 5);
    QVERIFY2(saved, qPrintable(savedMessage));
    QVERIFY2(savedMessage.contains(QStringLiteral("serials.pdf")), qPrintable(savedMessage));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(pdfPages(pdf), 5);
    // Each label carries its own serial as the identifier PREFIX/SN:…, 50×30 mm, as a QR code.
    const QList<Label> labels =
        SerialLabels::build(line.ws.get(), line.motorOrder, generated).value();
    QCOMPARE(labels.size(), 5);
    for (int i = 0; i < labels.size(); ++i) {
        QCOMPARE(labels.at(i).code, QStringLiteral("88.118.8/SN:") + generated.at(i));
        QCOMPARE(labels.at(i).size, LabelSize::Mm50x30);
        QCOMPARE(labels.at(i).symbology, LabelSymbology::Qr);
        QVERIFY(labels.at(i).lines.contains(line.number()));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed to rasterise the PDF");
    QCOMPARE(decodePage(pdf, 1, dir.path()), QStringLiteral("88.118.8/SN:") + generated.at(0));
    QCOMPARE(decodePage(pdf, 5, dir.path()), QStringLiteral("88.118.8/SN:") + generated.at(4));
}

void TstSerialsUi::settingsPageChangesTheDefaultPattern()
{
    Line line(Role::Owner);
    SettingsPage page(line.ws.get(), m_language.get());
    page.resize(1280, 800);
    page.show();
    auto *pattern = child<QLineEdit>(&page, "serialPatternEdit");
    auto *save = child<QPushButton>(&page, "saveSerialPatternButton");
    auto *banner = page.findChild<MessageBanner *>();
    QCOMPARE(pattern->text(), QStringLiteral("{WO}-{seq:4}"));

    retype(pattern, QStringLiteral("{WO}-{yyMMdd}"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(banner->text().contains(QStringLiteral("{seq:N}")), qPrintable(banner->text()));
    QCOMPARE(line.ws->settings()->serialPattern(), QStringLiteral("{WO}-{seq:4}"));
    QCOMPARE(pattern->text(), QStringLiteral("{WO}-{yyMMdd}")); // left to correct

    retype(pattern, QStringLiteral("{WO}-{yyMMdd}-{seq:5}"));
    QTest::keyClick(pattern, Qt::Key_Return);
    QVERIFY2(banner->text().contains(QStringLiteral("{WO}-{yyMMdd}-{seq:5}")),
             qPrintable(banner->text()));
    QCOMPARE(line.ws->settings()->serialPattern(), QStringLiteral("{WO}-{yyMMdd}-{seq:5}"));
    // The next serials dialog starts with it.
    SerialsDialog dialog(line.ws.get(), line.motorOrder);
    QCOMPARE(child<QLineEdit>(&dialog, "serialPatternEdit")->text(),
             QStringLiteral("{WO}-{yyMMdd}-{seq:5}"));
    QCOMPARE(child<QLabel>(&dialog, "serialPreview")->text(),
             line.number() + QStringLiteral("-%1-00001 … ").arg(line.day()) + line.number() +
                 QStringLiteral("-%1-00008").arg(line.day()));

    // A supervisor sees the pattern and cannot change it.
    line.ws->access()->signIn({QStringLiteral("u-3"), QStringLiteral("zhao"),
                               QStringLiteral("赵班长"), Role::Supervisor});
    SettingsPage readOnly(line.ws.get(), m_language.get());
    QVERIFY(child<QLineEdit>(&readOnly, "serialPatternEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(&readOnly, "saveSerialPatternButton")->isVisibleTo(&readOnly));
}

QTEST_MAIN(TstSerialsUi)
#include "tst_serialsui.moc"
