#pragma once

// Quality facts written as the rows the quality services write (inspection requests,
// inspections, nonconformances, dispositions), so that the figures, reports and the wall board
// that read them are tested against SQL on their own.
#include "services/workspace.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Taktline::Test {

class QualityFacts
{
public:
    explicit QualityFacts(Workspace &ws)
        : m_db(ws.database().connection())
        , m_device(ws.database().deviceId())
    {
    }

    // A plan of PRODUCT's step SEQ (or the product as a whole at 0) with a first article.
    void plan(const QString &id, const QString &product, int seq = 10)
    {
        exec(QStringLiteral("INSERT INTO inspection_plans (id, product_id, operation_seq, "
                            "first_article, created_at, updated_at) VALUES (?, ?, ?, 1, 0, 0)"),
             {id, product, seq});
    }
    void request(const QString &id, const QString &step, const QString &machine, qint64 at)
    {
        exec(QStringLiteral("INSERT INTO inspection_requests (id, kind, operation_id, machine_id, "
                            "at, device_id) VALUES (?, 'first_article', ?, ?, ?, ?)"),
             {id, step, machine, at, m_device});
    }
    void inspection(const QString &id, const QString &kind, const QString &plan,
                    const QString &step, const QString &machine, const QString &result,
                    qint64 at, const QString &voids = {})
    {
        exec(QStringLiteral("INSERT INTO inspections (id, kind, plan_id, operation_id, machine_id, "
                            "sample_size, result, voids_inspection_id, at, device_id) VALUES (?, "
                            "?, ?, ?, ?, 1, ?, ?, ?, ?)"),
             {id, kind, plan, nullable(step), nullable(machine), result, nullable(voids), at,
              m_device});
    }
    void nonconformance(const QString &id, const QString &product, const QString &inspection,
                        double quantity, qint64 at, const QString &reason = {})
    {
        exec(QStringLiteral("INSERT INTO nonconformances (id, number, product_id, inspection_id, "
                            "quantity, defect_reason_id, at, device_id) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?)"),
             {id, id, product, nullable(inspection), quantity, nullable(reason), at, m_device});
    }
    void disposition(const QString &nc, const QString &disposition, double quantity, qint64 at)
    {
        exec(QStringLiteral("INSERT INTO nc_dispositions (id, nonconformance_id, disposition, "
                            "quantity, approver_user_id, at, device_id) VALUES (?, ?, ?, ?, "
                            "'u-owner', ?, ?)"),
             {QVariant(nc + QLatin1Char('-') + disposition + QString::number(at)), nc, disposition,
              quantity, at, m_device});
    }

private:
    static QVariant nullable(const QString &id)
    {
        return id.isEmpty() ? QVariant() : QVariant(id);
    }
    void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            qFatal("prepare: %s", qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("quality fact: %s", qPrintable(query.lastError().text()));
    }

    QSqlDatabase m_db;
    QString m_device;
};

} // namespace Taktline::Test
