// Reading SQL rows by column name (Sql::Row, Sql::column): a name finds its column wherever the
// statement puts it, on every row of a loop, and a name the statement does not select, or
// selects twice, is reported with the statement instead of reading as an empty value; the
// tests' environment makes that report fatal, so a repository that reads a wrong name fails
// the test that runs it.
#include "storage/sqlquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstSqlRow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void namesFindTheirColumnsInAnyOrder();
    void everyRowOfALoopIsRead();
    void nullReadsAsNullNotAsMissing();
    void missingNameIsReportedWithTheStatement();
    void nameSelectedTwiceIsReported();
    void testsMakeTheReportFatal();

private:
    QSqlDatabase m_db;
    QByteArray m_fatalCriticals;
};

void TstSqlRow::initTestCase()
{
    // The report tests below emit the report on purpose: Qt reads QT_FATAL_CRITICALS once, at
    // the first critical message, so it is taken out of this process before any.
    m_fatalCriticals = qgetenv("QT_FATAL_CRITICALS");
    qunsetenv("QT_FATAL_CRITICALS");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_sqlrow"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id TEXT, good REAL, note TEXT)")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO t VALUES ('a', 3, 'first'), ('b', 5, NULL), ('c', 7, 'third')")));
}

void TstSqlRow::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_sqlrow"));
}

void TstSqlRow::namesFindTheirColumnsInAnyOrder()
{
    QSqlQuery query(m_db);
    QVERIFY(
        query.exec(QStringLiteral("SELECT note, good * 2 AS doubled, id FROM t WHERE id = 'a'")));
    QVERIFY(query.next());
    const Sql::Row row(query);
    QCOMPARE(row.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
    QCOMPARE(row.value(QStringLiteral("doubled")).toDouble(), 6.0);
    QCOMPARE(row.value(QStringLiteral("note")).toString(), QStringLiteral("first"));
    QCOMPARE(Sql::column(query, QStringLiteral("doubled")).toDouble(), 6.0);
}

void TstSqlRow::everyRowOfALoopIsRead()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(QStringLiteral("SELECT good, id FROM t ORDER BY id")));
    // Made before the first row: the names are looked up at the first read.
    const Sql::Row row(query);
    QStringList ids;
    double good = 0;
    while (query.next()) {
        ids << row.value(QStringLiteral("id")).toString();
        good += row.value(QStringLiteral("good")).toDouble();
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(good, 15.0);
}

void TstSqlRow::nullReadsAsNullNotAsMissing()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT note FROM t WHERE id = 'b'")));
    QVERIFY(query.next());
    const QVariant note = Sql::column(query, QStringLiteral("note")); // no report expected
    QVERIFY(note.isValid());
    QVERIFY(note.isNull());
}

void TstSqlRow::missingNameIsReportedWithTheStatement()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, good AS pieces FROM t WHERE id = 'c'")));
    QVERIFY(query.next());
    const Sql::Row row(query);
    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression(QStringLiteral(
                             "selects no column named 'good'.*SELECT id, good AS pieces FROM t")));
    QVERIFY(!row.value(QStringLiteral("good")).isValid());
    // Names match exactly: a differently written name is not taken for another column.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("no column named 'ID'")));
    QVERIFY(!row.value(QStringLiteral("ID")).isValid());
    QCOMPARE(row.value(QStringLiteral("pieces")).toDouble(), 7.0);
}

void TstSqlRow::nameSelectedTwiceIsReported()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT a.id, a.note, b.note FROM t a JOIN t b ON b.id = 'b' WHERE a.id = 'a'")));
    QVERIFY(query.next());
    const Sql::Row row(query);
    // QSqlQuery::value("note") would give the first one: which note was meant is not known.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral(
                                            "selects more than one column named 'note'")));
    QVERIFY(!row.value(QStringLiteral("note")).isValid());
    QCOMPARE(row.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
}

void TstSqlRow::testsMakeTheReportFatal()
{
    QVERIFY2(m_fatalCriticals == "1",
             "the tests run with QT_FATAL_CRITICALS=1 (tests/CMakeLists.txt), so a column read by "
             "a name its statement does not select aborts the test that reads it");
}

QTEST_GUILESS_MAIN(TstSqlRow)
#include "tst_sqlrow.moc"
