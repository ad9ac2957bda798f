#include "demo/demofactorydata.h"

namespace Taktline::DemoData {

const QList<Machine> &machines()
{
    static const QList<Machine> list = {
        {"CNC-01", "数控车床 1号", "CNC lathe 1", "机加工车间", "A线", 1},
        {"CNC-02", "数控车床 2号", "CNC lathe 2", "机加工车间", "A线", 1},
        {"MC-01", "立式加工中心", "Vertical machining centre", "机加工车间", "B线", 1},
        {"DR-01", "摇臂钻床", "Radial drill", "机加工车间", "B线", 1},
        {"PR-01", "200吨冲床", "200 t press", "冲压车间", "冲压线", 1},
        {"PR-02", "110吨冲床", "110 t press", "冲压车间", "冲压线", 1},
        {"PR-03", "63吨冲床", "63 t press", "冲压车间", "冲压线", 1},
        {"BD-01", "数控折弯机", "CNC press brake", "冲压车间", "钣金线", 1},
        {"AS-01", "装配线 A", "Assembly line A", "装配车间", "装配一线", 4},
        {"AS-02", "装配线 B", "Assembly line B", "装配车间", "装配二线", 4},
        {"QC-01", "检验台", "Inspection bench", "装配车间", "质检区", 2},
        {"PK-01", "包装台", "Packing bench", "装配车间", "包装区", 2},
    };
    return list;
}

const QList<ProductFamily> &productFamilies()
{
    static const QList<ProductFamily> list = {
        {"FL", "法兰盘", "Flange", "Q235 PN16", {"DN25", "DN32", "DN40", "DN50", "DN65", "DN80"},
         {{"车削", 95, "CNC-01"}, {"钻孔", 40, "DR-01"}, {"检验", 20, "QC-01"}}},
        {"BS", "轴套", "Bushing", "45#钢 调质", {"20", "25", "30", "35", "40"},
         {{"车削", 70, "CNC-02"}, {"去毛刺", 15, "QC-01"}, {"检验", 12, "QC-01"}}},
        {"SH", "传动轴", "Drive shaft", "40Cr 淬火", {"L200", "L300", "L400", "L500"},
         {{"车削", 180, "CNC-01"}, {"热处理", 20, "", "WX-RC01", 1.8}, {"铣键槽", 120, "MC-01"},
          {"检验", 30, "QC-01"}}},
        {"BR", "安装支架", "Mounting bracket", "SPCC t=2.0", {"A", "B", "C", "D", "E", "F"},
         {{"冲裁", 6, "PR-01"}, {"折弯", 18, "BD-01"}, {"检验", 8, "QC-01"}}},
        {"EC", "电机端盖", "Motor end cover", "SPHC t=3.0", {"80", "90", "100", "112"},
         {{"冲压", 8, "PR-02"}, {"钻孔", 25, "DR-01"}, {"检验", 10, "QC-01"}}},
        {"WS", "垫片", "Washer", "65Mn 镀锌", {"M6", "M8", "M10", "M12", "M16"},
         {{"冲压", 2, "PR-03"}, {"镀锌", 2, "", "WX-DD01", 0.06}, {"包装", 1, "PK-01"}}},
        {"EN", "电气箱外壳", "Electrical enclosure", "SPCC t=1.5 喷塑", {"300", "400", "500"},
         {{"冲裁", 20, "PR-01"}, {"折弯", 60, "BD-01"}, {"装配", 240, "AS-02"}, {"包装", 45, "PK-01"}}},
        {"GP", "齿轮泵组件", "Gear pump assembly", "额定压力 2.5 MPa", {"05", "10", "16"},
         {{"装配", 420, "AS-01"}, {"试压检验", 180, "QC-01"}, {"包装", 60, "PK-01"}}},
        {"VB", "阀体", "Valve body", "HT200 铸件", {"DN15", "DN20", "DN25", "DN32"},
         {{"铣面", 150, "MC-01"}, {"钻孔攻丝", 90, "DR-01"}, {"检验", 40, "QC-01"}}},
    };
    return list;
}

const QList<Employee> &employees()
{
    static const QList<Employee> list = {
        {"E001", "王建国", "机加工甲班"}, {"E002", "李志强", "机加工甲班"},
        {"E003", "张伟", "机加工甲班"},   {"E004", "刘洋", "机加工甲班"},
        {"E005", "陈静", "机加工乙班"},   {"E006", "杨磊", "机加工乙班"},
        {"E007", "赵敏", "机加工乙班"},   {"E008", "黄海涛", "机加工乙班"},
        {"E009", "周杰", "冲压班"},       {"E010", "吴刚", "冲压班"},
        {"E011", "徐丽", "冲压班"},       {"E012", "孙鹏", "冲压班"},
        {"E013", "马超", "冲压班"},       {"E014", "朱晓红", "装配一班"},
        {"E015", "胡军", "装配一班"},     {"E016", "郭芳", "装配一班"},
        {"E017", "何勇", "装配一班"},     {"E018", "高峰", "装配二班"},
        {"E019", "林小燕", "装配二班"},   {"E020", "罗斌", "装配二班"},
        {"E021", "郑华", "装配二班"},     {"E022", "梁秀英", "质检组"},
        {"E023", "谢东", "质检组"},       {"E024", "宋佳", "质检组"},
        {"E025", "唐明", "机修组"},
    };
    return list;
}

const QList<Reason> &downtimeReasons()
{
    static const QList<Reason> list = {
        {"D01", "换模", "Changeover", "planned"},
        {"D02", "调机", "Set-up", "planned"},
        {"D03", "保养", "Maintenance", "planned"},
        {"D04", "待料", "Waiting for material", "availability"},
        {"D05", "设备故障", "Breakdown", "availability"},
        {"D06", "品质异常", "Quality problem", "quality"},
        {"D07", "停电", "Power cut", "availability"},
        {"D08", "休息", "Break", "planned"},
        {"D09", "无订单", "No orders", "excluded"},
        {"D10", "小停机", "Minor stop", "performance"},
    };
    return list;
}

const QList<Reason> &defectReasons()
{
    static const QList<Reason> list = {
        {"Q01", "尺寸超差", "Out of tolerance", ""}, {"Q02", "划伤", "Scratch", ""},
        {"Q03", "毛刺", "Burr", ""},                 {"Q04", "变形", "Deformation", ""},
        {"Q05", "漏装", "Missing part", ""},         {"Q06", "来料不良", "Bad incoming material", ""},
        {"Q07", "表面处理不良", "Surface finish defect", ""},
        {"Q08", "试压泄漏", "Pressure test leak", ""},
    };
    return list;
}

const QList<User> &users()
{
    static const QList<User> list = {
        {"owner", "王总", "owner"},
        {"planner", "李计划", "planner"},
        {"supervisor", "张班长", "supervisor"},
        {"operator", "陈师傅", "operator"},
    };
    return list;
}

const QList<Material> &materials()
{
    static const QList<Material> list = {
        {"RM-PL-Q235", "Q235钢板 t=12", "Q235 steel plate t=12", "kg", "GB/T 3274", "宝钢股份", "BG", 0, false},
        {"RM-BAR-45", "45#圆钢 D50", "45# steel round bar D50", "kg", "GB/T 699", "江阴兴澄特钢", "XC", 0, false},
        {"RM-BAR-40CR", "40Cr圆钢 D60", "40Cr steel round bar D60", "kg", "GB/T 3077", "江阴兴澄特钢", "XC", 0, true},
        {"RM-SH-SPCC20", "SPCC冷轧板 t=2.0", "SPCC cold-rolled sheet t=2.0", "kg", "1250×2500", "鞍钢股份", "AG", 0, false},
        {"RM-SH-SPCC15", "SPCC冷轧板 t=1.5", "SPCC cold-rolled sheet t=1.5", "kg", "1250×2500", "鞍钢股份", "AG", 0, false},
        {"RM-SH-SPHC30", "SPHC热轧板 t=3.0", "SPHC hot-rolled sheet t=3.0", "kg", "1500×3000", "鞍钢股份", "AG", 0, false},
        {"RM-ST-65MN", "65Mn弹簧钢带 t=1.5", "65Mn spring steel strip t=1.5", "kg", "卷料", "宝钢股份", "BG", 0, false},
        {"RM-CU-15", "铜芯电线 1.5平方", "Copper wire 1.5 mm2", "m", "BVR 450/750V", "远东电缆", "YD", 0, true},
        {"RM-PWD-GY", "环氧粉末涂料 灰色", "Epoxy powder coating, grey", "kg", "RAL 7035", "阿克苏诺贝尔粉末涂料", "AK", 180, false},
        {"RM-OIL-AR", "防锈油", "Anti-rust oil", "kg", "水置换型", "长城润滑油", "CC", 365, false},
        {"RM-SCR-M6", "十字盘头螺钉 M6×12", "Pan head screw M6x12", "PCS", "4.8级 镀锌", "宁波紧固件厂", "NB", 0, false},
        {"RM-OR-30", "O型密封圈 30×2.65", "O-ring 30x2.65", "PCS", "丁腈橡胶 NBR", "青岛密封件", "QD", 0, true},
        {"RM-GEAR-P", "齿轮副", "Gear pair", "PCS", "m=2 z=12", "台州齿轮厂", "TZ", 0, false},
        {"RM-CAST-PB", "泵体铸件", "Pump body casting", "PCS", "HT250", "泊头铸造厂", "BT", 0, false},
        {"RM-CAST-VB", "HT200阀体铸件", "HT200 valve body casting", "PCS", "毛坯", "泊头铸造厂", "BT", 0, false},
    };
    return list;
}

const SerialAssembly &serialAssembly()
{
    // Gear pumps (齿轮泵组件) built around a serialised, hardened drive shaft (传动轴).
    static const SerialAssembly assembly = {"GP", "SH", 4, 4};
    return assembly;
}

const QList<const char *> &finishedGoodsLocations()
{
    static const QList<const char *> list = {"成品库 A-01", "成品库 A-02", "成品库 B-01",
                                             "成品库 B-03", "成品库 C-02"};
    return list;
}

const QList<const char *> &carriers()
{
    static const QList<const char *> list = {"德邦物流", "顺丰速运", "安能物流", "客户自提"};
    return list;
}

} // namespace Taktline::DemoData
