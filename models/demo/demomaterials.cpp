#include "demo/demomaterials.h"

#include "demo/demofactorydata.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/station/productionrepository.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Taktline {

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// One line of a product family's bill of materials; PERSIZE: larger sizes take more.
struct BomItem
{
    const char *family, *material;
    double perUnit;
    int seq;
    bool perSize;
    const char *note;
};

const QList<BomItem> &bomItems()
{
    static const QList<BomItem> list = {
        {"FL", "RM-PL-Q235", 1.2, 10, true, ""},
        {"BS", "RM-BAR-45", 0.35, 10, true, ""},
        {"BS", "RM-OIL-AR", 0.005, 30, false, "检验合格后涂油"},
        {"SH", "RM-BAR-40CR", 2.8, 10, true, ""},
        {"SH", "RM-OIL-AR", 0.02, 30, false, "检验合格后涂油"},
        {"BR", "RM-SH-SPCC20", 0.45, 10, true, ""},
        {"EC", "RM-SH-SPHC30", 0.9, 10, true, ""},
        {"WS", "RM-ST-65MN", 0.01, 10, true, ""},
        {"EN", "RM-SH-SPCC15", 6.5, 10, true, ""},
        {"EN", "RM-PWD-GY", 0.35, 20, true, "折弯后喷塑"},
        {"EN", "RM-CU-15", 3.5, 30, true, "柜内布线"},
        {"EN", "RM-SCR-M6", 12, 30, false, ""},
        {"GP", "RM-CAST-PB", 1, 0, false, ""},
        {"GP", "RM-GEAR-P", 1, 0, false, ""},
        {"GP", "RM-OR-30", 2, 0, false, "每台两只"},
        {"GP", "RM-SCR-M6", 8, 0, false, ""},
        {"VB", "RM-CAST-VB", 1, 0, false, ""},
    };
    return list;
}

// 1, 2 or 5 × a power of ten, at least VALUE: how much a supplier delivers at a time.
double packageSize(double value)
{
    if (value <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

double thousandths(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// A material's feed: QUANTITY of it into one report's operation, just before the report.
struct Feed
{
    ProductionReport report;
    double quantity = 0;
};

// A received lot while the feeds are handed out, oldest first.
struct LotInHand
{
    MaterialLot lot;
    double left = 0;
};

// What an order needs of each material: its BOM and the step its routing starts with.
struct OrderInfo
{
    WorkOrder order;
    int firstSeq = 10;
};

class MaterialsBuilder
{
public:
    explicit MaterialsBuilder(Workspace &workspace)
        : m_ws(workspace)
        , m_lots(workspace.database().connection())
        , m_random(20261201)
    {
    }

    Outcome build(int days);

private:
    Outcome addMaterials();
    Outcome addBoms();
    Outcome planFeeds();
    Outcome stockMaterial(const DemoData::Material &material, int days);
    Result<LotInHand> receive(const DemoData::Material &material, double quantity,
                              const QDate &day);
    Outcome feed(LotInHand &lot, const Feed &feed, double quantity);

    Workspace &m_ws;
    TraceRepository m_lots;
    QRandomGenerator m_random;
    QHash<QString, QString> m_materialIds;    // part no → id
    QHash<QString, QList<BomLine>> m_boms;    // product → its lines
    QHash<QString, OrderInfo> m_orders;       // work order id → order
    QHash<QString, QList<Feed>> m_feeds;      // material id → feeds, oldest first
    QHash<QString, double> m_openNeed;        // material id → what open orders still need
    QHash<QString, double> m_largestOpenNeed; // material id → the most one open order needs
    int m_supplierLots = 0;
};

Outcome MaterialsBuilder::build(int days)
{
    if (Outcome done = addMaterials(); !done)
        return done;
    if (Outcome done = addBoms(); !done)
        return done;
    if (Outcome done = planFeeds(); !done)
        return done;
    for (const DemoData::Material &material : DemoData::materials()) {
        if (Outcome done = stockMaterial(material, days); !done)
            return done;
    }
    return Outcome::success();
}

Outcome MaterialsBuilder::addMaterials()
{
    for (const DemoData::Material &m : DemoData::materials()) {
        MasterRecord record;
        record.values = {{QStringLiteral("part_no"), u(m.partNo)},
                         {QStringLiteral("name"), u(m.name)},
                         {QStringLiteral("name_en"), u(m.nameEn)},
                         {QStringLiteral("unit"), u(m.unit)},
                         {QStringLiteral("spec"), u(m.spec)}};
        const Result<QString> id = m_ws.masterData()->create(MasterDataKind::Product, record);
        if (!id)
            return id.outcome();
        m_materialIds.insert(u(m.partNo), id.value());
    }
    return Outcome::success();
}

Outcome MaterialsBuilder::addBoms()
{
    for (const DemoData::ProductFamily &family : DemoData::productFamilies()) {
        for (int size = 0; size < family.sizes.size(); ++size) {
            const QString partNo = u(family.prefix) + QLatin1Char('-') + u(family.sizes.at(size));
            const Result<QString> product =
                m_ws.masterData()->idForCode(MasterDataKind::Product, partNo);
            if (!product)
                return product.outcome();
            for (const BomItem &item : bomItems()) {
                if (qstrcmp(item.family, family.prefix) != 0)
                    continue;
                BomLine line{QString(),
                             product.value(),
                             m_materialIds.value(u(item.material)),
                             item.perSize ? thousandths(item.perUnit * (1 + 0.25 * size))
                                          : item.perUnit,
                             item.seq,
                             u(item.note)};
                const Result<QString> id = m_ws.bom()->addLine(line);
                if (!id)
                    return id.outcome();
                line.id = id.value();
                m_boms[line.productId].append(line);
            }
        }
    }
    return Outcome::success();
}

Outcome MaterialsBuilder::planFeeds()
{
    WorkOrderRepository orders(m_ws.database().connection());
    WorkOrderFilter filter;
    filter.states = {WorkOrderState::Released, WorkOrderState::InProgress, WorkOrderState::OnHold,
                     WorkOrderState::Completed, WorkOrderState::Closed};
    const Result<QList<WorkOrderListRow>> rows = orders.page(filter, 0, 1000000);
    if (!rows)
        return rows.outcome();
    QHash<QString, int> seqOf; // operation → its step
    for (const WorkOrderListRow &row : rows.value()) {
        const Result<WorkOrder> order = orders.find(row.id);
        const Result<QList<WorkOrderOperation>> ops = orders.operations(row.id);
        if (!order || !ops || ops.value().isEmpty())
            continue;
        m_orders.insert(row.id, {order.value(), ops.value().constFirst().seq});
        for (const WorkOrderOperation &op : ops.value())
            seqOf.insert(op.id, op.seq);
    }
    // Each report's pieces, good and scrap alike, took their material at that step.
    ProductionRepository production(m_ws.database().connection());
    const Result<QList<ProductionReport>> reports =
        production.reports(0, std::numeric_limits<qint64>::max());
    if (!reports)
        return reports.outcome();
    QHash<QString, QHash<QString, double>> fed; // order → material → quantity
    for (const ProductionReport &report : reports.value()) {
        const auto order = m_orders.constFind(report.workOrderId);
        if (order == m_orders.cend())
            continue;
        for (const BomLine &line : m_boms.value(order->order.productId)) {
            if (feedStepOf(line, order->firstSeq) != seqOf.value(report.operationId))
                continue;
            const double quantity =
                thousandths(line.quantityPerUnit * (report.good + report.defective));
            if (quantity <= 0)
                continue;
            m_feeds[line.componentId].append({report, quantity});
            fed[report.workOrderId][line.componentId] += quantity;
        }
    }
    for (const OrderInfo &info : std::as_const(m_orders)) {
        const WorkOrderState state = info.order.state;
        if (state == WorkOrderState::Completed || state == WorkOrderState::Closed)
            continue;
        for (const BomLine &line : m_boms.value(info.order.productId)) {
            const double need = std::max(0.0, line.quantityPerUnit * info.order.quantity -
                                                  fed.value(info.order.id).value(line.componentId));
            m_openNeed[line.componentId] += need;
            m_largestOpenNeed[line.componentId] =
                std::max(m_largestOpenNeed.value(line.componentId), need);
        }
    }
    return Outcome::success();
}

Result<LotInHand> MaterialsBuilder::receive(const DemoData::Material &material, double quantity,
                                            const QDate &day)
{
    MaterialLot lot;
    lot.id = newUuidV7();
    const Result<QString> number = m_lots.nextLotNumber(day, m_ws.database().deviceCode());
    if (!number)
        return number.outcome();
    lot.lotNo = number.value();
    lot.productId = m_materialIds.value(u(material.partNo));
    lot.supplier = u(material.supplier);
    lot.supplierLot = QStringLiteral("%1%2-%3")
                          .arg(u(material.supplierCode), day.toString(QStringLiteral("yyMMdd")))
                          .arg(++m_supplierLots % 1000, 3, 10, QLatin1Char('0'));
    lot.receivedQty = quantity;
    lot.receivedOn = day;
    if (material.shelfLifeDays > 0)
        lot.expiry = day.addDays(material.shelfLifeDays);
    // Goods arrive in the morning, before the first shift's feeds.
    lot.createdAtMs = lot.updatedAtMs =
        QDateTime(day, QTime(7, 30).addSecs(m_random.bounded(3600))).toMSecsSinceEpoch();
    if (Outcome done = m_lots.insertLot(lot); !done)
        return done;
    const LotMovement receipt{
        newUuidV7(), lot.id,          LotMovementKind::Receipt,   quantity, {}, {}, {}, {},
        {},          lot.createdAtMs, m_ws.database().deviceId(), {}};
    if (Outcome done = m_lots.insertMovement(receipt); !done)
        return done;
    return LotInHand{lot, quantity};
}

Outcome MaterialsBuilder::feed(LotInHand &lot, const Feed &feed, double quantity)
{
    const ProductionReport &r = feed.report;
    const LotMovement movement{newUuidV7(),
                               lot.lot.id,
                               LotMovementKind::Consumption,
                               -quantity,
                               r.workOrderId,
                               r.operationId,
                               r.id,
                               r.employeeId,
                               r.machineId,
                               r.reportedAtMs - 10 * 60 * 1000,
                               m_ws.database().deviceId(),
                               {}};
    // Kept in thousandths, as every quantity here is: after thousands of feeds a lot's rest
    // must not drift to a crumb that rounds to a feed of nothing.
    lot.left = thousandths(lot.left - quantity);
    return m_lots.insertMovement(movement);
}

Outcome MaterialsBuilder::stockMaterial(const DemoData::Material &material, int days)
{
    const QString id = m_materialIds.value(u(material.partNo));
    const QList<Feed> feeds = m_feeds.value(id);
    double toFeed = 0;
    for (const Feed &f : feeds)
        toFeed += f.quantity;
    const double open = m_openNeed.value(id);
    const double lotSize = packageSize(std::max({toFeed / 4, open / 2, 10.0}));
    // What stays in stock today: plenty for every open order, or, for a scarce material, less
    // than the largest open order needs.
    const double target = material.scarce ? std::floor(0.35 * m_largestOpenNeed.value(id))
                                          : packageSize(std::max(1.3 * open, lotSize / 2));
    const QDate today = m_ws.clock().today();
    QList<LotInHand> lots;
    if (material.shelfLifeDays > 0) {
        // An old lot that expired last month with stock left: it must not be fed any more.
        const QDate old = today.addDays(-material.shelfLifeDays - 30);
        const Result<LotInHand> lot =
            receive(material, packageSize(toFeed + 1), std::min(old, today.addDays(-days)));
        if (!lot)
            return lot.outcome();
        lots.append(lot.value());
    }
    for (const Feed &f : feeds) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(f.report.reportedAtMs).date();
        double left = f.quantity;
        while (left > 1e-9) {
            const auto usable = std::find_if(lots.begin(), lots.end(), [&](const LotInHand &l) {
                return l.left > 1e-9 && l.lot.receivedOn <= day &&
                       (!l.lot.expiry || *l.lot.expiry >= day);
            });
            if (usable == lots.end()) {
                // The next delivery, a few days before it is needed; the last one leaves TARGET.
                const double size = std::min(lotSize, std::ceil(toFeed + target));
                const Result<LotInHand> lot =
                    receive(material, std::max(size, left), day.addDays(-2 - m_random.bounded(4)));
                if (!lot)
                    return lot.outcome();
                lots.append(lot.value());
                continue;
            }
            const double take = thousandths(std::min(left, usable->left));
            if (Outcome done = feed(*usable, f, take); !done)
                return done;
            left = thousandths(left - take);
            toFeed -= take;
        }
    }
    double inStock = 0;
    for (const LotInHand &l : std::as_const(lots)) {
        if (!l.lot.expiry || *l.lot.expiry >= today)
            inStock += l.left;
    }
    if (inStock + 1e-9 < target) {
        const double top =
            material.scarce ? std::ceil(target - inStock) : packageSize(target - inStock);
        if (Result<LotInHand> lot = receive(material, top, today.addDays(-1 - m_random.bounded(5)));
            !lot)
            return lot.outcome();
    }
    if (material.scarce && qstrcmp(material.partNo, "RM-BAR-40CR") == 0) {
        // A fresh delivery that failed incoming inspection: in stock, but blocked.
        const Result<LotInHand> lot = receive(material, lotSize, today.addDays(-1));
        if (!lot)
            return lot.outcome();
        return m_lots.setBlocked(lot.value().lot.id, true,
                                 QString::fromUtf8("来料检验：硬度不合格，待退货"),
                                 lot.value().lot.createdAtMs + 3 * 3600 * 1000);
    }
    return Outcome::success();
}

} // namespace

Outcome buildDemoMaterials(Workspace &workspace, int days)
{
    return MaterialsBuilder(workspace).build(days);
}

} // namespace Taktline
