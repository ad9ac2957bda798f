#include "demo/demofactory.h"

#include "demo/demoandon.h"
#include "demo/demofactorydata.h"
#include "demo/demomaterials.h"
#include "demo/places/demopiecemoves.h"
#include "demo/demoproduction.h"
#include "demo/quality/demoquality.h"
#include "demo/demoshipments.h"
#include "demo/demostatushistory.h"
#include "demo/places/demosubcontracting.h"
#include "demo/places/demosuppliersandplaces.h"
#include "demo/demoworkorders.h"
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/wageservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

Result<QString> add(MasterDataService *service, MasterDataKind kind, const QVariantMap &values)
{
    MasterRecord record;
    record.values = values;
    return service->create(kind, record);
}

Outcome addMachines(MasterDataService *service, QHash<QString, QString> &ids)
{
    for (const DemoData::Machine &m : DemoData::machines()) {
        const Result<QString> id = add(service, MasterDataKind::Machine,
                                       {{QStringLiteral("code"), u(m.code)},
                                        {QStringLiteral("name"), u(m.name)},
                                        {QStringLiteral("name_en"), u(m.nameEn)},
                                        {QStringLiteral("workshop"), u(m.workshop)},
                                        {QStringLiteral("line"), u(m.line)},
                                        {QStringLiteral("capacity"), m.capacity}});
        if (!id)
            return id.outcome();
        ids.insert(u(m.code), id.value());
    }
    return Outcome::success();
}

Outcome addProducts(MasterDataService *service, RoutingService *routing, WageService *wages,
                    const QHash<QString, QString> &machineIds, const QDate &ratesFrom)
{
    QHash<QString, QString> supplierIds; // code → id
    for (const MasterRecord &supplier : service->list(MasterDataKind::Supplier, false).value())
        supplierIds.insert(supplier.value(QStringLiteral("code")).toString(), supplier.id);
    for (const DemoData::ProductFamily &family : DemoData::productFamilies()) {
        for (const char *size : family.sizes) {
            const Result<QString> id = add(
                service, MasterDataKind::Product,
                {{QStringLiteral("part_no"), QString(u(family.prefix) + QLatin1Char('-') + u(size))},
                 {QStringLiteral("name"), QString(u(family.name) + QLatin1Char(' ') + u(size))},
                 {QStringLiteral("name_en"), QString(u(family.nameEn) + QLatin1Char(' ') + u(size))},
                 {QStringLiteral("unit"), QStringLiteral("PCS")},
                 {QStringLiteral("spec"), u(family.spec)}});
            if (!id)
                return id.outcome();
            Routing operations;
            for (const DemoData::Step &step : family.routing) {
                RoutingOperation op;
                op.name = u(step.name);
                op.standardSeconds = step.seconds;
                if (step.supplierCode) {
                    // Sent out to the subcontractor (外协), paid per good piece.
                    op.outsourced = true;
                    op.supplierId = supplierIds.value(u(step.supplierCode));
                    op.subcontractPrice = step.subcontractPrice;
                } else {
                    // The ideal cycle time a little faster than the standard time (which carries
                    // allowances for wages and scheduling).
                    op.machineId = machineIds.value(u(step.machineCode));
                    op.idealSeconds = std::max(1.0, std::round(step.seconds * 0.85));
                }
                operations.append(op);
            }
            if (Outcome saved = routing->setOperations(id.value(), operations); !saved)
                return saved;
            // Piece rates of about 43 yuan per standard hour (0.012 yuan per standard second).
            for (const DemoData::Step &step : family.routing) {
                if (step.supplierCode)
                    continue; // the supplier is paid, not an operator
                const double rate = std::max(0.01, std::round(step.seconds * 1.2) / 100.0);
                if (Result<QString> set = wages->setRate({QString(), id.value(), u(step.name), rate, ratesFrom}); !set)
                    return set.outcome();
            }
        }
    }
    return Outcome::success();
}

Outcome addPeopleAndReasons(MasterDataService *service)
{
    for (const DemoData::Employee &e : DemoData::employees()) {
        if (Result<QString> id = add(service, MasterDataKind::Employee,
                                     {{QStringLiteral("badge"), u(e.badge)},
                                      {QStringLiteral("name"), u(e.name)},
                                      {QStringLiteral("team"), u(e.team)}});
            !id) {
            return id.outcome();
        }
    }
    const QList<QPair<MasterDataKind, const QList<DemoData::Reason> *>> reasonLists = {
        {MasterDataKind::DowntimeReason, &DemoData::downtimeReasons()},
        {MasterDataKind::DefectReason, &DemoData::defectReasons()}};
    for (const auto &[kind, reasons] : reasonLists) {
        for (const DemoData::Reason &r : *reasons) {
            QVariantMap values = {{QStringLiteral("code"), u(r.code)},
                                  {QStringLiteral("name"), u(r.name)},
                                  {QStringLiteral("name_en"), u(r.nameEn)}};
            if (kind == MasterDataKind::DowntimeReason)
                values.insert(QStringLiteral("oee_class"), u(r.oeeClass));
            if (Result<QString> id = add(service, kind, values); !id)
                return id.outcome();
        }
    }
    return Outcome::success();
}

} // namespace

QString DemoFactory::password()
{
    return QStringLiteral("demo1234");
}

Outcome DemoFactory::build(Workspace &workspace, const DemoOptions &options, int *reportsMade)
{
    const Result<QList<MasterRecord>> existing = workspace.masterData()->list(MasterDataKind::Product);
    if (!existing)
        return existing.outcome();
    if (!existing.value().isEmpty() || !workspace.auth()->needsOwnerSetup()) {
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::DemoFactory",
            "%1 already holds a factory. The demo is only built into a new file.")
                                    .arg(workspace.database().path()));
    }
    workspace.access()->signInAsSystem();
    Outcome built = workspace.database().inTransaction([&] {
        for (const DemoData::User &user : DemoData::users()) {
            if (Outcome created = workspace.auth()->createUser(
                    u(user.username), u(user.displayName),
                    roleFromKey(u(user.role)).value_or(Role::Operator), password());
                !created) {
                return created;
            }
        }
        QHash<QString, QString> machineIds;
        if (Outcome done = addMachines(workspace.masterData(), machineIds); !done)
            return done;
        // Subcontractors before the routings that send steps to them.
        if (Outcome done = buildDemoSuppliersAndPlaces(workspace); !done)
            return done;
        if (Outcome done =
                addProducts(workspace.masterData(), workspace.routing(), workspace.wages(),
                            machineIds, workspace.clock().today().addDays(-options.days - 30));
            !done)
            return done;
        if (Outcome done = addPeopleAndReasons(workspace.masterData()); !done)
            return done;
        if (Outcome done = buildDemoWorkOrders(workspace, options.workOrders, options.days); !done)
            return done;
        if (Outcome done = workspace.settings()->setFactoryName(u("精工五金制品厂 (演示)")); !done)
            return done;
        // Two shifts Monday to Saturday, with the factory's New Year and Spring Festival break.
        QSet<QDate> holidays = {QDate(2027, 1, 1)};
        for (QDate day(2027, 2, 5); day <= QDate(2027, 2, 11); day = day.addDays(1))
            holidays.insert(day);
        const Result<WorkCalendar> calendar =
            WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday}, holidays);
        if (!calendar)
            return calendar.outcome();
        if (Outcome done = workspace.schedule()->setCalendar(calendar.value()); !done)
            return done;
        QHash<QString, DemoMachineDay> work;
        const Result<int> reports =
            buildDemoProduction(workspace, options.days, options.reports, &work);
        if (!reports)
            return reports.outcome();
        const Result<QList<DemoStop>> stops =
            buildDemoStatusHistory(workspace, options.days, work);
        if (!stops)
            return stops.outcome();
        if (Outcome done = buildDemoAndon(workspace, stops.value()); !done)
            return done;
        if (reportsMade)
            *reportsMade = reports.value();
        if (Outcome done = buildDemoMaterials(workspace, options.days); !done)
            return done;
        // Batches at the subcontractors, and where the running orders' pieces lie: done by the
        // owner's account, as on the floor (their facts name a user).
        QSqlQuery owner(workspace.database().connection());
        owner.exec(QStringLiteral("SELECT id FROM users WHERE username = 'owner'"));
        workspace.access()->signIn({owner.next() ? owner.value(0).toString() : QString(),
                                    QStringLiteral("owner"), u("王总"), Role::Owner});
        Outcome moved = buildDemoSubcontracting(workspace);
        if (moved)
            moved = buildDemoPieceMoves(workspace);
        workspace.access()->signInAsSystem();
        if (!moved)
            return moved;
        if (Outcome done = workspace.schedule()->reschedule(); !done)
            return done;
        // Serials, finished-goods receipts and shipments, so a forward trace reaches customers.
        if (const Result<int> shipped = buildDemoShipments(workspace); !shipped)
            return shipped.outcome();
        // Inspection plans, inspections and nonconformances over the same days.
        if (Outcome done = buildDemoQuality(workspace, options.days); !done)
            return done;
        return workspace.settings()->markAsDemo();
    });
    workspace.access()->signOut();
    return built;
}

} // namespace Taktline
