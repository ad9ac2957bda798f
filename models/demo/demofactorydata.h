#pragma once

#include <QList>

namespace Taktline::DemoData {

// The content of the demo factory: a metalworking shop of about 25 people.
struct Machine { const char *code, *name, *nameEn, *workshop, *line; int capacity; };
// An outsourced step (外协) has no machine but a supplier and a price per good piece.
struct Step
{
    const char *name;
    int seconds;
    const char *machineCode;
    const char *supplierCode = nullptr;
    double subcontractPrice = 0;
};
struct ProductFamily
{
    const char *prefix, *name, *nameEn, *spec;
    QList<const char *> sizes;
    QList<Step> routing;
};
struct Employee { const char *badge, *name, *team; };
// OEECLASS: where a downtime reason's stop time goes in OEE (oeeClassKey); "" for defects.
struct Reason { const char *code, *name, *nameEn, *oeeClass; };
struct User { const char *username, *displayName, *role; };

const QList<Machine> &machines();
const QList<ProductFamily> &productFamilies();
const QList<Employee> &employees();
const QList<Reason> &downtimeReasons();
const QList<Reason> &defectReasons();
const QList<User> &users();

// Raw materials and purchased parts (原材料 / 外购件) the products are made from, each with the
// supplier that delivers it; SHELFLIFEDAYS 0: does not expire; SCARCE: kept short in stock.
struct Material
{
    const char *partNo, *name, *nameEn, *unit, *spec, *supplier, *supplierCode;
    int shelfLifeDays;
    bool scarce;
};
const QList<Material> &materials();

// The serial-tracked assembly (序列号追溯): the newest finished orders of the final family get a
// serial per piece, each fitted with one serialised piece of the component family (made by its
// own orders); a few pieces fail their last step once and pass on re-test.
struct SerialAssembly { const char *finalFamily, *componentFamily; int finalOrders; int retestPerCent; };
const SerialAssembly &serialAssembly();
// Finished-goods locations (成品库位) and the carriers shipments leave with.
const QList<const char *> &finishedGoodsLocations();
const QList<const char *> &carriers();

} // namespace Taktline::DemoData
