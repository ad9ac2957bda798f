// SPC over the recorded inspections: one chart point per inspection that counts (a voided one
// leaves, its correction stays), subgroups when every inspection measured the same pieces, else
// individuals; the characteristic's limits; refusals; and the first-pass yield per product and
// step as the dashboard counts it, checked against SQL written here.
#include "services/quality/spcservice.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

namespace {

// Until InspectionService::record is built (branch q-inspect), the facts are written as rows.
class Facts
{
public:
    explicit Facts(const TestShop &shop)
        : m_shop(shop)
    {}

    void exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_shop.ws->database().connection());
        QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(sql + QLatin1Char(' ') + query.lastError().text()));
    }
    QString plan(const QString &productId, int seq) const
    {
        const QString id = QStringLiteral("plan-%1").arg(seq);
        exec(QStringLiteral("INSERT INTO inspection_plans (id, product_id, operation_seq, name, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"),
             {id, productId, seq, QStringLiteral("车削巡检")});
        return id;
    }
    QString characteristic(const QString &planId, int seq, const char *name, const char *kind,
                           const QVariant &lower, const QVariant &upper) const
    {
        const QString id = QStringLiteral("%1-c%2").arg(planId).arg(seq);
        exec(QStringLiteral("INSERT INTO inspection_characteristics (id, plan_id, seq, name, kind, "
                            "nominal, lower_limit, upper_limit, unit, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, 10, ?, ?, 'mm', 0, 0)"),
             {id, planId, seq, QString::fromUtf8(name), QString::fromLatin1(kind), lower, upper});
        return id;
    }
    // One inspection at AT with VALUES as samples 1, 2, … of CHARACTERISTIC_ID; VOIDS: the
    // inspection it corrects.
    QString inspection(const QString &planId, qint64 at, const QString &characteristicId,
                       const QList<double> &values, const QString &voids = {})
    {
        const QString id = QStringLiteral("insp-%1").arg(++m_count);
        exec(QStringLiteral("INSERT INTO inspections (id, kind, plan_id, result, "
                            "voids_inspection_id, at, device_id) VALUES (?, 'patrol', ?, 'pass', "
                            "?, ?, 'd')"),
             {id, planId, voids.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : voids, at});
        for (qsizetype i = 0; i < values.size(); ++i)
            exec(QStringLiteral("INSERT INTO inspection_values (id, inspection_id, "
                                "characteristic_id, sample_no, value, ok, at, device_id) VALUES "
                                "(?, ?, ?, ?, ?, 1, ?, 'd')"),
                 {QStringLiteral("%1-v%2").arg(id).arg(i + 1), id, characteristicId, int(i + 1),
                  values.at(i), at});
        return id;
    }

private:
    const TestShop &m_shop;
    int m_count = 0;
};

QList<double> five(double m, double r) // mean M, range R (as in tst_spccalculator)
{
    return {m - r / 2, m - r / 4, m, m + r / 4, m + r / 2};
}

int operationSeq(const TestShop &shop, int index)
{
    QSqlQuery query(shop.ws->database().connection());
    query.prepare(QStringLiteral("SELECT seq FROM work_order_operations WHERE id = ?"));
    query.addBindValue(shop.step(index));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TstSpcService : public QObject
{
    Q_OBJECT

private slots:
    void subgroupsOfTheInspectionsThatCount();
    void individualsWhenSampleCountsDiffer();
    void refusesWhatCannotBeCharted();
    void listsTheMeasuredCharacteristics();
    void firstPassYieldAsTheDashboardCountsIt();
};

void TstSpcService::subgroupsOfTheInspectionsThatCount()
{
    TestShop shop;
    Facts facts(shop);
    const QString plan = facts.plan(shop.flange, operationSeq(shop, 0));
    const QString diameter = facts.characteristic(plan, 1, "外径", "measured", 9.94, 10.10);
    // The ten subgroups of tst_spccalculator, one inspection an hour from Monday 08:00: X̄̄ = 10,
    // R̄ = 0.05, UCL 10.02885; Cp 1.24053, Cpk 0.93040 against 9.94 … 10.10.
    const QList<double> means{10.00, 10.01, 9.99, 10.02, 9.98, 10.00, 10.01, 9.99, 10.00, 10.00};
    const QList<double> ranges{0.04, 0.06, 0.05, 0.04, 0.06, 0.05, 0.04, 0.06, 0.05, 0.05};
    facts.inspection(plan, TestShop::at(0, 7), diameter, five(12.0, 0.5)); // before the period
    QString typo;
    for (int i = 0; i < 10; ++i) {
        if (i == 4) {
            // Recorded with a typo at 12:00, corrected at 12:30 by an inspection voiding it.
            typo = facts.inspection(plan, TestShop::at(0, 12), diameter, five(99.8, 0.06));
            facts.inspection(plan, TestShop::at(0, 12, 30), diameter, five(9.98, 0.06), typo);
            continue;
        }
        facts.inspection(plan, TestShop::at(0, 8 + i), diameter, five(means.at(i), ranges.at(i)));
    }
    facts.inspection(plan, TestShop::at(1, 8), diameter, five(12.0, 0.5)); // after the period

    const Result<SpcSeries> series =
        shop.ws->spc()->series(diameter, TestShop::at(0, 8), TestShop::at(1, 8));
    QVERIFY2(series, qPrintable(series.error()));
    const SpcSeries &s = series.value();
    QCOMPARE(s.name, QStringLiteral("外径"));
    QCOMPARE(s.unit, QStringLiteral("mm"));
    QCOMPARE(s.lower, std::optional<double>(9.94));
    QCOMPARE(s.upper, std::optional<double>(10.10));
    QCOMPARE(s.nominal, std::optional<double>(10));
    QCOMPARE(s.chart.kind, ControlChart::Kind::XbarR);
    QCOMPARE(s.chart.subgroupSize, 5);
    QCOMPARE(s.atMs.size(), 10);
    QCOMPARE(s.atMs.at(4), TestShop::at(0, 12, 30)); // the correction, not the typo
    for (int i = 0; i < 10; ++i)
        QVERIFY2(qAbs(s.chart.location.at(i) - means.at(i)) < 1e-9, qPrintable(QString::number(i)));
    QVERIFY(qAbs(s.chart.centre - 10.0) < 1e-9);
    QVERIFY(qAbs(s.chart.upper - 10.02885) < 1e-9);
    QVERIFY(qAbs(s.chart.rangeCentre - 0.05) < 1e-9);
    QCOMPARE(s.capability.n, 50);
    QVERIFY(s.capability.cp && qAbs(*s.capability.cp - 1.24053) < 1e-4);
    QVERIFY(s.capability.cpk && qAbs(*s.capability.cpk - 0.93040) < 1e-4);
}

void TstSpcService::individualsWhenSampleCountsDiffer()
{
    TestShop shop;
    Facts facts(shop);
    const QString plan = facts.plan(shop.flange, operationSeq(shop, 0));
    const QString length = facts.characteristic(plan, 1, "长度", "measured", QVariant(), 10.9);
    // One piece per inspection: the individuals of tst_spccalculator (X̄ = 10.125, MR̄ =
    // 0.2714286, UCL 10.847); USL only: Cpk = (10.9 − 10.125) / (3 · 0.2406282) = 1.07357.
    const QList<double> readings{10.0, 10.4, 10.1, 10.3, 9.9, 10.2, 10.0, 10.1};
    for (int i = 0; i < readings.size(); ++i)
        facts.inspection(plan, TestShop::at(0, 8 + i), length, {readings.at(i)});
    const Result<SpcSeries> single =
        shop.ws->spc()->series(length, TestShop::at(0, 0), TestShop::at(1, 0));
    QVERIFY2(single, qPrintable(single.error()));
    QCOMPARE(single.value().chart.kind, ControlChart::Kind::Individuals);
    QCOMPARE(single.value().chart.location, readings);
    QVERIFY(qAbs(single.value().chart.upper - 10.847) < 1e-6);
    QVERIFY(!single.value().capability.cp);
    QVERIFY(single.value().capability.cpk && qAbs(*single.value().capability.cpk - 1.07357) < 1e-4);

    // A second day measuring two pieces, then three: not one subgroup size, so one point per
    // inspection (its mean), charted as individuals.
    facts.inspection(plan, TestShop::at(1, 8), length, {10.0, 10.2});
    facts.inspection(plan, TestShop::at(1, 9), length, {10.3, 10.1, 10.2});
    facts.inspection(plan, TestShop::at(1, 10), length, {10.4, 10.2});
    const Result<SpcSeries> mixed =
        shop.ws->spc()->series(length, TestShop::at(1, 0), TestShop::at(2, 0));
    QVERIFY2(mixed, qPrintable(mixed.error()));
    QCOMPARE(mixed.value().chart.kind, ControlChart::Kind::Individuals);
    QCOMPARE(mixed.value().chart.location.size(), 3);
    QVERIFY(qAbs(mixed.value().chart.location.at(1) - 10.2) < 1e-9);
}

void TstSpcService::refusesWhatCannotBeCharted()
{
    TestShop shop;
    Facts facts(shop);
    const QString plan = facts.plan(shop.flange, operationSeq(shop, 0));
    const QString diameter = facts.characteristic(plan, 1, "外径", "measured", 9.94, 10.10);
    const QString burr = facts.characteristic(plan, 2, "毛刺", "pass_fail", QVariant(), QVariant());
    const QString only = facts.inspection(plan, TestShop::at(0, 8), diameter, five(10, 0.05));
    const Result<SpcSeries> one =
        shop.ws->spc()->series(diameter, TestShop::at(0, 0), TestShop::at(1, 0));
    QVERIFY(!one);
    QVERIFY2(one.error().contains(QStringLiteral("at least 2")), qPrintable(one.error()));
    // A second inspection that was voided does not make a chart.
    const QString wrong = facts.inspection(plan, TestShop::at(0, 9), diameter, five(10, 0.05));
    facts.inspection(plan, TestShop::at(0, 10), diameter, {}, wrong);
    QVERIFY(!shop.ws->spc()->series(diameter, TestShop::at(0, 0), TestShop::at(1, 0)));
    const Result<SpcSeries> notMeasured =
        shop.ws->spc()->series(burr, TestShop::at(0, 0), TestShop::at(1, 0));
    QVERIFY(!notMeasured);
    QVERIFY2(notMeasured.error().contains(QStringLiteral("毛刺")), qPrintable(notMeasured.error()));
    QVERIFY(!shop.ws->spc()->series(QStringLiteral("nope"), 0, TestShop::at(1, 0)));
    Q_UNUSED(only);
}

void TstSpcService::listsTheMeasuredCharacteristics()
{
    TestShop shop;
    Facts facts(shop);
    const int seq = operationSeq(shop, 0);
    const QString plan = facts.plan(shop.flange, seq);
    const QString diameter = facts.characteristic(plan, 1, "外径", "measured", 9.94, 10.10);
    facts.characteristic(plan, 2, "毛刺", "pass_fail", QVariant(), QVariant());
    const Result<QList<SpcCharacteristic>> found = shop.ws->spc()->characteristics();
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found.value().size(), 1);
    const SpcCharacteristic &c = found.value().constFirst();
    QCOMPARE(c.id, diameter);
    QCOMPARE(c.productId, shop.flange);
    QCOMPARE(c.partNo, QStringLiteral("FL-1"));
    QCOMPARE(c.operationSeq, seq);
    QVERIFY2(!c.operationName.isEmpty(), "the routing step's name");
    QCOMPARE(c.unit, QStringLiteral("mm"));
}

void TstSpcService::firstPassYieldAsTheDashboardCountsIt()
{
    TestShop shop(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, true});
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 50, 4));
    ReportRequest rework = shop.request(0, 40);
    rework.rework = 3;
    shop.reportAt(TestShop::at(0, 10), rework);
    const QString wrong = shop.reportAt(TestShop::at(0, 11), shop.request(0, 5, 5));
    shop.setNow(TestShop::at(0, 11, 30));
    QVERIFY(shop.ws->reporting()->voidReport(wrong, QStringLiteral("录错")));
    shop.reportAt(TestShop::at(0, 12), shop.request(1, 80, 2));
    shop.reportAt(TestShop::at(2, 12), shop.request(1, 5, 5)); // after the period

    // The figures by SQL: per step, Σ good ÷ Σ (good + defective + rework) of the reports that
    // count (neither voided nor voiding) in the period.
    QSqlQuery query(shop.ws->database().connection());
    QVERIFY(query.prepare(QStringLiteral(
        "SELECT o.seq, sum(r.good), sum(r.good + r.defective + r.rework) FROM production_reports r "
        "JOIN work_order_operations o ON o.id = r.operation_id WHERE r.voids_report_id IS NULL "
        "AND r.id NOT IN (SELECT voids_report_id FROM production_reports WHERE voids_report_id "
        "IS NOT NULL) AND r.reported_at >= ? AND r.reported_at < ? GROUP BY o.seq ORDER BY o.seq")));
    query.addBindValue(TestShop::at(0, 0));
    query.addBindValue(TestShop::at(1, 0));
    QVERIFY(query.exec());
    QList<std::pair<double, double>> expected; // (good, made) per step
    while (query.next())
        expected.append({query.value(1).toDouble(), query.value(2).toDouble()});
    QCOMPARE(expected.size(), 2);
    QCOMPARE(expected.at(0), std::pair(90.0, 97.0)); // 50 + 40 good of 54 + 43
    QCOMPARE(expected.at(1), std::pair(80.0, 82.0));

    const Result<QList<FirstPassYield>> yields =
        shop.ws->spc()->firstPassYield(TestShop::at(0, 0), TestShop::at(1, 0));
    QVERIFY2(yields, qPrintable(yields.error()));
    QCOMPARE(yields.value().size(), 3); // two steps and the whole routing
    for (int i = 0; i < 2; ++i) {
        const FirstPassYield &step = yields.value().at(i);
        QCOMPARE(step.productId, shop.flange);
        QCOMPARE(step.partNo, QStringLiteral("FL-1"));
        QCOMPARE(step.seq, operationSeq(shop, i));
        QCOMPARE(step.firstPass, expected.at(i).first);
        QCOMPARE(step.made, expected.at(i).second);
    }
    const FirstPassYield &whole = yields.value().at(2);
    QCOMPARE(whole.seq, 0);
    // 90/97 · 80/82 = 0.905240…
    QVERIFY(qAbs(whole.yield() - 90.0 / 97 * 80.0 / 82) < 1e-9);
}

QTEST_GUILESS_MAIN(TstSpcService)
#include "tst_spcservice.moc"
