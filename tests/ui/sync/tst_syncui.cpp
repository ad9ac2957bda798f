// Sync as people see it: Settings ▸ Sync fills its fields from an invitation (pasted or read from
// its QR code picture) and refuses a bad one saying why, and says each state in words; the
// status bar's indicator says the state on every page; the station shows its offline line and
// keeps taking scans; the Conflicts view lists what clashed and settles it with an action.
#include "barcode/barcodeimage.h"
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "item/sync/conflictlistmodel.h"
#include "item/sync/conflictmarkmodel.h"
#include "item/planning/workorderlistmodel.h"
#include "services/sync/conflictservice.h"
#include "services/sync/synccontroller.h"
#include "settings/invitedialog.h"
#include "settings/settingspage.h"
#include "settings/syncpanel.h"
#include "shell/mainwindow.h"
#include "shell/syncindicator.h"
#include "station/stationpage.h"
#include "station/stationsyncline.h"
#include "sync/conflictspage.h"
#include "workorders/workorderspage.h"
#include "services/workspace.h"
#include "testshop.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Taktline;

class TstSyncUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void panelFillsFromAnInvite();
    void panelReadsTheInviteFromItsQrPicture();
    void panelRefusesABadInviteSayingWhy();
    void newDeviceInviteShowsAQrCodeThatReadsBack();
    void panelSaysEachStateInWords();
    void indicatorSaysEachStateAndOpensSettings();
    void indicatorOpensConflictsWhileSomeAreOpen();
    void stationShowsItsOfflineLineAndKeepsScanning();
    void conflictsPageListsConflictsAndActionsResolve();
    void destructiveActionAsksFirst();
    void workOrderListMarksARecordWithAConflict();
    void pagesShowAnotherDevicesChangesWhenTheyArrive();

private:
    SyncPanel *openPanel();
    void emitStatus(const SyncStatus &status) { emit m_sync->statusChanged(status); }

    LanguageManager m_language;
    std::unique_ptr<TestShop> m_shop;
    SyncController *m_sync = nullptr;
    MessageBanner *m_banner = nullptr;
    std::unique_ptr<QWidget> m_shown;
};

namespace {

SyncConnection exampleServer()
{
    SyncConnection server;
    server.host = QStringLiteral("192.168.1.10");
    server.port = 6543;
    server.database = QStringLiteral("taktline");
    server.login = QStringLiteral("tablet_2");
    server.tls = SyncConnection::Tls::Require;
    return server;
}

SyncStatus statusOf(SyncStatus::State state)
{
    SyncStatus status;
    status.state = state;
    return status;
}

// Two conflicts as the detector records them after a pulled batch (docs/sync.md, "Conflicts"):
// the shop's order cancelled on one device while another reported on it, and a machine code
// created twice. Returns the order's id.
QString addConflicts(TestShop &shop)
{
    const qint64 now = shop.ws->clock().nowMs();
    const QString older = QStringLiteral("0190a000-0000-7000-8000-00000000c001");
    const QList<QStringList> rows = {
        {QStringLiteral("cancelled_while_reported/%1").arg(shop.order),
         QStringLiteral("cancelled_while_reported"), QStringLiteral("work_orders"), shop.order,
         shop.number(shop.order), QStringLiteral("[]"), QString::number(now - 60000)},
        {QStringLiteral("duplicate_code/machines/CNC-9"), QStringLiteral("duplicate_code"),
         QStringLiteral("machines"), QStringLiteral("0190a000-0000-7000-8000-00000000c002"),
         QStringLiteral("CNC-9"), QStringLiteral("[{\"record\": \"%1\"}]").arg(older),
         QString::number(now)},
    };
    for (const QStringList &row : rows) {
        QSqlQuery insert(shop.ws->database().connection());
        insert.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, subject, "
                                      "details, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QString &value : row)
            insert.addBindValue(value);
        if (!insert.exec())
            qFatal("sync_conflicts: %s", qPrintable(insert.lastError().text()));
    }
    emit shop.ws->conflicts()->conflictsChanged();
    return shop.order;
}

} // namespace

void TstSyncUi::initTestCase()
{
    m_language.apply(QStringLiteral("en")); // the English plurals
}

void TstSyncUi::init()
{
    m_shop = std::make_unique<TestShop>();
    m_sync = m_shop->ws->sync();
}

void TstSyncUi::cleanup()
{
    m_shown.reset();
    m_shop.reset();
}

SyncPanel *TstSyncUi::openPanel()
{
    auto *holder = new QWidget;
    m_shown.reset(holder);
    m_banner = new MessageBanner(holder);
    auto *panel = new SyncPanel(m_shop->ws.get(), m_sync, m_banner, holder);
    holder->resize(1280, 800);
    holder->show();
    return panel;
}

void TstSyncUi::panelFillsFromAnInvite()
{
    SyncPanel *panel = openPanel();
    panel->setInviteAsker([](QWidget *) {
        return exampleServer().toInvite(QStringLiteral("s3cret&=?"));
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("pasteInviteButton")),
                      Qt::LeftButton);
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("syncHostEdit"))->text(),
             QStringLiteral("192.168.1.10"));
    QCOMPARE(panel->findChild<QSpinBox *>(QStringLiteral("syncPortSpin"))->value(), 6543);
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("syncDatabaseEdit"))->text(),
             QStringLiteral("taktline"));
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("syncLoginEdit"))->text(),
             QStringLiteral("tablet_2"));
    auto *password = panel->findChild<QLineEdit *>(QStringLiteral("syncPasswordEdit"));
    QCOMPARE(password->text(), QStringLiteral("s3cret&=?"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(panel->enteredConnection().tls, SyncConnection::Tls::Require);
    QVERIFY(panel->findChild<QComboBox *>(QStringLiteral("syncTlsCombo"))
                ->currentText()
                .contains(QLatin1String("require")));
}

void TstSyncUi::panelReadsTheInviteFromItsQrPicture()
{
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("invite.png"));
    const Result<QImage> qr = BarcodeImage::encodeQr(exampleServer().toInvite(QStringLiteral("pw")), 6);
    QVERIFY2(qr, qPrintable(qr.error()));
    QVERIFY(qr.value().save(picture));
    SyncPanel *panel = openPanel();
    panel->setFileChooser([&picture](QWidget *, const QString &, const QString &) { return picture; });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("inviteFromPictureButton")),
                      Qt::LeftButton);
    QVERIFY2(m_banner->text().contains(QLatin1String("tablet_2")), qPrintable(m_banner->text()));
    QCOMPARE(panel->enteredConnection().host, QStringLiteral("192.168.1.10"));
    QCOMPARE(panel->enteredPassword(), QStringLiteral("pw"));
}

void TstSyncUi::panelRefusesABadInviteSayingWhy()
{
    SyncPanel *panel = openPanel();
    auto *host = panel->findChild<QLineEdit *>(QStringLiteral("syncHostEdit"));
    host->setText(QStringLiteral("office-pc"));
    QString ignored;
    const QString bad = QStringLiteral("https://example.com/not-an-invite");
    const Result<SyncConnection> parsed = SyncConnection::fromInvite(bad, &ignored);
    QVERIFY(!parsed);
    QVERIFY(!panel->applyInvite(bad));
    QVERIFY2(m_banner->text().contains(QLatin1String("cannot be used")), qPrintable(m_banner->text()));
    QVERIFY2(m_banner->text().contains(parsed.error()), qPrintable(m_banner->text()));
    QCOMPARE(host->text(), QStringLiteral("office-pc")); // nothing typed is lost
}

void TstSyncUi::newDeviceInviteShowsAQrCodeThatReadsBack()
{
    // What the owner shows a new tablet: the picture scans back to the same invitation, whose
    // text is there to copy.
    const QString invite = exampleServer().toInvite(QStringLiteral("Xk9-pw"));
    InviteDialog dialog(QStringLiteral("车间平板 2"), invite);
    dialog.show();
    QVERIFY(!dialog.qrImage().isNull());
    const Result<QString> read = BarcodeImage::decode(dialog.qrImage());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read.value(), invite);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("inviteText"))->toPlainText(), invite);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyInviteButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), invite);
}

void TstSyncUi::panelSaysEachStateInWords()
{
    SyncPanel *panel = openPanel();
    const auto text = [panel](const char *name) {
        auto *label = panel->findChild<QLabel *>(QLatin1String(name));
        return label && label->isVisible() ? label->text() : QString();
    };
    emitStatus(statusOf(SyncStatus::State::NotConfigured));
    QCOMPARE(text("syncStateLabel"), QStringLiteral("This PC only"));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());

    SyncStatus synced = statusOf(SyncStatus::State::Synced);
    synced.lastSync = m_shop->ws->clock().now().addSecs(-120).toUTC();
    emitStatus(synced);
    QCOMPARE(text("syncStateLabel"), QStringLiteral("Synced ✓"));
    QVERIFY2(text("syncLastSyncLabel").contains(QLatin1String("Last sync: today")),
             qPrintable(text("syncLastSyncLabel")));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());

    SyncStatus waiting = statusOf(SyncStatus::State::Waiting);
    waiting.queuedChanges = 3;
    waiting.queuedReports = 2;
    emitStatus(waiting);
    QCOMPARE(text("syncStateLabel"), QStringLiteral("3 waiting"));
    QCOMPARE(text("syncQueuedLabel"), QStringLiteral("3 changes waiting (2 reports)"));

    SyncStatus offline = statusOf(SyncStatus::State::Offline);
    offline.offlineSince = QDateTime(m_shop->ws->clock().today(), QTime(13, 40)).toUTC();
    emitStatus(offline);
    QCOMPARE(text("syncStateLabel"), QStringLiteral("Offline since 13:40"));
    QVERIFY2(text("syncLastSyncLabel").contains(QLatin1String("since today 13:40")),
             qPrintable(text("syncLastSyncLabel")));

    SyncStatus refused = statusOf(SyncStatus::State::Error);
    refused.lastError = QStringLiteral("The server refused the password of tablet_2.");
    refused.openConflicts = 2;
    emitStatus(refused);
    QCOMPARE(text("syncStateLabel"), QStringLiteral("Sync error"));
    QVERIFY2(text("syncLastSyncLabel")
                 .startsWith(QLatin1String("The server refused to sync: The server refused the "
                                           "password of tablet_2.")),
             qPrintable(text("syncLastSyncLabel")));
    // Offline afterwards, the refusal is still said, as the last error.
    refused.state = SyncStatus::State::Offline;
    emitStatus(refused);
    QCOMPARE(text("syncLastErrorLabel"),
             QStringLiteral("Last error: The server refused the password of tablet_2."));
    QCOMPARE(text("syncConflictsLabel"), QStringLiteral("2 open conflicts: see Conflicts."));

    SyncStatus pulling = statusOf(SyncStatus::State::Syncing);
    pulling.pullTotal = 40000;
    pulling.pullDone = 1200;
    emitStatus(pulling);
    QCOMPARE(text("syncStateLabel"), QStringLiteral("Syncing…"));
    QCOMPARE(text("syncPullLabel"), QStringLiteral("Fetching the factory: 1,200 of 40,000 changes"));
    auto *bar = panel->findChild<QProgressBar *>(QStringLiteral("syncPullProgress"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 40000);
    QCOMPARE(bar->value(), 1200);
}

void TstSyncUi::indicatorSaysEachStateAndOpensSettings()
{
    auto *window = new MainWindow(m_shop->ws.get(), &m_language);
    m_shown.reset(window);
    window->setSync(m_sync, m_shop->ws->conflicts());
    window->show();
    SyncIndicator *indicator = window->syncIndicator();
    QVERIFY(indicator);
    const QList<std::pair<SyncStatus::State, QString>> words = {
        {SyncStatus::State::NotConfigured, QStringLiteral("This PC only")},
        {SyncStatus::State::Synced, QStringLiteral("Synced ✓")},
        {SyncStatus::State::Syncing, QStringLiteral("Syncing…")},
        {SyncStatus::State::Error, QStringLiteral("Sync error")},
    };
    for (const auto &[state, text] : words) {
        emitStatus(statusOf(state));
        QCOMPARE(indicator->text(), QStringLiteral("● ") + text);
        QVERIFY(!indicator->statusButton()->toolTip().isEmpty());
    }
    SyncStatus waiting = statusOf(SyncStatus::State::Waiting);
    waiting.queuedChanges = 12;
    emitStatus(waiting);
    QCOMPARE(indicator->text(), QStringLiteral("● 12 waiting"));
    SyncStatus offline = statusOf(SyncStatus::State::Offline);
    offline.offlineSince = QDateTime(m_shop->ws->clock().today(), QTime(7, 5)).toUTC();
    emitStatus(offline);
    QCOMPARE(indicator->text(), QStringLiteral("● Offline since 07:05"));
    QVERIFY(indicator->statusButton()->minimumHeight() >= 36); // a gloved finger

    QVERIFY(indicator->isVisible());

    window->setCurrentPage(Page::WorkOrders);
    QTest::mouseClick(indicator->statusButton(), Qt::LeftButton);
    QCOMPARE(window->currentPage(), Page::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window->pageWidget(Page::Settings));
    QVERIFY(settings->syncPanel() && settings->syncPanel()->isVisible());
}

void TstSyncUi::indicatorOpensConflictsWhileSomeAreOpen()
{
    auto *window = new MainWindow(m_shop->ws.get(), &m_language);
    m_shown.reset(window);
    window->setSync(m_sync, m_shop->ws->conflicts());
    window->show();
    // A PC on its own with nothing to disagree on has no Conflicts page; the first one brings it.
    QVERIFY(!window->visiblePages().contains(Page::Conflicts));
    auto *railButton = window->findChild<QToolButton *>(QStringLiteral("nav_conflicts"));
    QVERIFY(railButton && !railButton->isVisible());
    QWidget *workOrders = window->pageWidget(Page::WorkOrders);
    addConflicts(*m_shop);
    QVERIFY(window->visiblePages().contains(Page::Conflicts));
    QVERIFY(window->pageWidget(Page::Conflicts));
    QVERIFY(railButton->isVisible());
    QCOMPARE(window->pageWidget(Page::WorkOrders), workOrders); // the other pages stay as they are
    SyncIndicator *indicator = window->syncIndicator();
    emitStatus(statusOf(SyncStatus::State::Synced));
    QVERIFY(!indicator->conflictsButton()->isVisible());
    SyncStatus status = statusOf(SyncStatus::State::Synced);
    status.openConflicts = 2;
    emitStatus(status);
    QVERIFY(indicator->conflictsButton()->isVisible());
    QCOMPARE(indicator->conflictsButton()->text(), QStringLiteral("⚠ 2 conflicts"));
    QTest::mouseClick(indicator->conflictsButton(), Qt::LeftButton);
    QCOMPARE(window->currentPage(), Page::Conflicts);
}

void TstSyncUi::stationShowsItsOfflineLineAndKeepsScanning()
{
    auto *station = new StationPage(m_shop->ws.get());
    m_shown.reset(station);
    station->setSync(m_sync);
    station->resize(1280, 800);
    station->show();
    station->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(station));
    emitStatus(statusOf(SyncStatus::State::Synced));
    QVERIFY(!station->syncLine()->isVisible());

    SyncStatus offline = statusOf(SyncStatus::State::Offline);
    offline.queuedChanges = 9;
    offline.queuedReports = 3;
    emitStatus(offline);
    QVERIFY(station->syncLine()->isVisible());
    QCOMPARE(station->syncLine()->text(), QStringLiteral("Offline, 3 reports waiting to sync"));
    QCOMPARE(station->syncLine()->focusPolicy(), Qt::NoFocus);

    // A badge scanned while offline is taken as always.
    station->quantityEdit(QStringLiteral("good"))->setFocus();
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : station;
    QTest::keyClicks(target, QStringLiteral("EMP:E001"));
    QTest::keyClick(target, Qt::Key_Return);
    QVERIFY2(!station->session()->employeeId().isEmpty(), qPrintable(station->messageText()));

    emitStatus(statusOf(SyncStatus::State::Synced));
    QVERIFY(!station->syncLine()->isVisible());
}

void TstSyncUi::conflictsPageListsConflictsAndActionsResolve()
{
    ConflictService *service = m_shop->ws->conflicts();
    addConflicts(*m_shop);
    auto *page = new ConflictsPage(service);
    m_shown.reset(page);
    page->setConfirmer([](QWidget *, const QString &, const QString &) { return true; });
    page->resize(1280, 800);
    page->show();
    const int open = service->openCount();
    QVERIFY(open >= 1);
    QCOMPARE(page->model()->rowCount(), open);
    const SyncConflict *first = page->model()->conflictAt(0);
    QVERIFY(first && !first->actions.isEmpty());
    const QString id = first->id;
    const SyncConflict::Action action = first->actions.constLast();
    page->selectConflict(id);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("conflictAction_") + action.key);
    QVERIFY2(button, qPrintable(action.key));
    QCOMPARE(button->text(), action.label);
    QSignalSpy changed(service, &ConflictService::conflictsChanged);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(!changed.isEmpty(), qPrintable(page->banner()->text()));
    QCOMPARE(service->openCount(), open - 1);
    QCOMPARE(page->model()->rowCount(), open - 1);
    QCOMPARE(page->model()->rowOfId(id), -1);
    // Resolved ones come back with the toggle, said so.
    page->showResolvedCheck()->setChecked(true);
    const int row = page->model()->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, ConflictListModel::StateColumn).data().toString(),
             QStringLiteral("Resolved"));
}

void TstSyncUi::destructiveActionAsksFirst()
{
    ConflictService *service = m_shop->ws->conflicts();
    addConflicts(*m_shop);
    auto *page = new ConflictsPage(service);
    m_shown.reset(page);
    int asked = 0;
    page->setConfirmer([&asked](QWidget *, const QString &, const QString &) {
        ++asked;
        return false; // the person says no
    });
    page->show();
    const int open = service->openCount();
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const SyncConflict *conflict = page->model()->conflictAt(row);
        for (const SyncConflict::Action &action : conflict->actions) {
            if (action.key != QLatin1String("void_report") && action.key != QLatin1String("merge"))
                continue;
            page->selectConflict(conflict->id);
            page->runAction(action.key);
            QCOMPARE(asked, 1);
            QCOMPARE(service->openCount(), open); // nothing settled
            return;
        }
    }
    QSKIP("No conflict with a destructive action in the test shop.");
}

void TstSyncUi::workOrderListMarksARecordWithAConflict()
{
    ConflictService *service = m_shop->ws->conflicts();
    const QString orderId = addConflicts(*m_shop);
    QVERIFY(service->isMarked(QStringLiteral("work_orders"), orderId));
    WorkOrderListModel list(m_shop->ws->workOrders());
    ConflictMarkModel marks(service, QStringLiteral("work_orders"), WorkOrderListModel::NumberColumn,
                            [](const QModelIndex &index) {
                                return index.data(WorkOrderListModel::IdRole).toString();
                            });
    marks.setSourceModel(&list);
    int markedRows = 0;
    for (int row = 0; row < marks.rowCount(); ++row) {
        const QModelIndex index = marks.index(row, 0);
        const bool marked = index.data(ConflictMarkModel::MarkedRole).toBool();
        QCOMPARE(marked, list.idAt(row) == orderId);
        if (marked) {
            ++markedRows;
            QVERIFY(!index.data(Qt::DecorationRole).isNull());
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("conflict")));
        }
    }
    QCOMPARE(markedRows, 1);
}

void TstSyncUi::pagesShowAnotherDevicesChangesWhenTheyArrive()
{
    auto *window = new MainWindow(m_shop->ws.get(), &m_language);
    m_shown.reset(window);
    window->setSync(m_sync, m_shop->ws->conflicts());
    window->show();
    window->setCurrentPage(Page::WorkOrders);
    auto *page = qobject_cast<WorkOrdersPage *>(window->pageWidget(Page::WorkOrders));
    QVERIFY(page);
    const int before = page->view()->model()->rowCount();
    QWidget *machines = window->pageWidget(Page::Machines);
    // The sync engine writes another device's order into the file on its own connection: no
    // service of this workspace hears of it.
    QSqlQuery insert(m_shop->ws->database().connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO work_orders (id, number, product_id, quantity, due_date, customer, "
        "sales_order, priority, lot_no, notes, state, version, active, deleted, created_at, "
        "updated_at) SELECT '0190a000-0000-7000-8000-0000000000b1', 'WO-B-0001', product_id, "
        "quantity, due_date, customer, sales_order, priority, lot_no, notes, 'released', version, "
        "active, deleted, created_at, updated_at FROM work_orders WHERE id = ?"));
    insert.addBindValue(m_shop->order);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    QCOMPARE(page->view()->model()->rowCount(), before);
    emit m_sync->remoteChangesApplied();
    // The page in use reads the file again, keeping its filter; the others are made anew when
    // next shown.
    QTRY_COMPARE(page->view()->model()->rowCount(), before + 1);
    QCOMPARE(window->pageWidget(Page::WorkOrders), static_cast<QWidget *>(page));
    window->setCurrentPage(Page::Machines);
    QVERIFY(window->pageWidget(Page::Machines) != machines);
}

QTEST_MAIN(TstSyncUi)
#include "tst_syncui.moc"
