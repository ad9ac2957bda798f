#include "testshop.h"

#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/bomservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace Taktline {

TestShop::TestShop()
    : TestShop(Options())
{
}

TestShop::TestShop(const Options &options)
    : ws(TestWorkspace::SignIn::Owner)
{
    setNow(at(0, 8));
    Fixture::require(ws->schedule()->setCalendar(calendar()), "calendar");
    lathe = machine("LATHE-1", "数控车床");
    mill = machine("MILL-1", "加工中心");
    assembly = machine("ASM-1", "装配台", "装配车间");
    retired = machine("OLD-1", "旧钻床");
    Fixture::require(ws->masterData()->setActive(MasterDataKind::Machine, retired, false),
                     "retired machine");
    wang = create(MasterDataKind::Employee, {{"badge", "E001"}, {"name", "王建国"}});
    li = create(MasterDataKind::Employee, {{"badge", "E002"}, {"name", "李志强"}});
    leaver = create(MasterDataKind::Employee, {{"badge", "E099"}, {"name", "离职员工"}});
    Fixture::require(ws->masterData()->setActive(MasterDataKind::Employee, leaver, false),
                     "leaver");
    scratch = create(MasterDataKind::DefectReason, {{"code", "D01"}, {"name", "划伤"}});
    breakdown = create(MasterDataKind::DowntimeReason, {{"code", "T01"}, {"name", "设备故障"}});
    steel = product("SP-1", "钢板", {}, "kg");
    flange =
        product("FL-1", "法兰",
                {{{}, QStringLiteral("车削"), 60, lathe}, {{}, QStringLiteral("铣削"), 60, mill}});
    if (options.bom)
        addBomLine(flange, steel, 0.8);
    if (options.lot)
        steelLot = receive(steel, 100, QStringLiteral("宝钢"), QStringLiteral("BG-7781"));
    if (options.order)
        order = releasedOrder(flange, 100, day(4), QStringLiteral("P-0001"));
    switch (options.signIn) {
    case TestWorkspace::SignIn::Owner:
        break;
    case TestWorkspace::SignIn::None:
        ws->access()->signOut();
        break;
    case TestWorkspace::SignIn::Planner:
        signIn(Role::Planner);
        break;
    case TestWorkspace::SignIn::Supervisor:
        signIn(Role::Supervisor);
        break;
    case TestWorkspace::SignIn::Operator:
        signIn(Role::Operator);
        break;
    }
}

QDate TestShop::monday()
{
    return QDate(2026, 11, 23);
}

qint64 TestShop::at(int day, int hour, int minute, int second)
{
    return QDateTime(TestShop::day(day), QTime(hour, minute, second), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

WorkCalendar TestShop::calendar(const QSet<QDate> &datesOff)
{
    return WorkCalendar::create({{QTime(8, 0), QTime(16, 0)}}, {}, datesOff, {}, QTimeZone::utc())
        .value();
}

qint64 TestShop::nowMs() const
{
    return ws->clock().nowMs();
}

QDate TestShop::today() const
{
    return ws->clock().today();
}

void TestShop::setNow(qint64 utcMs)
{
    ws->setClock(Clock::fixedAt(utcMs));
}

void TestShop::advance(std::chrono::milliseconds by)
{
    setNow(nowMs() + by.count());
}

QString TestShop::create(MasterDataKind kind,
                         std::initializer_list<std::pair<const char *, const char *>> values) const
{
    return Fixture::createRecord(*ws, kind, values);
}

QString TestShop::machine(const char *code, const char *name, const char *workshop) const
{
    return create(MasterDataKind::Machine,
                  {{"code", code}, {"name", name}, {"workshop", workshop}});
}

QString TestShop::product(const char *partNo, const char *name, const Routing &routing,
                          const char *unit) const
{
    const QString id =
        unit
            ? create(MasterDataKind::Product, {{"part_no", partNo}, {"name", name}, {"unit", unit}})
            : create(MasterDataKind::Product, {{"part_no", partNo}, {"name", name}});
    if (!routing.isEmpty())
        Fixture::require(ws->routing()->setOperations(id, routing), "routing");
    return id;
}

void TestShop::addBomLine(const QString &productId, const QString &componentId, double perUnit,
                          int seq) const
{
    Fixture::require(ws->bom()->addLine({{}, productId, componentId, perUnit, seq, {}}).outcome(),
                     "bom line");
}

QString TestShop::releasedOrder(const QString &productId, double quantity, const QDate &due,
                                const QString &lotNo) const
{
    WorkOrder wo;
    wo.productId = productId;
    wo.quantity = quantity;
    wo.dueDate = due;
    wo.lotNo = lotNo;
    const Result<QString> id = ws->workOrders()->create(wo);
    Fixture::require(id.outcome(), "work order");
    Fixture::require(ws->workOrders()->apply(id.value(), WorkOrderAction::Release, 1), "release");
    return id.value();
}

QString TestShop::receive(const QString &material, double quantity, const QString &supplier,
                          const QString &supplierLot, std::optional<QDate> expiry) const
{
    LotReceipt receipt;
    receipt.productId = material;
    receipt.quantity = quantity;
    receipt.supplier = supplier;
    receipt.supplierLot = supplierLot;
    receipt.expiry = expiry;
    return receive(receipt);
}

QString TestShop::receive(const LotReceipt &receipt) const
{
    LotReceipt onFriday = receipt;
    if (!onFriday.receivedOn.isValid())
        onFriday.receivedOn = day(-3);
    const Result<QString> lot = ws->trace()->receiveLot(onFriday);
    Fixture::require(lot.outcome(), "receive lot");
    return lot.value();
}

QString TestShop::lotNumber(int seq)
{
    return QStringLiteral("L%1-%2")
        .arg(day(-3).toString(QStringLiteral("yyMM")))
        .arg(seq, 4, 10, QLatin1Char('0'));
}

QString TestShop::step(int index, const QString &orderId) const
{
    const Result<QList<WorkOrderOperation>> ops =
        ws->workOrders()->operations(orderId.isEmpty() ? order : orderId);
    Fixture::require(ops.outcome(), "operations");
    if (index < 0 || index >= ops.value().size())
        qFatal("fixture step: the order has no step %d", index);
    return ops.value().at(index).id;
}

QString TestShop::number(const QString &orderId) const
{
    return ws->workOrders()->find(orderId.isEmpty() ? order : orderId).value().number;
}

ReportRequest TestShop::request(int index, double good, double defective,
                                const QString &orderId) const
{
    const QString orderOrShop = orderId.isEmpty() ? order : orderId;
    ReportRequest r;
    r.operationId = step(index, orderOrShop);
    r.employeeId = wang;
    r.machineId = ws->workOrders()->operations(orderOrShop).value().at(index).machineId;
    r.good = good;
    r.defective = defective;
    r.defectReasonId = defective > 0 ? scratch : QString();
    return r;
}

QString TestShop::report(const ReportRequest &request) const
{
    const Result<ReportReceipt> receipt = ws->reporting()->report(request);
    Fixture::require(receipt.outcome(), "report");
    return receipt.value().reportId;
}

QString TestShop::reportAt(qint64 utcMs, const ReportRequest &request)
{
    setNow(utcMs);
    return report(request);
}

QString TestShop::reportOn(const QDate &day, int step, double good, const QString &employee,
                           const QTime &at)
{
    ReportRequest r = request(step, good);
    if (!employee.isEmpty())
        r.employeeId = employee;
    return reportAt(QDateTime(day, at).toMSecsSinceEpoch(), r);
}

double TestShop::good(int index, const QString &orderId) const
{
    return ws->reporting()->progress(step(index, orderId)).value().good;
}

void TestShop::signIn(Role role) const
{
    ws->access()->signIn(
        {QStringLiteral("u-") + roleKey(role), roleKey(role), roleKey(role), role});
}

int TestShop::rows(const char *table) const
{
    QSqlQuery query(ws->database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
        !query.next())
        qFatal("fixture rows: cannot count %s", table);
    return query.value(0).toInt();
}

} // namespace Taktline
