#pragma once

#include "domain/outcome.h"
#include "domain/quality/inspectionplan.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Database;
class InspectionPlanRepository;
class MasterDataService;
struct PlanProduct;

// Inspection plans (检验方案) per product and step: read by the station, the inspection forms
// and the due list; edited by the plan editor (with undo) and the Excel import. Needs
// ViewMasterData to read, EditMasterData to change; every change audited and synced.
class InspectionPlanService final : public QObject
{
    Q_OBJECT
public:
    InspectionPlanService(std::shared_ptr<Database> db, AccessControl *access,
                          AuditRepository *audit, const MasterDataService *masterData,
                          QObject *parent = nullptr);
    ~InspectionPlanService() override;

    // Every plan (of one product when PRODUCT_ID is set), by product part number and step.
    Result<QList<InspectionPlan>> plans(const QString &productId = {}) const;
    Result<InspectionPlan> plan(const QString &planId) const;
    // The plan for a product's step (0: the product as a whole), or none.
    Result<std::optional<InspectionPlan>> planFor(const QString &productId, int operationSeq) const;
    // The characteristic with its plan id (the SPC chart and the import find it by id).
    Result<Characteristic> characteristic(const QString &characteristicId) const;

    // Creates (empty id) or changes a plan with its characteristics in one transaction;
    // characteristics left out of PLAN are marked deleted (the facts that name them stay).
    // Refused with a message and nothing written for: an unknown product or step, a second plan
    // for the same step, no characteristic, an empty or repeated characteristic name, limits the
    // wrong way round, a measured value without any limit, a choice without choices or without
    // an acceptable one, patrol intervals that are negative, an AQL not in the tables. Answers
    // the plan's id.
    Result<QString> save(const InspectionPlan &plan);
    // Marks the plan deleted (tombstone); its inspections stay.
    Outcome remove(const QString &planId);
    // Puts a removed plan back (the undo of remove()).
    Outcome restore(const QString &planId);

signals:
    void plansChanged(const QString &productId);

private:
    Outcome check(const InspectionPlan &plan) const;
    Outcome checkStep(const InspectionPlan &plan, const PlanProduct &product) const;
    Outcome checkCharacteristic(const Characteristic &c) const;
    Outcome write(const InspectionPlan &plan, const QString &action,
                  const std::function<Outcome()> &work);
    QString describe(const InspectionPlan &plan) const;

    std::shared_ptr<Database> m_db;
    std::unique_ptr<InspectionPlanRepository> m_repository;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
};

} // namespace Taktline
