#include "demo/places/demosuppliersandplaces.h"

#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

namespace Taktline {

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

struct Supplier { const char *code, *name, *nameEn, *contact, *phone; int leadDays; };
struct Place { const char *code, *name, *nameEn, *kind, *machineCode, *workshop; };

const Supplier Suppliers[] = {
    {"WX-DD01", "昆山鑫达电镀有限公司", "Kunshan Xinda Plating Co., Ltd.", "沈国平", "0512-57713862", 4},
    {"WX-RC01", "苏州恒力热处理厂", "Suzhou Hengli Heat Treatment Works", "钱卫东", "0512-66217035", 3},
    {"WX-PT01", "常州彩虹喷涂加工厂", "Changzhou Caihong Powder Coating", "蒋丽萍", "0519-86657720", 5},
    {"WX-FH01", "无锡锡山发黑处理厂", "Wuxi Xishan Black Oxide Works", "顾建明", "0510-88236614", 2},
};

const Place Places[] = {
    {"A-01", "货架 A-01", "Rack A-01", "rack", "", "机加工车间"},
    {"A-02", "货架 A-02", "Rack A-02", "rack", "", "机加工车间"},
    {"A-03", "货架 A-03", "Rack A-03", "rack", "", "机加工车间"},
    {"A-04", "货架 A-04", "Rack A-04", "rack", "", "机加工车间"},
    {"B-01", "货架 B-01", "Rack B-01", "rack", "", "冲压车间"},
    {"B-02", "货架 B-02", "Rack B-02", "rack", "", "冲压车间"},
    {"B-03", "货架 B-03", "Rack B-03", "rack", "", "冲压车间"},
    {"C-01", "货架 C-01", "Rack C-01", "rack", "", "装配车间"},
    {"QA-HOLD", "待检区", "Inspection hold area", "area", "", "装配车间"},
    {"FG-AREA", "成品区", "Finished goods area", "area", "", "装配车间"},
    {"SUB-STAGE", "外协待发区", "Subcontract dispatch area", "area", "", "装配车间"},
    {"CNC-01-IN", "数控车床 1号 线边(入)", "CNC lathe 1 input buffer", "input", "CNC-01", "机加工车间"},
    {"CNC-01-OUT", "数控车床 1号 线边(出)", "CNC lathe 1 output buffer", "output", "CNC-01", "机加工车间"},
    {"MC-01-IN", "立式加工中心 线边(入)", "Machining centre input buffer", "input", "MC-01", "机加工车间"},
    {"MC-01-OUT", "立式加工中心 线边(出)", "Machining centre output buffer", "output", "MC-01", "机加工车间"},
    {"DR-01-IN", "摇臂钻床 线边(入)", "Radial drill input buffer", "input", "DR-01", "机加工车间"},
    {"BD-01-IN", "数控折弯机 线边(入)", "Press brake input buffer", "input", "BD-01", "冲压车间"},
    {"QC-01-IN", "检验台 线边(入)", "Inspection bench input buffer", "input", "QC-01", "装配车间"},
    {"PK-01-IN", "包装台 线边(入)", "Packing bench input buffer", "input", "PK-01", "装配车间"},
};

} // namespace

Outcome buildDemoSuppliersAndPlaces(Workspace &workspace)
{
    MasterDataService *masterData = workspace.masterData();
    for (const Supplier &s : Suppliers) {
        MasterRecord record;
        record.values = {{QStringLiteral("code"), u(s.code)},
                         {QStringLiteral("name"), u(s.name)},
                         {QStringLiteral("name_en"), u(s.nameEn)},
                         {QStringLiteral("contact"), u(s.contact)},
                         {QStringLiteral("phone"), u(s.phone)},
                         {QStringLiteral("lead_days"), s.leadDays}};
        if (Result<QString> id = masterData->create(MasterDataKind::Supplier, record); !id)
            return id.outcome();
    }
    for (const Place &p : Places) {
        MasterRecord record;
        record.values = {{QStringLiteral("code"), u(p.code)},
                         {QStringLiteral("name"), u(p.name)},
                         {QStringLiteral("name_en"), u(p.nameEn)},
                         {QStringLiteral("kind"), u(p.kind)},
                         {QStringLiteral("workshop"), u(p.workshop)}};
        if (*p.machineCode) {
            const Result<QString> machine =
                masterData->idForCode(MasterDataKind::Machine, u(p.machineCode));
            if (!machine)
                return machine.outcome();
            record.values.insert(QStringLiteral("machine_id"), machine.value());
        }
        if (Result<QString> id = masterData->create(MasterDataKind::Place, record); !id)
            return id.outcome();
    }
    return Outcome::success();
}

} // namespace Taktline
