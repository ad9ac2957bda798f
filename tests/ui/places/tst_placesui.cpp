// Where the pieces are (零件位置), driven the way people drive it: at the station the operator
// scans LOC:, the traveller, types the pieces on the keypad and presses Move; the work order's
// Pieces by place tab then says where they are; a move of more than the step has is refused on
// screen and writes nothing; the Machines page says how many pieces wait in front of a machine;
// a place's label carries LOC:<code>; the office moves pieces in a dialog.
#include "barcode/recordlabels.h"
#include "common/messagebanner.h"
#include "machines/machinecard.h"
#include "machines/machinespage.h"
#include "masterdata/masterdatalistwidget.h"
#include "masterdata/recorddialog.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/stationmove.h"
#include "station/movepanel.h"
#include "station/quantitykeypad.h"
#include "services/serials/serialservice.h"
#include "station/stationpage.h"
#include "trace/genealogy/genealogypanel.h"
#include "trace/genealogy/serialmovesline.h"
#include "testshop.h"
#include "workorders/movedialog.h"
#include "workorders/piecespanel.h"
#include "workorders/workorderdetail.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTest>

using namespace Taktline;

class TstPlacesUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void stationMovesByLocTravellerAndKeypad();
    void stationRefusesMoreThanTheStepHas();
    void machinesCardShowsPiecesWaiting();
    void placeLabelCarriesLoc();
    void officeMovesInTheDialog();
    void serialMovesAtItsScanAndShowsInItsGenealogy();
    void rackIsAddedWithoutAMachine();

private:
    void openStation(int width = 1280); // a tablet, 1280×800 unless WIDTH says
    void scan(const QString &code);
    void moveOnKeypad(const QString &keys);
    QString whereOfStep(WorkOrderDetail &detail, int seq) const;

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<StationPage> m_page;
    QString m_rack;
};

void TstPlacesUi::init()
{
    // 30 good flanges turned on the lathe (step 10), waiting for the mill; a rack A-01 货架.
    m_shop = std::make_unique<TestShop>();
    m_rack = m_shop->create(MasterDataKind::Place,
                            {{"code", "A-01"}, {"name", "货架"}, {"name_en", "Rack"}});
    m_shop->report(m_shop->request(0, 30));
}

void TstPlacesUi::cleanup()
{
    m_page.reset();
    m_shop.reset();
}

void TstPlacesUi::openStation(int width)
{
    m_shop->ws->access()->signOut(); // a tablet started as a station: nobody is signed in
    m_page = std::make_unique<StationPage>(m_shop->ws.get());
    m_page->resize(width, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->quantityEdit(QStringLiteral("good"))->setFocus();
}

void TstPlacesUi::scan(const QString &code)
{
    // Characters then Enter, fast, into whatever has the focus: a keyboard-mode scanner.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

void TstPlacesUi::moveOnKeypad(const QString &keys)
{
    MovePanel *panel = m_page->movePanel();
    QVERIFY(panel->isVisible());
    QTest::mouseClick(panel->keypad()->button(QStringLiteral("clear")), Qt::LeftButton);
    for (const QChar key : keys)
        QTest::mouseClick(panel->keypad()->button(QString(key)), Qt::LeftButton);
    QTest::mouseClick(panel->moveButton(), Qt::LeftButton);
}

QString TstPlacesUi::whereOfStep(WorkOrderDetail &detail, int seq) const
{
    QTableWidget *table = detail.pieces()->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PiecesPanel::StepColumn)->text().startsWith(QString::number(seq)))
            return table->item(row, PiecesPanel::PiecesColumn)->text() + QStringLiteral(" | ") +
                   table->item(row, PiecesPanel::WhereColumn)->text();
    }
    return {};
}

void TstPlacesUi::stationMovesByLocTravellerAndKeypad()
{
    openStation();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("LOC:A-01"));
    QVERIFY2(m_page->session()->move()->active(), qPrintable(m_page->messageText()));
    QVERIFY(m_page->movePanel()->isVisible());
    QVERIFY(!m_page->reportButton()->isVisible());
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number()));
    QVERIFY2(m_page->session()->move()->hasSource(), qPrintable(m_page->messageText()));
    if (qEnvironmentVariableIsSet("PLACES_GRAB"))
        m_page->grab().save(QStringLiteral("/tmp/pu_station_move.png"));
    QVERIFY2(m_page->session()->move()->available().contains(QStringLiteral("30 pieces: not placed 30")),
             qPrintable(m_page->session()->move()->available()));
    // The traveller was what moves, not the job: no operation was picked up.
    QVERIFY(!m_page->session()->operation());
    moveOnKeypad(QStringLiteral("12"));
    if (qEnvironmentVariableIsSet("PLACES_GRAB"))
        m_page->grab().save(QStringLiteral("/tmp/pu_station_moved.png"));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("moved to A-01")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_shop->rows("piece_moves"), 1);
    QVERIFY(!m_page->session()->move()->active());
    QVERIFY(m_page->reportButton()->isVisible());

    // The work order says where its pieces are.
    WorkOrderDetail detail(m_shop->ws.get());
    detail.showWorkOrder(m_shop->order);
    const QString where = whereOfStep(detail, 10);
    QVERIFY2(where.startsWith(QStringLiteral("30 | ")), qPrintable(where));
    QVERIFY2(where.contains(QStringLiteral("A-01 Rack 12")), qPrintable(where));
    QVERIFY2(where.endsWith(QStringLiteral("A-01 Rack 12 · not placed 18")), qPrintable(where));

    // Every other scan works as before: the machine and the traveller start the job.
    scan(QStringLiteral("MC:LATHE-1"));
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number()));
    QVERIFY2(m_page->session()->operation().has_value(), qPrintable(m_page->messageText()));
}

void TstPlacesUi::stationRefusesMoreThanTheStepHas()
{
    openStation();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("LOC:A-01"));
    scan(QStringLiteral("OP:%1/10").arg(m_shop->number()));
    moveOnKeypad(QStringLiteral("45"));
    QCOMPARE(m_page->card()->currentFlash(), StationCard::Flash::Refused);
    QVERIFY2(!m_page->messageText().contains(QStringLiteral("moved")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_shop->rows("piece_moves"), 0);
    // The move stays in hand: the operator corrects the number.
    QVERIFY(m_page->session()->move()->hasSource());
    moveOnKeypad(QStringLiteral("30"));
    QCOMPARE(m_shop->rows("piece_moves"), 1);
    // An unknown place is refused by name.
    scan(QStringLiteral("LOC:Z-99"));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Z-99")),
             qPrintable(m_page->messageText()));
    QVERIFY(!m_page->session()->move()->active());
}

void TstPlacesUi::machinesCardShowsPiecesWaiting()
{
    // Step 20 of the order is queued on the mill: the lathe's 30 pieces wait in front of it.
    MachinesPage page(m_shop->ws.get());
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY(page.card(m_shop->mill));
    QTRY_VERIFY2(page.card(m_shop->mill)->text().contains(QStringLiteral("30 pieces waiting")),
                 qPrintable(page.card(m_shop->mill)->text()));
    QVERIFY2(!page.card(m_shop->lathe)->text().contains(QStringLiteral("pieces waiting")),
             qPrintable(page.card(m_shop->lathe)->text()));
}

void TstPlacesUi::placeLabelCarriesLoc()
{
    const Result<QList<MasterRecord>> places =
        m_shop->ws->masterData()->list(MasterDataKind::Place, false);
    QVERIFY(places.ok());
    const Result<QList<Label>> labels = RecordLabels::forRecords(MasterDataKind::Place, places.value());
    QVERIFY2(labels.ok(), qPrintable(labels.error()));
    QCOMPARE(labels.value().size(), 1);
    const Label &label = labels.value().constFirst();
    QCOMPARE(label.code, QStringLiteral("LOC:A-01"));
    QVERIFY(LabelContent::check(label).ok());
    const Result<ScanResult> read = BarcodeCodec::parse(LabelContent::symbolText(label));
    QVERIFY(read.ok());
    QCOMPARE(read.value().kind, ScanKind::Location);
    QCOMPARE(read.value().value, QStringLiteral("A-01"));
    QVERIFY(label.lines.contains(QStringLiteral("A-01")));
}

void TstPlacesUi::officeMovesInTheDialog()
{
    WorkOrderDetail detail(m_shop->ws.get());
    detail.showWorkOrder(m_shop->order);
    detail.showPieces();
    QVERIFY(detail.pieces()->moveButton()->isEnabled());
    const Result<QList<StepPieces>> steps = m_shop->ws->places()->piecesOf(m_shop->order);
    QVERIFY2(steps.ok(), qPrintable(steps.error()));
    MoveDialog dialog(m_shop->ws.get(), m_shop->order, steps.value());
    dialog.toCombo()->setCurrentIndex(dialog.toCombo()->findData(QStringLiteral("A-01")));
    // Too many: the refusal stays in the dialog, nothing written.
    dialog.quantitySpin()->setValue(31);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.banner()->isHidden()); // the refusal, in words
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_shop->rows("piece_moves"), 0);
    dialog.quantitySpin()->setValue(10);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_shop->rows("piece_moves"), 1);
    detail.showWorkOrder(m_shop->order);
    QVERIFY2(whereOfStep(detail, 10).contains(QStringLiteral("A-01 Rack 10")),
             qPrintable(whereOfStep(detail, 10)));
}

void TstPlacesUi::serialMovesAtItsScanAndShowsInItsGenealogy()
{
    const Result<QStringList> serials =
        m_shop->ws->serials()->generate(m_shop->order, QStringLiteral("FL{seq:4}"), 1);
    QVERIFY2(serials.ok(), qPrintable(serials.error()));
    const QString sn = serials.value().constFirst();
    openStation();
    scan(QStringLiteral("EMP:E001"));
    scan(QStringLiteral("LOC:A-01"));
    scan(QStringLiteral("SN:") + sn); // one piece: no keypad
    QVERIFY2(m_page->messageText().contains(QStringLiteral("moved to A-01")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_shop->rows("piece_moves"), 1);
    QVERIFY(!m_page->session()->move()->active());

    MessageBanner banner;
    GenealogyPanel genealogy(m_shop->ws.get(), &banner);
    QVERIFY(genealogy.trace(QStringLiteral("SN:") + sn).ok());
    QVERIFY(!genealogy.serialMoves()->isHidden());
    QVERIFY2(genealogy.serialMoves()->text().contains(QStringLiteral("A-01 Rack")),
             qPrintable(genealogy.serialMoves()->text()));
    QVERIFY2(genealogy.serialMoves()->text().contains(QStringLiteral("Now at A-01")),
             qPrintable(genealogy.serialMoves()->text()));
}

void TstPlacesUi::rackIsAddedWithoutAMachine()
{
    // Master data ▸ Places ▸ Add…: the kind is a choice, the machine starts empty, a rack saves.
    MasterDataListWidget list(m_shop->ws.get(), MasterDataKind::Place);
    list.show();
    bool checked = false;
    QTimer::singleShot(0, qApp, [&checked] {
        auto *dialog = qobject_cast<RecordDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("field_kind"));
        auto *machine = dialog->findChild<QComboBox *>(QStringLiteral("field_machine_id"));
        QVERIFY(kind && machine);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("rack"));
        QVERIFY(kind->findData(QStringLiteral("input")) >= 0);
        QCOMPARE(machine->currentData().toString(), QString());
        QVERIFY(machine->count() > 1); // the machines follow
        for (const auto &[column, text] : {std::pair{"code", "B-02"}, std::pair{"name", "暂存区"}}) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("field_") + QLatin1String(column));
            QVERIFY(edit);
            edit->setText(QString::fromUtf8(text));
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        checked = true;
    });
    QTest::mouseClick(list.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY(checked);
    const Result<QString> id =
        m_shop->ws->masterData()->idForCode(MasterDataKind::Place, QStringLiteral("B-02"));
    QVERIFY2(id.ok() && !id.value().isEmpty(), qPrintable(id.error()));
    const Result<MasterRecord> rack = m_shop->ws->masterData()->find(MasterDataKind::Place, id.value());
    QVERIFY(rack.ok());
    QCOMPARE(rack.value().text(QStringLiteral("machine_id")), QString());
    QVERIFY(list.findChild<QPushButton *>(QStringLiteral("printLabelsButton")));
}

QTEST_MAIN(TstPlacesUi)
#include "tst_placesui.moc"
