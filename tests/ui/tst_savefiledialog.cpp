// Asking where to save an export never drops the factory database's locks: the file dialog,
// opened in the folder that holds the .sqlite file and its -wal/-shm and then cancelled, must
// not open any of them (POSIX locks belong to the process and go with ANY descriptor of the
// file that is closed). Proved with a second process that reads the database, as another
// Taktline or a backup script would: SQLite in it must still see this process's locks, so it
// leaves the -wal and -shm alone, and a later save here is visible to a new reader.
#include "common/savefiledialog.h"
#include "services/masterdata/settingsservice.h"
#include "testworkspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Taktline;

class TstSaveFileDialog : public QObject
{
    Q_OBJECT
private slots:
    void cancelledDialogKeepsTheDatabaseLocks();
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
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
    reader.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ReadArgument), path});
    if (!reader.waitForFinished(60000) || reader.exitStatus() != QProcess::NormalExit ||
        reader.exitCode() != 0)
        return QStringLiteral("reader failed: %1 %2").arg(reader.exitCode()).arg(QString::fromLocal8Bit(reader.readAllStandardError()));
    return QString::fromUtf8(reader.readAllStandardOutput());
}

} // namespace

void TstSaveFileDialog::cancelledDialogKeepsTheDatabaseLocks()
{
    TestWorkspace ws;
    const QString path = ws.path();
    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("第一工厂")).ok());
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    // The planner exports, goes to the factory's folder in the dialog, looks, and cancels.
    QWidget window;
    window.show();
    bool sawFolder = false;
    QTimer driver;
    driver.setInterval(10);
    connect(&driver, &QTimer::timeout, &window, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        driver.stop();
        auto *model = dialog->findChild<QFileSystemModel *>();
        if (model) {
            QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
            dialog->setDirectory(ws.dirPath());
            // Until the folder is read, with the icons and types of its files gathered.
            const QString folderPath = QDir(ws.dirPath()).path();
            const auto folderLoaded = [&] {
                for (const QList<QVariant> &signal : std::as_const(loaded)) {
                    if (signal.constFirst().toString() == folderPath)
                        return true;
                }
                return false;
            };
            while (!folderLoaded() && loaded.wait(60000)) {
            }
            sawFolder = folderLoaded();
            // Everything a view in detail mode shows, as it would show it.
            const QModelIndex folder = model->index(ws.dirPath());
            for (int row = 0; row < model->rowCount(folder); ++row) {
                for (int column = 0; column < model->columnCount(folder); ++column) {
                    const QModelIndex cell = model->index(row, column, folder);
                    model->data(cell, Qt::DisplayRole);
                    model->data(cell, Qt::DecorationRole);
                }
            }
        }
        dialog->reject();
    });
    driver.start();
    const QString chosen = SaveFileDialog::ask(&window, QStringLiteral("Export to Excel"),
                                               QStringLiteral("machines"),
                                               {SaveFileDialog::Kind::Excel});
    QVERIFY(chosen.isEmpty());
    QVERIFY2(sawFolder, "the dialog listed the factory's folder");

    // Another process reads the factory and closes it: it must see our locks and leave the
    // write-ahead log and its index alone.
    QCOMPARE(readInAnotherProcess(path), QStringLiteral("第一工厂"));
    QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the -wal file is still there");
    QVERIFY2(QFile::exists(path + QStringLiteral("-shm")), "the -shm file is still there");
    // A later save is visible to the next reader, not stranded in a deleted log.
    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("第二工厂")).ok());
    QCOMPARE(readInAnotherProcess(path), QStringLiteral("第二工厂"));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], ReadArgument) == 0)
        return readFactoryName(argv[2]);
    QApplication app(argc, argv);
    TstSaveFileDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savefiledialog.moc"
