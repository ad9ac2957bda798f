#pragma once

#include "services/quality/inspectionservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace Taktline {

// The SPC tests' inspections: a plan with a patrol of the flange's turning step and its
// characteristics written as rows (the way the plan service stores them), and the inspections
// recorded (and voided) through InspectionService at the time they were made.
class SpcFacts final
{
public:
    explicit SpcFacts(TestShop &shop)
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
                            "patrol_pieces, created_at, updated_at) VALUES (?, ?, ?, ?, 50, 0, 0)"),
             {id, productId, seq, QStringLiteral("车削巡检")});
        return id;
    }
    QString characteristic(const QString &planId, int seq, const char *name, const char *kind,
                           const QVariant &lower, const QVariant &upper) const
    {
        const QString id = QStringLiteral("%1-c%2").arg(planId).arg(seq);
        exec(QStringLiteral("INSERT INTO inspection_characteristics (id, plan_id, seq, name, kind, "
                            "nominal, lower_limit, upper_limit, unit, required, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, 10, ?, ?, 'mm', ?, 0, 0)"),
             {id, planId, seq, QString::fromUtf8(name), QString::fromLatin1(kind), lower, upper,
              // Only the measured values are asked for: the SPC tests record nothing else.
              qstrcmp(kind, "measured") == 0 ? 1 : 0});
        return id;
    }
    // A patrol of the turning step recorded at AT with VALUES as samples 1, 2, … of
    // CHARACTERISTIC_ID; its id.
    QString inspection(qint64 at, const QString &characteristicId, const QList<double> &values)
    {
        InspectionInput input;
        input.kind = InspectionKind::Patrol;
        input.operationId = m_shop.step(0);
        input.machineId = m_shop.lathe;
        for (qsizetype i = 0; i < values.size(); ++i) {
            InspectionEntry entry;
            entry.characteristicId = characteristicId;
            entry.sampleNo = int(i + 1);
            entry.value = values.at(i);
            input.entries.append(entry);
        }
        m_shop.setNow(at);
        const Result<InspectionVerdict> recorded = m_shop.ws->inspections()->record(input);
        if (!recorded)
            qFatal("SpcFacts: %s", qPrintable(recorded.error()));
        return recorded.value().inspectionId;
    }
    // Voids INSPECTION_ID at AT (a correction is recorded after it).
    void voidAt(qint64 at, const QString &inspectionId)
    {
        m_shop.setNow(at);
        const Result<QString> voided =
            m_shop.ws->inspections()->voidInspection(inspectionId, QStringLiteral("录错"));
        if (!voided)
            qFatal("SpcFacts: %s", qPrintable(voided.error()));
    }
    // A subgroup of five with mean M and range R: M − R/2, M − R/4, M, M + R/4, M + R/2.
    static QList<double> five(double m, double r)
    {
        return {m - r / 2, m - r / 4, m, m + r / 4, m + r / 2};
    }

private:
    TestShop &m_shop;
};

} // namespace Taktline
