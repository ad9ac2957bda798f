#pragma once

#include "storage/database.h"
#include "testshop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace Taktline {

// Inspection plans, characteristics and inspections written as rows for the SPC tests, until
// InspectionService::record is built (branch q-inspect); then they record through it.
class SpcFacts final
{
public:
    explicit SpcFacts(const TestShop &shop)
        : m_shop(shop)
    {
    }

    void exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_shop.ws->database().connection());
        QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(sql + QLatin1Char(' ') + query.lastError().text()));
    }
    // The seq of step INDEX of the shop's order.
    int operationSeq(int index) const
    {
        QSqlQuery query(m_shop.ws->database().connection());
        query.prepare(QStringLiteral("SELECT seq FROM work_order_operations WHERE id = ?"));
        query.addBindValue(m_shop.step(index));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
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
    // A subgroup of five with mean M and range R: M − R/2, M − R/4, M, M + R/4, M + R/2.
    static QList<double> five(double m, double r)
    {
        return {m - r / 2, m - r / 4, m, m + r / 4, m + r / 2};
    }

private:
    const TestShop &m_shop;
    int m_count = 0;
};

} // namespace Taktline
