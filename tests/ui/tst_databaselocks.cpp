// Only SQLite opens the factory's database file in this process. POSIX locks belong to the
// process and go with ANY descriptor of the file that is closed, so a file dialog that opens
// the .sqlite, -wal or -shm to sniff their type, a picture decoder handed the database, or a
// second check of a file already open would let another process delete the -wal under us.
// Each case is proved with a second process that reads the database, as another Taktline or a
// backup script would: SQLite in it must still see this process's locks, so it leaves the -wal
// and -shm alone, and a later save here is visible to a new reader.
#include "common/files/savefiledialog.h"
#include "scan/camerascandialog.h"
#include "scan/camerascanner.h"
#include "services/masterdata/settingsservice.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Taktline;

class TstDatabaseLocks : public QObject
{
    Q_OBJECT
private slots:
    void cancelledExportDialogKeepsTheLocks();
    void cancelledPictureDialogKeepsTheLocks();
    void databaseIsNoPicture();
    void openingTheFileAgainKeepsTheLocks();
};

namespace {

const char *const ReadArgument = "--read-factory-name";

// The second process: opens the database with plain QtSql SQLite, prints the factory name and
// closes it again — the close is where SQLite deletes the -wal and -shm when it believes no
// other process has the database open.
int readFactoryName(const char *path)
{
    static int argc = 1;
    static char program[] = "reader";
    static char *argv[] = {program, nullptr};
    QCoreApplication app(argc, argv);
    QString name;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(QString::fromLocal8Bit(path));
        if (!db.open())
            return 3;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'factory_name'")) ||
            !query.next())
            return 4;
        name = query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    std::fputs(name.toUtf8().constData(), stdout);
    return 0;
}

// What a second process reads as the factory name of the database at PATH.
QString readInAnotherProcess(const QString &path)
{
    QProcess reader;
    reader.start(QCoreApplication::applicationFilePath(),
                 {QString::fromLatin1(ReadArgument), path});
    if (!reader.waitForFinished(60000) || reader.exitStatus() != QProcess::NormalExit ||
        reader.exitCode() != 0)
        return QStringLiteral("reader failed: %1 %2")
            .arg(reader.exitCode())
            .arg(QString::fromLocal8Bit(reader.readAllStandardError()));
    return QString::fromUtf8(reader.readAllStandardOutput());
}

// Runs OPEN, which shows a file dialog; once it is up, goes to FOLDER in it, waits until the
// folder is listed with the icons and types of its files, asks for every cell a detail view
// shows, and cancels. False if no dialog listed the folder.
bool cancelFileDialogIn(const QString &folder, const std::function<void()> &open)
{
    bool listed = false;
    QTimer driver;
    driver.setInterval(10);
    QObject::connect(&driver, &QTimer::timeout, &driver, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        driver.stop();
        if (auto *model = dialog->findChild<QFileSystemModel *>()) {
            QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
            dialog->setDirectory(folder);
            const QString folderPath = QDir(folder).path();
            const auto folderLoaded = [&] {
                for (const QList<QVariant> &signal : std::as_const(loaded)) {
                    if (signal.constFirst().toString() == folderPath)
                        return true;
                }
                return false;
            };
            while (!folderLoaded() && loaded.wait(60000)) {
            }
            listed = folderLoaded();
            const QModelIndex parent = model->index(folder);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex cell = model->index(row, column, parent);
                    model->data(cell, Qt::DisplayRole);
                    model->data(cell, Qt::DecorationRole);
                }
            }
        }
        dialog->reject();
    });
    driver.start();
    open();
    return listed;
}

// A workspace with a fresh write, so the -wal and -shm exist.
void makeWal(TestWorkspace &ws)
{
    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("第一工厂")).ok());
    QVERIFY(QFile::exists(ws.path() + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(ws.path() + QStringLiteral("-shm")));
}

// Another process reads the factory and closes it: it must see our locks and leave the
// write-ahead log and its index alone, and a later save here must be visible to the next reader.
void verifyLocksHeld(TestWorkspace &ws)
{
    const QString path = ws.path();
    QCOMPARE(readInAnotherProcess(path), QStringLiteral("第一工厂"));
    QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the -wal file is still there");
    QVERIFY2(QFile::exists(path + QStringLiteral("-shm")), "the -shm file is still there");
    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("第二工厂")).ok());
    QCOMPARE(readInAnotherProcess(path), QStringLiteral("第二工厂"));
}

} // namespace

void TstDatabaseLocks::cancelledExportDialogKeepsTheLocks()
{
    TestWorkspace ws;
    makeWal(ws);
    if (QTest::currentTestFailed())
        return;
    // The planner exports, goes to the factory's folder in the dialog, looks, and cancels.
    QWidget window;
    window.show();
    QString chosen = QStringLiteral("not asked");
    QVERIFY2(cancelFileDialogIn(ws.dirPath(),
                                [&] {
                                    chosen = SaveFileDialog::ask(
                                        &window, QStringLiteral("Export to Excel"),
                                        QStringLiteral("machines"), {SaveFileDialog::Kind::Excel});
                                }),
             "the dialog listed the factory's folder");
    QVERIFY(chosen.isEmpty());
    verifyLocksHeld(ws);
}

void TstDatabaseLocks::cancelledPictureDialogKeepsTheLocks()
{
    TestWorkspace ws;
    makeWal(ws);
    if (QTest::currentTestFailed())
        return;
    // At the station: "Decode a picture file…", the factory's folder, cancel.
    CameraScanDialog scan;
    scan.show();
    auto *button = scan.findChild<QPushButton *>(QStringLiteral("decodeFileButton"));
    QVERIFY(button);
    QVERIFY2(cancelFileDialogIn(ws.dirPath(), [&] { button->click(); }),
             "the dialog listed the factory's folder");
    verifyLocksHeld(ws);
}

void TstDatabaseLocks::databaseIsNoPicture()
{
    TestWorkspace ws;
    makeWal(ws);
    if (QTest::currentTestFailed())
        return;
    // Chosen by mistake as the picture of a barcode: refused, without being read.
    QStringList errors;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        errors << CameraScanner::decodeFile(ws.path() + suffix).error();
    verifyLocksHeld(ws);
    for (const QString &error : std::as_const(errors))
        QVERIFY2(error.contains(QStringLiteral("the factory's database")), qPrintable(error));
}

void TstDatabaseLocks::openingTheFileAgainKeepsTheLocks()
{
    TestWorkspace ws;
    makeWal(ws);
    if (QTest::currentTestFailed())
        return;
    // A second connection in this process (another thread's) opens the same file and closes.
    {
        Result<std::shared_ptr<Database>> again = Database::open(ws.path());
        QVERIFY2(again.ok(), qPrintable(again.error()));
    }
    verifyLocksHeld(ws);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], ReadArgument) == 0)
        return readFactoryName(argv[2]);
    QApplication app(argc, argv);
    TstDatabaseLocks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaselocks.moc"
