#pragma once

// The test shop with inspection plans (written straight into the tables, so that these tests
// read plans the way the plan service stores them): the flange's turning step (seq 10) with a
// gated first article and a patrol every 50 pieces, its final inspection (AQL 6.5, level II),
// the steel sheet's incoming inspection (AQL 6.5), and an inspector, 赵敏 (E010).
#include "domain/quality/samplingtables.h"
#include "fixturehelpers.h"
#include "services/planning/workorderservice.h"
#include "services/quality/inspectionservice.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testshop.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Taktline {

struct InspectionShop : TestShop
{
    QString inspector = create(MasterDataKind::Employee, {{"badge", "E010"}, {"name", "赵敏"}});
    QString turningPlan, finalPlan, incomingPlan;
    QString diameter, look, thread; // the turning step's characteristics
    QString finalDiameter, thickness;

    InspectionShop()
    {
        exec(QStringLiteral("UPDATE employees SET inspector = 1 WHERE id = ?"), {inspector});
        turningPlan = plan(flange, 10, QStringLiteral("first_article = 1, patrol_pieces = 50"));
        diameter = measured(turningPlan, 1, "外径", 10.0, 9.95, 10.05, "mm");
        look = characteristic(turningPlan, 2, "外观", "choice",
                              QStringLiteral("choices = '良好|轻微划伤|严重划伤', "
                                             "pass_choices = '良好|轻微划伤'"));
        thread = characteristic(turningPlan, 3, "螺纹通止规", "pass_fail");
        finalPlan = plan(flange, 0, QStringLiteral("final = 1, aql = 6.5"));
        finalDiameter = measured(finalPlan, 1, "外径", 10.0, 9.95, 10.05, "mm");
        incomingPlan = plan(steel, 0, QStringLiteral("incoming = 1, aql = 6.5"));
        thickness = measured(incomingPlan, 1, "厚度", 2.0, 1.9, 2.1, "mm");
    }

    void exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(ws->database().connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QString plan(const QString &product, int seq, const QString &set) const
    {
        const QString id = newUuidV7();
        exec(QStringLiteral("INSERT INTO inspection_plans (id, product_id, operation_seq, name, "
                            "first_article_gate, created_at, updated_at) VALUES (?, ?, ?, ?, 0, "
                            "?, ?)"),
             {id, product, seq, QStringLiteral("检验方案 %1").arg(seq), nowMs(), nowMs()});
        exec(QStringLiteral("UPDATE inspection_plans SET %1 WHERE id = ?").arg(set), {id});
        return id;
    }
    QString characteristic(const QString &planId, int seq, const char *name, const char *kind,
                           const QString &set = {}) const
    {
        const QString id = newUuidV7();
        exec(QStringLiteral("INSERT INTO inspection_characteristics (id, plan_id, seq, name, kind, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {id, planId, seq, QString::fromUtf8(name), QString::fromLatin1(kind), nowMs(),
              nowMs()});
        if (!set.isEmpty())
            exec(QStringLiteral("UPDATE inspection_characteristics SET %1 WHERE id = ?").arg(set),
                 {id});
        return id;
    }
    QString measured(const QString &planId, int seq, const char *name, double nominal,
                     double lower, double upper, const char *unit) const
    {
        const QString id = characteristic(planId, seq, name, "measured");
        exec(QStringLiteral("UPDATE inspection_characteristics SET nominal = ?, lower_limit = ?, "
                            "upper_limit = ?, unit = ? WHERE id = ?"),
             {nominal, lower, upper, QString::fromUtf8(unit), id});
        return id;
    }

    static InspectionEntry value(const QString &characteristic, double v, int sample = 1)
    {
        InspectionEntry e;
        e.characteristicId = characteristic;
        e.value = v;
        e.sampleNo = sample;
        return e;
    }
    static InspectionEntry text(const QString &characteristic, const QString &t, int sample = 1)
    {
        InspectionEntry e;
        e.characteristicId = characteristic;
        e.text = t;
        e.sampleNo = sample;
        return e;
    }
    // A first article (or patrol) of the turning step with the diameter D, good looks and
    // thread.
    InspectionInput turning(double d, InspectionKind kind = InspectionKind::FirstArticle) const
    {
        InspectionInput input;
        input.kind = kind;
        input.operationId = step(0);
        input.machineId = lathe;
        input.entries = {value(diameter, d), text(look, QStringLiteral("良好")),
                         text(thread, QStringLiteral("pass"))};
        return input;
    }
    // N samples of CHARACTERISTIC, the first BAD of them outside the limits 9.95 … 10.05.
    static QList<InspectionEntry> samples(const QString &characteristic, int n, int bad,
                                          double good = 10.0, double wrong = 10.2)
    {
        QList<InspectionEntry> entries;
        for (int i = 1; i <= n; ++i)
            entries.append(value(characteristic, i <= bad ? wrong : good, i));
        return entries;
    }
    // Both steps report 100 good and the order is completed.
    void completeOrder(const QString &orderId = {})
    {
        const QString id = orderId.isEmpty() ? order : orderId;
        report(request(0, 100, 0, id));
        report(request(1, 100, 0, id));
        const Result<WorkOrder> found = ws->workOrders()->find(id);
        Fixture::require(found.outcome(), "order");
        Fixture::require(ws->workOrders()->apply(id, WorkOrderAction::Complete,
                                                 found.value().version),
                         "complete");
    }
    InspectionVerdict record(const InspectionInput &input) const
    {
        const Result<InspectionVerdict> saved = ws->inspections()->record(input);
        if (!saved)
            qFatal("record: %s", qPrintable(saved.error()));
        return saved.value();
    }
    // Every table an inspection writes, counted, and the lots' blocks.
    QString fingerprint() const
    {
        QStringList parts;
        for (const char *table : {"inspections", "inspection_values", "inspection_requests",
                                  "sync_outbox", "audit_log"}) {
            parts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(rows(table));
        }
        QSqlQuery blocked(ws->database().connection());
        blocked.exec(QStringLiteral("SELECT group_concat(blocked || block_reason) FROM material_lots"));
        blocked.next();
        parts << blocked.value(0).toString();
        return parts.join(QLatin1Char(','));
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery query(ws->database().connection());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }
};

} // namespace Taktline
