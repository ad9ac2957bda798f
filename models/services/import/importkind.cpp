#include "services/import/importkind.h"

#include <QCoreApplication>

namespace Taktline {

namespace {

constexpr const char *Context = "Taktline::Import";

struct KindName
{
    ImportKind kind;
    const char *key;
    const char *name;
};

// The command line's keys and the template sheets' names, in the order offered.
const QList<KindName> &kindNames()
{
    static const QList<KindName> names = {
        {ImportKind::Products, "products", QT_TRANSLATE_NOOP("Taktline::Import", "Products")},
        {ImportKind::Machines, "machines", QT_TRANSLATE_NOOP("Taktline::Import", "Machines")},
        {ImportKind::Employees, "employees", QT_TRANSLATE_NOOP("Taktline::Import", "Employees")},
        {ImportKind::DowntimeReasons, "downtime-reasons",
         QT_TRANSLATE_NOOP("Taktline::Import", "Downtime reasons")},
        {ImportKind::DefectReasons, "defect-reasons",
         QT_TRANSLATE_NOOP("Taktline::Import", "Defect reasons")},
        {ImportKind::Routings, "routings", QT_TRANSLATE_NOOP("Taktline::Import", "Routings")},
        {ImportKind::Boms, "boms", QT_TRANSLATE_NOOP("Taktline::Import", "BOMs")},
        {ImportKind::PieceRates, "piece-rates",
         QT_TRANSLATE_NOOP("Taktline::Import", "Piece rates")},
        {ImportKind::MaterialLots, "lots",
         QT_TRANSLATE_NOOP("Taktline::Import", "Opening material lots")},
        {ImportKind::WorkOrders, "work-orders",
         QT_TRANSLATE_NOOP("Taktline::Import", "Work orders")},
        {ImportKind::InspectionPlans, "inspection-plans",
         QT_TRANSLATE_NOOP("Taktline::Import", "Inspection plans")},
    };
    return names;
}

const KindName &entry(ImportKind kind)
{
    for (const KindName &name : kindNames()) {
        if (name.kind == kind)
            return name;
    }
    return kindNames().constFirst();
}

} // namespace

QString ImportColumn::displayHeader() const
{
    return QCoreApplication::translate(context, header);
}

QString ImportColumn::displayHint() const
{
    return *hint ? QCoreApplication::translate(Context, hint) : QString();
}

namespace ImportKinds {

QList<ImportKind> all()
{
    QList<ImportKind> kinds;
    for (const KindName &name : kindNames())
        kinds << name.kind;
    return kinds;
}

QString key(ImportKind kind)
{
    return QString::fromLatin1(entry(kind).key);
}

std::optional<ImportKind> fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const KindName &name : kindNames()) {
        if (wanted == QLatin1String(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QString displayName(ImportKind kind)
{
    return QCoreApplication::translate(Context, entry(kind).name);
}

QString englishName(ImportKind kind)
{
    return QString::fromLatin1(entry(kind).name);
}

} // namespace ImportKinds

} // namespace Taktline
