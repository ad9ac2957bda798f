#include "demo/quality/demoqualityplans.h"

#include "domain/masterdata/masterrecord.h"
#include "services/masterdata/masterdataservice.h"
#include "services/quality/inspectionplanservice.h"
#include "services/workspace.h"

#include <optional>

namespace Taktline {

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// One measured characteristic: nominal with its lower and upper limit (none: one-sided).
struct Measure
{
    const char *name;
    double nominal;
    std::optional<double> lower;
    std::optional<double> upper;
    const char *unit;
    const char *gauge;
};

// What the first step of a product family checks, and every how many good pieces it patrols.
struct FamilyPlan
{
    const char *prefix;
    int patrolPieces;
    QList<Measure> measures;
};

const QList<FamilyPlan> &familyPlans()
{
    static const QList<FamilyPlan> list = {
        {"FL", 40,
         {{"外圆直径", 115.0, 114.92, 115.08, "mm", "外径千分尺"},
          {"内孔直径", 33.02, 33.0, 33.05, "mm", "内径百分表"},
          {"厚度", 16.0, 15.8, 16.2, "mm", "游标卡尺"}}},
        {"BS", 50,
         {{"外径", 30.0, 29.98, 30.02, "mm", "外径千分尺"},
          {"内径", 20.015, 20.0, 20.03, "mm", "塞规"},
          {"长度", 40.0, 39.9, 40.1, "mm", "游标卡尺"}}},
        {"SH", 20,
         {{"轴颈直径", 25.0, 24.99, 25.01, "mm", "外径千分尺"},
          {"总长", 300.0, 299.7, 300.3, "mm", "游标卡尺"},
          {"径向圆跳动", 0.012, std::nullopt, 0.03, "mm", "百分表"},
          {"表面粗糙度 Ra", 1.2, std::nullopt, 1.6, "μm", "粗糙度仪"}}},
        {"BR", 500,
         {{"孔距", 80.0, 79.9, 80.1, "mm", "游标卡尺"},
          {"外形长度", 120.0, 119.8, 120.2, "mm", "钢直尺"}}},
        {"EC", 300,
         {{"止口直径", 150.0, 149.9, 150.1, "mm", "游标卡尺"},
          {"厚度", 3.0, 2.85, 3.15, "mm", "外径千分尺"}}},
        {"WS", 2000,
         {{"内径", 8.5, 8.4, 8.6, "mm", "塞规"},
          {"外径", 16.0, 15.8, 16.2, "mm", "游标卡尺"},
          {"厚度", 1.5, 1.4, 1.6, "mm", "外径千分尺"}}},
        {"EN", 200,
         {{"长度", 400.0, 399.5, 400.5, "mm", "钢卷尺"},
          {"宽度", 300.0, 299.5, 300.5, "mm", "钢卷尺"}}},
        {"GP", 20,
         {{"螺栓拧紧扭矩", 12.0, 10.0, 14.0, "N·m", "扭力扳手"},
          {"端面间隙", 0.05, 0.02, 0.08, "mm", "塞尺"}}},
        {"VB", 30,
         {{"平面度", 0.02, std::nullopt, 0.05, "mm", "刀口尺"},
          {"法兰厚度", 60.0, 59.9, 60.1, "mm", "游标卡尺"},
          {"螺纹孔深度", 18.0, 17.5, 18.5, "mm", "深度尺"}}},
    };
    return list;
}

// The purchased materials checked on arrival, with the one figure measured on each sample.
struct IncomingPlan
{
    const char *partNo;
    Measure measure;
};

const QList<IncomingPlan> &incomingPlans()
{
    static const QList<IncomingPlan> list = {
        {"RM-CAST-VB", {"硬度", 200.0, 170.0, 240.0, "HB", "布氏硬度计"}},
        {"RM-CAST-PB", {"硬度", 210.0, 180.0, 250.0, "HB", "布氏硬度计"}},
        {"RM-GEAR-P", {"齿顶圆直径", 28.0, 27.95, 28.05, "mm", "外径千分尺"}},
        {"RM-OR-30", {"内径", 30.0, 29.7, 30.3, "mm", "内径卡尺"}},
    };
    return list;
}

Characteristic measured(int seq, const Measure &m)
{
    Characteristic c;
    c.seq = seq;
    c.name = u(m.name);
    c.kind = CharacteristicKind::Measured;
    c.nominal = m.nominal;
    c.lower = m.lower;
    c.upper = m.upper;
    c.unit = u(m.unit);
    c.gauge = u(m.gauge);
    c.method = u("按图纸检测");
    return c;
}

Characteristic looks(int seq, const char *name)
{
    Characteristic c;
    c.seq = seq;
    c.name = u(name);
    c.kind = CharacteristicKind::PassFail;
    c.method = u("目视");
    return c;
}

Result<InspectionPlan> saved(InspectionPlanService *service, const InspectionPlan &plan)
{
    const Result<QString> id = service->save(plan);
    if (!id)
        return id.outcome();
    return service->plan(id.value());
}

} // namespace

Result<DemoQualityPlans> buildDemoQualityPlans(Workspace &workspace)
{
    InspectionPlanService *service = workspace.inspectionPlans();
    const Result<QList<MasterRecord>> products =
        workspace.masterData()->list(MasterDataKind::Product, false);
    if (!products)
        return products.outcome();
    DemoQualityPlans plans;
    for (const MasterRecord &product : products.value()) {
        const QString partNo = product.text(QStringLiteral("part_no"));
        for (const IncomingPlan &in : incomingPlans()) {
            if (partNo != u(in.partNo))
                continue;
            InspectionPlan plan;
            plan.productId = product.id;
            plan.name = u("来料检验");
            plan.incoming = true;
            plan.aql = 2.5;
            plan.level = InspectionLevel::II;
            plan.characteristics = {looks(1, "外观（无裂纹、砂眼）"), measured(2, in.measure)};
            plan.characteristics[1].required = false; // measured on the first pieces only
            const Result<InspectionPlan> made = saved(service, plan);
            if (!made)
                return made.outcome();
            plans.incoming.insert(product.id, made.value());
        }
        for (const FamilyPlan &family : familyPlans()) {
            if (!partNo.startsWith(u(family.prefix) + QLatin1Char('-')))
                continue;
            InspectionPlan step;
            step.productId = product.id;
            step.operationSeq = 10; // the routing numbers its steps 10, 20, 30
            step.name = u("首件及巡检");
            step.firstArticle = true;
            step.firstArticleGate = true;
            step.patrolPieces = family.patrolPieces;
            for (const Measure &m : family.measures)
                step.characteristics.append(measured(int(step.characteristics.size()) + 1, m));
            const Result<InspectionPlan> first = saved(service, step);
            if (!first)
                return first.outcome();
            plans.firstStep.insert(product.id, first.value());

            InspectionPlan whole;
            whole.productId = product.id;
            whole.name = u("成品检验");
            whole.final = true;
            whole.aql = 1.0;
            whole.level = InspectionLevel::II;
            whole.characteristics = {looks(1, "外观"), measured(2, family.measures.first())};
            whole.characteristics[1].required = false; // measured on the first pieces only
            const Result<InspectionPlan> final = saved(service, whole);
            if (!final)
                return final.outcome();
            plans.finished.insert(product.id, final.value());
        }
    }
    return plans;
}

} // namespace Taktline
