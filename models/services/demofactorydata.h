#pragma once

#include <QList>

namespace Taktline::DemoData {

// The content of the demo factory: a metalworking shop of about 25 people.
struct Machine { const char *code, *name, *nameEn, *workshop, *line; int capacity; };
struct Step { const char *name; int seconds; const char *machineCode; };
struct ProductFamily
{
    const char *prefix, *name, *nameEn, *spec;
    QList<const char *> sizes;
    QList<Step> routing;
};
struct Employee { const char *badge, *name, *team; };
struct Reason { const char *code, *name, *nameEn; bool planned; };
struct User { const char *username, *displayName, *role; };

const QList<Machine> &machines();
const QList<ProductFamily> &productFamilies();
const QList<Employee> &employees();
const QList<Reason> &downtimeReasons();
const QList<Reason> &defectReasons();
const QList<User> &users();

} // namespace Taktline::DemoData
