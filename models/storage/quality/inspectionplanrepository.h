#pragma once

#include "domain/outcome.h"
#include "domain/quality/inspectionplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

// A product as an inspection plan names it: part number and name, or none when it is deleted.
struct PlanProduct
{
    QString id;
    QString partNo;
    QString name;
    QString nameEn;
};

// Reads and writes inspection plans with their characteristics (mutable, tombstoned).
class InspectionPlanRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionPlanRepository)

public:
    explicit InspectionPlanRepository(QSqlDatabase db);

    // The live plans (of PRODUCTID when set), by part number and step, with characteristics.
    Result<QList<InspectionPlan>> plans(const QString &productId) const;
    // A plan by id, live (DELETED false) or tombstoned.
    Result<std::optional<InspectionPlan>> find(const QString &planId, bool deleted = false) const;
    // The live plan of a product's step other than EXCEPTPLANID.
    Result<std::optional<InspectionPlan>> findFor(const QString &productId, int operationSeq,
                                                  const QString &exceptPlanId = {}) const;
    Result<std::optional<Characteristic>> characteristic(const QString &characteristicId) const;
    // The ids of every characteristic ever saved on PLANID, deleted ones too.
    Result<QStringList> characteristicIds(const QString &planId) const;

    Result<std::optional<PlanProduct>> product(const QString &productId) const;
    // The step numbers (10, 20 …) of the product's live routing.
    Result<QList<int>> steps(const QString &productId) const;

    // Makes the stored plan equal to PLAN (ids set): upserts the plan and its characteristics,
    // tombstones the characteristics that are gone. Call inside a transaction.
    Outcome write(const InspectionPlan &plan, qint64 atMs);
    Outcome setDeleted(const QString &planId, bool deleted, qint64 atMs);

private:
    Result<QList<Characteristic>> characteristicsOf(const QString &planId) const;
    Result<QList<InspectionPlan>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace Taktline
