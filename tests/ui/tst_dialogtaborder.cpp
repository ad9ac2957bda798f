// Tab moves from field to field in every dialog of the app, the way a person reads it: each
// input field once, top to bottom and left to right, and never into the year, month and day of a
// date — what is typed after Tab lands in the next field, not in the due date. The list of
// dialogs is read from ui/, so a new dialog without a tab check fails here.
#include "common/languagemanager.h"
#include "dashboard/drilldowndialog.h"
#include "dispatch/rushorderdialog.h"
#include "services/planning/promiseservice.h"
#include "workorders/promisedialog.h"
#include "import/importdialog.h"
#include "login/languagechoicedialog.h"
#include "login/logindialog.h"
#include "login/ownersetupdialog.h"
#include "machines/andonanswerdialog.h"
#include "machines/machinetimelinedialog.h"
#include "machines/stopreasondialog.h"
#include "masterdata/recorddialog.h"
#include "item/quality/inspectionplanlistmodel.h"
#include "masterdata/stationpindialog.h"
#include "quality/dispositiondialog.h"
#include "quality/inspectionform.h"
#include "quality/newplandialog.h"
#include "quality/nonconformancedialog.h"
#include "reports/pieceratedialog.h"
#include "scan/camerascandialog.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/quality/inspectionplanservice.h"
#include "services/quality/inspectionservice.h"
#include "services/quality/nonconformanceservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "settings/cloudadmindialog.h"
#include "settings/invitedialog.h"
#include "settings/passphrasedialog.h"
#include "settings/restoredialog.h"
#include "station/stationpickdialog.h"
#include "subcontract/subcontractreceivedialog.h"
#include "subcontract/subcontractsenddialog.h"
#include "testshop.h"
#include "trace/lots/lotreasondialog.h"
#include "trace/lots/receivelotdialog.h"
#include "trace/shipments/receivefinisheddialog.h"
#include "trace/shipments/shipmentdialog.h"
#include "workorders/movedialog.h"
#include "workorders/reportsreviewdialog.h"
#include "workorders/serialsdialog.h"
#include "workorders/workorderdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <functional>

using namespace Taktline;

class TstDialogTabOrder : public QObject
{
    Q_OBJECT
private slots:
    void tabFromQuantityTypesTheCustomerNotTheDueDate();
    void tabVisitsEveryFieldOnceInVisualOrder_data();
    void tabVisitsEveryFieldOnceInVisualOrder();
    void everyDialogOfTheAppIsChecked();
};

namespace {

using DialogFactory = std::function<QDialog *(TestShop &shop)>;

// The widget a person would call the field: a combo box or spin box rather than its line edit.
QWidget *fieldOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w))
            return w;
        if (w->isWindow())
            break;
    }
    return widget;
}

bool isInputField(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QCheckBox *>(w) ||
           qobject_cast<const QRadioButton *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

QString nameOf(const QWidget *w)
{
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName());
}

// The input fields of DIALOG a person can tab to, in reading order: by rows (fields whose
// vertical middles lie within half a line of each other), each row left to right.
QList<QWidget *> fieldsInVisualOrder(QDialog *dialog)
{
    QList<QWidget *> fields;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (fieldOf(w) == w && isInputField(w) && w->isVisibleTo(dialog) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) && w->window() == dialog)
            fields.append(w);
    }
    const auto rectOf = [dialog](const QWidget *w) {
        return QRect(w->mapTo(dialog, QPoint(0, 0)), w->size());
    };
    std::sort(fields.begin(), fields.end(), [&](QWidget *a, QWidget *b) {
        return rectOf(a).center().y() < rectOf(b).center().y();
    });
    QList<QWidget *> ordered;
    for (qsizetype start = 0; start < fields.size();) {
        const QRect first = rectOf(fields.at(start));
        qsizetype end = start + 1;
        while (end < fields.size() && rectOf(fields.at(end)).center().y() - first.center().y() < 12)
            ++end;
        QList<QWidget *> row = fields.mid(start, end - start);
        std::sort(row.begin(), row.end(),
                  [&](QWidget *a, QWidget *b) { return rectOf(a).left() < rectOf(b).left(); });
        ordered.append(row);
        start = end;
    }
    return ordered;
}

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList list;
    for (const QWidget *w : widgets)
        list << nameOf(w);
    return list;
}

// Presses Tab from the first field until focus comes back to it; every press must leave the
// field it was in. The fields reached, in order, buttons left out.
QList<QWidget *> tabAround(QDialog *dialog, QWidget *first, QString *stuck)
{
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{first};
    QWidget *current = first;
    for (int press = 0; press < 80; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget() ? fieldOf(QApplication::focusWidget()) : nullptr;
        if (!now || now->window() != dialog) {
            *stuck = QStringLiteral("Tab left the dialog");
            return visited;
        }
        if (now == current) {
            *stuck = QStringLiteral("Tab stayed inside %1").arg(nameOf(now));
            return visited;
        }
        if (now == first)
            return visited;
        if (isInputField(now))
            visited.append(now);
        current = now;
    }
    *stuck = QStringLiteral("Tab never came back to the first field");
    return visited;
}

QList<QPair<QString, DialogFactory>> dialogs()
{
    QList<QPair<QString, DialogFactory>> list;
    list.append({QStringLiteral("WorkOrderDialog"), [](TestShop &shop) -> QDialog * {
                     return new WorkOrderDialog(shop.ws.get(), WorkOrder{});
                 }});
    list.append({QStringLiteral("WorkOrderDialog (edit)"), [](TestShop &shop) -> QDialog * {
                     return new WorkOrderDialog(shop.ws.get(),
                                                shop.ws->workOrders()->find(shop.order).value());
                 }});
    list.append({QStringLiteral("ReceiveFinishedDialog"), [](TestShop &shop) -> QDialog * {
                     return new ReceiveFinishedDialog(shop.ws.get());
                 }});
    list.append({QStringLiteral("ShipmentDialog"), [](TestShop &shop) -> QDialog * {
                     return new ShipmentDialog(shop.ws.get());
                 }});
    list.append({QStringLiteral("SubcontractSendDialog"), [](TestShop &shop) -> QDialog * {
                     SubcontractScan step;
                     step.workOrderNumber = shop.number();
                     step.seq = 20;
                     step.stepName = QStringLiteral("热处理");
                     step.sendable = 40;
                     step.unitPrice = 1.5;
                     step.defaultDueDate = shop.today().addDays(3);
                     return new SubcontractSendDialog(shop.ws.get(), step);
                 }});
    list.append({QStringLiteral("SubcontractReceiveDialog"), [](TestShop &shop) -> QDialog * {
                     SubcontractOrder order;
                     order.number = QStringLiteral("OUT-0001");
                     order.workOrderNumber = shop.number();
                     order.seq = 20;
                     order.quantity = 40;
                     order.dueDate = shop.today().addDays(3);
                     return new SubcontractReceiveDialog(shop.ws.get(), order);
                 }});
    list.append({QStringLiteral("LotReasonDialog"), [](TestShop &) -> QDialog * {
                     return new LotReasonDialog(QStringLiteral("Block"), QStringLiteral("Why?"),
                                                {QStringLiteral("Rust")}, QStringLiteral("Block"),
                                                [](const QString &) { return Outcome::success(); });
                 }});
    list.append({QStringLiteral("ReceiveLotDialog"), [](TestShop &shop) -> QDialog * {
                     const auto materials =
                         shop.ws->masterData()->list(MasterDataKind::Product, false);
                     return new ReceiveLotDialog(
                         materials.value(), {QStringLiteral("宝钢")}, shop.today(),
                         [](const LotReceipt &) { return Result<QString>(QString()); });
                 }});
    list.append({QStringLiteral("StationPickDialog"), [](TestShop &shop) -> QDialog * {
                     return new StationPickDialog(shop.ws->masterData(), MasterDataKind::Employee);
                 }});
    list.append({QStringLiteral("RushOrderDialog"), [](TestShop &shop) -> QDialog * {
                     return new RushOrderDialog(shop.ws.get());
                 }});
    list.append({QStringLiteral("PromiseDialog"), [](TestShop &shop) -> QDialog * {
                     const Result<Promise> promise =
                         shop.ws->promises()->promise({QStringLiteral("FL-1"), 30, {}});
                     return new PromiseDialog(promise.value(), QTimeZone::utc(), true);
                 }});
    list.append({QStringLiteral("LoginDialog"), [](TestShop &shop) -> QDialog * {
                     return new LoginDialog(shop.ws.get());
                 }});
    list.append({QStringLiteral("LanguageChoiceDialog"), [](TestShop &) -> QDialog * {
                     static LanguageManager language;
                     return new LanguageChoiceDialog(&language);
                 }});
    list.append({QStringLiteral("OwnerSetupDialog"), [](TestShop &shop) -> QDialog * {
                     return new OwnerSetupDialog(shop.ws.get());
                 }});
    list.append({QStringLiteral("CameraScanDialog"), [](TestShop &) -> QDialog * {
                     return new CameraScanDialog;
                 }});
    for (const MasterDataKind kind :
         {MasterDataKind::Product, MasterDataKind::Machine, MasterDataKind::Employee,
          MasterDataKind::DowntimeReason, MasterDataKind::DefectReason}) {
        list.append(
            {QStringLiteral("RecordDialog %1").arg(int(kind)), [kind](TestShop &) -> QDialog * {
                 return new RecordDialog(kind, MasterRecord{},
                                         [](const QVariantMap &) { return Outcome::success(); });
             }});
    }
    list.append({QStringLiteral("PieceRateDialog"), [](TestShop &shop) -> QDialog * {
                     return new PieceRateDialog(
                         QStringLiteral("FL-1 法兰"),
                         {QStringLiteral("车削"), QStringLiteral("铣削")},
                         PieceRate{{}, shop.flange, {}, 0.5, shop.today()},
                         [](const PieceRate &) { return Outcome::success(); });
                 }});
    list.append({QStringLiteral("SerialsDialog"), [](TestShop &shop) -> QDialog * {
                     return new SerialsDialog(shop.ws.get(), shop.order);
                 }});
    list.append({QStringLiteral("StationPinDialog"), [](TestShop &shop) -> QDialog * {
                     return new StationPinDialog(shop.ws->stationPins(), shop.wang,
                                                 QStringLiteral("王建国"), QStringLiteral("E001"));
                 }});
    list.append({QStringLiteral("MoveDialog"), [](TestShop &shop) -> QDialog * {
                     // Step 10 holds pieces: some not placed, some on a rack.
                     StepPieces step;
                     step.seq = 10;
                     step.name = QStringLiteral("车削");
                     step.pieces = 30;
                     PlacedPieces loose;
                     loose.quantity = 18;
                     PlacedPieces rack;
                     rack.placeId = QStringLiteral("p1");
                     rack.placeCode = QStringLiteral("A-01");
                     rack.placeName = QStringLiteral("货架");
                     rack.quantity = 12;
                     step.places = {loose, rack};
                     return new MoveDialog(shop.ws.get(), shop.order, {step});
                 }});
    list.append({QStringLiteral("ReportsReviewDialog"), [](TestShop &shop) -> QDialog * {
                     shop.report(shop.request(0, 10));
                     return new ReportsReviewDialog(shop.ws.get(), shop.order);
                 }});
    list.append({QStringLiteral("PassphraseDialog"), [](TestShop &) -> QDialog * {
                     return new PassphraseDialog;
                 }});
    list.append({QStringLiteral("RestoreDialog"), [](TestShop &shop) -> QDialog * {
                     BackupEntry encrypted;
                     encrypted.encrypted = true;
                     return new RestoreDialog(encrypted, shop.ws.get());
                 }});
    list.append({QStringLiteral("AndonAnswerDialog"), [](TestShop &) -> QDialog * {
                     AndonCall call;
                     call.machineCode = QStringLiteral("LATHE-1");
                     call.calledAtMs = TestShop::at(0, 9);
                     return new AndonAnswerDialog(call, AndonAnswerDialog::Answer::Close,
                                                  TestShop::at(0, 9, 5), QTimeZone::utc());
                 }});
    list.append({QStringLiteral("DrillDownDialog"), [](TestShop &) -> QDialog * {
                     return DrillDownDialog::stops(QStringLiteral("停机"), {}, nullptr);
                 }});
    list.append({QStringLiteral("MachineTimelineDialog"), [](TestShop &shop) -> QDialog * {
                     return new MachineTimelineDialog(shop.ws.get(), shop.lathe);
                 }});
    list.append({QStringLiteral("StopReasonDialog"), [](TestShop &shop) -> QDialog * {
                     StatusSpan span;
                     span.startMs = TestShop::at(0, 9);
                     span.endMs = TestShop::at(0, 10);
                     span.status = MachineStatus::Idle;
                     span.use = TimeUse::Unclassified;
                     span.eventId = QStringLiteral("no-such-event");
                     return new StopReasonDialog(shop.ws.get(), QStringLiteral("LATHE-1"), span,
                                                 QTimeZone::utc());
                 }});
    list.append({QStringLiteral("ImportDialog"), [](TestShop &shop) -> QDialog * {
                     return new ImportDialog(shop.ws.get(), ImportKind::Products);
                 }});
    list.append({QStringLiteral("InspectionForm"), [](TestShop &shop) -> QDialog * {
                     // A first article of the flange's first step: two readings and a look.
                     InspectionPlan plan = NewPlanDialog::starterPlan(shop.flange, 10);
                     Characteristic diameter;
                     diameter.name = QStringLiteral("外径");
                     diameter.kind = CharacteristicKind::Measured;
                     diameter.nominal = 10;
                     diameter.lower = 9.95;
                     diameter.upper = 10.05;
                     diameter.unit = QStringLiteral("mm");
                     Characteristic length = diameter;
                     length.name = QStringLiteral("长度");
                     plan.characteristics.prepend(length);
                     plan.characteristics.prepend(diameter);
                     if (!shop.ws->inspectionPlans()->save(plan))
                         return nullptr;
                     InspectionInput input;
                     input.kind = InspectionKind::FirstArticle;
                     input.operationId = shop.step(0);
                     input.machineId = shop.lathe;
                     return new InspectionForm(shop.ws.get(), input);
                 }});
    list.append({QStringLiteral("NewPlanDialog"), [](TestShop &shop) -> QDialog * {
                     auto *plans = new InspectionPlanListModel(
                         shop.ws->inspectionPlans(), shop.ws->masterData(), shop.ws->routing(),
                         shop.ws->undoStack(), shop.ws->undoFeedback());
                     auto *dialog = new NewPlanDialog(plans, shop.flange);
                     plans->setParent(dialog);
                     return dialog;
                 }});
    list.append({QStringLiteral("NonconformanceDialog"), [](TestShop &shop) -> QDialog * {
                     return new NonconformanceDialog(shop.ws.get());
                 }});
    list.append({QStringLiteral("DispositionDialog"), [](TestShop &shop) -> QDialog * {
                     NonconformanceInput input;
                     input.lotCode = shop.steelLot;
                     input.quantity = 2;
                     input.defectReasonId = shop.scratch;
                     const Result<QString> opened = shop.ws->nonconformances()->open(input);
                     if (!opened)
                         qFatal("open a nonconformance: %s", qPrintable(opened.error()));
                     return new DispositionDialog(shop.ws->nonconformances(),
                                                  shop.ws->nonconformances()->find(opened.value()).value());
                 }});
    list.append({QStringLiteral("CloudAdminDialog"), [](TestShop &) -> QDialog * {
                     return new CloudAdminDialog(CloudAdmin::Server{});
                 }});
    list.append({QStringLiteral("InviteDialog"), [](TestShop &) -> QDialog * {
                     return new InviteDialog(QStringLiteral("车间平板1"),
                                             QStringLiteral("taktline-sync:?host=office&port=5432"
                                                            "&db=taktline&login=tl_a&password=x"
                                                            "&tls=verify-full"));
                 }});
    return list;
}

} // namespace

void TstDialogTabOrder::tabFromQuantityTypesTheCustomerNotTheDueDate()
{
    TestShop shop;
    WorkOrderDialog dialog(shop.ws.get(), WorkOrder{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *quantity = dialog.findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
    auto *due = dialog.findChild<QDateEdit *>(QStringLiteral("dueDateEdit"));
    auto *customer = dialog.findChild<QLineEdit *>(QStringLiteral("customerEdit"));
    QVERIFY(quantity && due && customer);
    const QDate dueBefore = due->date();

    quantity->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(quantity, QStringLiteral("50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(fieldOf(QApplication::focusWidget()), due);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("34"));

    QCOMPARE(due->date(), dueBefore);
    QCOMPARE(customer->text(), QStringLiteral("12"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("salesOrderEdit"));
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), QStringLiteral("34"));

    // The date is typed whole after Tab, with or without its dashes.
    quantity->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(quantity, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2027-03-09"));
    QCOMPARE(due->date(), QDate(2027, 3, 9));
    quantity->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(quantity, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("20280415"));
    QCOMPARE(due->date(), QDate(2028, 4, 15));
    QVERIFY(due->calendarPopup());
}

void TstDialogTabOrder::tabVisitsEveryFieldOnceInVisualOrder_data()
{
    QTest::addColumn<int>("index");
    const auto list = dialogs();
    for (qsizetype i = 0; i < list.size(); ++i)
        QTest::newRow(qPrintable(list.at(i).first)) << int(i);
}

void TstDialogTabOrder::tabVisitsEveryFieldOnceInVisualOrder()
{
    QFETCH(int, index);
    TestShop shop;
    std::unique_ptr<QDialog> dialog(dialogs().at(index).second(shop));
    dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 420)));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QList<QWidget *> expected = fieldsInVisualOrder(dialog.get());
    if (expected.isEmpty())
        return; // nothing to type into (the camera's own window)
    QString stuck;
    const QList<QWidget *> visited = tabAround(dialog.get(), expected.constFirst(), &stuck);
    QVERIFY2(stuck.isEmpty(), qPrintable(stuck + QStringLiteral(" after ") +
                                         names(visited).join(QStringLiteral(" → "))));
    QCOMPARE(names(visited), names(expected));
}

void TstDialogTabOrder::everyDialogOfTheAppIsChecked()
{
    const QString ui = qEnvironmentVariable("TAKTLINE_SOURCE_DIR") + QStringLiteral("/ui");
    QStringList found;
    const QRegularExpression declaration(QStringLiteral("class (\\w+) final : public QDialog"));
    QDirIterator it(ui, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch &m : declaration.globalMatch(text))
            found << m.captured(1);
    }
    QVERIFY2(found.size() >= 13, qPrintable(found.join(QLatin1Char(' '))));
    QStringList checked;
    for (const auto &entry : dialogs())
        checked << entry.first.section(QLatin1Char(' '), 0, 0);
    for (const QString &name : std::as_const(found))
        QVERIFY2(checked.contains(name), qPrintable(name + QStringLiteral(" has no tab check")));
}

QTEST_MAIN(TstDialogTabOrder)
#include "tst_dialogtaborder.moc"
