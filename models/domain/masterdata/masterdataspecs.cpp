#include "domain/masterdata/masterdataspecs.h"

#include "domain/oee/oeeclass.h"

#include <QCoreApplication>

namespace Taktline {

namespace {

constexpr const char *Context = "Taktline::MasterData";

FieldSpec text(const char *column, const char *label, bool required = false, int maxLength = 80)
{
    FieldSpec f;
    f.column = QString::fromLatin1(column);
    f.label = label;
    f.required = required;
    f.maxLength = maxLength;
    return f;
}

FieldSpec code(const char *column, const char *label)
{
    FieldSpec f = text(column, label, true, 40);
    f.unique = true;
    return f;
}

QList<EntitySpec> buildSpecs()
{
    // A product's unit of measure is a row of the units table (件/pcs, kg …), PCS unless chosen.
    FieldSpec unit = text("unit_id", QT_TRANSLATE_NOOP("Taktline::MasterData", "Unit"), true, 40);
    unit.reference = QStringLiteral("units");
    unit.defaultValue = QStringLiteral("PCS");

    FieldSpec capacity;
    capacity.column = QStringLiteral("capacity");
    capacity.type = FieldType::Integer;
    capacity.label = QT_TRANSLATE_NOOP("Taktline::MasterData", "Parallel capacity");
    capacity.required = true;
    capacity.minimum = 1;
    capacity.defaultValue = 1;

    // Where a downtime reason's stop time goes in OEE; not classed until the owner chooses.
    FieldSpec oeeClass;
    oeeClass.column = QStringLiteral("oee_class");
    oeeClass.type = FieldType::Choice;
    oeeClass.label = QT_TRANSLATE_NOOP("Taktline::MasterData", "OEE class");
    oeeClass.defaultValue = QString();
    for (OeeClass c : allOeeClasses())
        oeeClass.options << oeeClassKey(c);
    oeeClass.optionName = [](const QString &key) {
        return oeeClassDisplayName(oeeClassFromKey(key).value_or(OeeClass::Unset));
    };

    // 质检员: may sign inspections at a station (docs/quality.md).
    FieldSpec inspector;
    inspector.column = QStringLiteral("inspector");
    inspector.type = FieldType::Boolean;
    inspector.label = QT_TRANSLATE_NOOP("Taktline::MasterData", "Inspector");
    inspector.defaultValue = false;

    // How long a batch sent to a supplier (外协) is usually away, in days.
    FieldSpec leadDays;
    leadDays.column = QStringLiteral("lead_days");
    leadDays.type = FieldType::Integer;
    leadDays.label = QT_TRANSLATE_NOOP("Taktline::MasterData", "Lead time (days)");
    leadDays.required = true;
    leadDays.minimum = 0;
    leadDays.defaultValue = 3;

    // A place (库位) is a rack, an area, or the input or output buffer of one machine.
    FieldSpec placeKind;
    placeKind.column = QStringLiteral("kind");
    placeKind.type = FieldType::Choice;
    placeKind.label = QT_TRANSLATE_NOOP("Taktline::MasterData", "Kind of place");
    placeKind.required = true;
    placeKind.defaultValue = QStringLiteral("rack");
    placeKind.options = {QStringLiteral("rack"), QStringLiteral("area"), QStringLiteral("input"),
                         QStringLiteral("output")};
    placeKind.optionName = [](const QString &key) {
        // The context spelled out: lupdate does not see through the Context constant.
        if (key == QLatin1String("area"))
            return QCoreApplication::translate("Taktline::MasterData", "Area");
        if (key == QLatin1String("input"))
            return QCoreApplication::translate("Taktline::MasterData", "Machine input buffer");
        if (key == QLatin1String("output"))
            return QCoreApplication::translate("Taktline::MasterData", "Machine output buffer");
        return QCoreApplication::translate("Taktline::MasterData", "Rack");
    };
    FieldSpec placeMachine =
        text("machine_id", QT_TRANSLATE_NOOP("Taktline::MasterData", "Machine"), false, 40);
    placeMachine.reference = QStringLiteral("machines");

    const FieldSpec name = text("name", QT_TRANSLATE_NOOP("Taktline::MasterData", "Name"), true);
    const FieldSpec nameEn =
        text("name_en", QT_TRANSLATE_NOOP("Taktline::MasterData", "English name"));

    return {
        {MasterDataKind::Product,
         QStringLiteral("products"),
         QStringLiteral("product"),
         {code("part_no", QT_TRANSLATE_NOOP("Taktline::MasterData", "Part No.")), name, nameEn,
          unit, text("spec", QT_TRANSLATE_NOOP("Taktline::MasterData", "Specification"), false, 200)},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Product"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Products")},
        {MasterDataKind::Machine,
         QStringLiteral("machines"),
         QStringLiteral("machine"),
         {code("code", QT_TRANSLATE_NOOP("Taktline::MasterData", "Machine code")), name, nameEn,
          text("workshop", QT_TRANSLATE_NOOP("Taktline::MasterData", "Workshop"), true),
          text("line", QT_TRANSLATE_NOOP("Taktline::MasterData", "Line")), capacity},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Machine"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Machines")},
        {MasterDataKind::Employee,
         QStringLiteral("employees"),
         QStringLiteral("employee"),
         {code("badge", QT_TRANSLATE_NOOP("Taktline::MasterData", "Badge code")),
          text("name", QT_TRANSLATE_NOOP("Taktline::MasterData", "Full name"), true),
          text("team", QT_TRANSLATE_NOOP("Taktline::MasterData", "Team")), inspector},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Employee"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Employees")},
        {MasterDataKind::DowntimeReason,
         QStringLiteral("downtime_reasons"),
         QStringLiteral("downtime-reason"),
         {code("code", QT_TRANSLATE_NOOP("Taktline::MasterData", "Reason code")), name, nameEn,
          oeeClass},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Downtime reason"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Downtime reasons"),
         // Code written before OEE classes reads "planned"; it follows the class.
         {{QStringLiteral("planned"), QStringLiteral("oee_class = 'planned'")}}},
        {MasterDataKind::DefectReason,
         QStringLiteral("defect_reasons"),
         QStringLiteral("defect-reason"),
         {code("code", QT_TRANSLATE_NOOP("Taktline::MasterData", "Reason code")), name, nameEn},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Defect reason"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Defect reasons")},
        {MasterDataKind::Unit,
         QStringLiteral("units"),
         QStringLiteral("unit"),
         {code("code", QT_TRANSLATE_NOOP("Taktline::MasterData", "Unit code")), name, nameEn},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Unit"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Units")},
        {MasterDataKind::Supplier,
         QStringLiteral("suppliers"),
         QStringLiteral("supplier"),
         {code("code", QT_TRANSLATE_NOOP("Taktline::MasterData", "Supplier code")), name, nameEn,
          text("contact", QT_TRANSLATE_NOOP("Taktline::MasterData", "Contact")),
          text("phone", QT_TRANSLATE_NOOP("Taktline::MasterData", "Phone"), false, 40), leadDays},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Supplier"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Suppliers")},
        {MasterDataKind::Place,
         QStringLiteral("places"),
         QStringLiteral("place"),
         {code("code", QT_TRANSLATE_NOOP("Taktline::MasterData", "Place code")), name, nameEn,
          placeKind, placeMachine,
          text("workshop", QT_TRANSLATE_NOOP("Taktline::MasterData", "Workshop"))},
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Place"),
         QT_TRANSLATE_NOOP("Taktline::MasterData", "Places")},
    };
}

} // namespace

QString FieldSpec::displayLabel() const
{
    return QCoreApplication::translate(Context, label);
}

const FieldSpec *EntitySpec::field(const QString &column) const
{
    const int index = fieldIndex(column);
    return index < 0 ? nullptr : &fields.at(index);
}

int EntitySpec::fieldIndex(const QString &column) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).column == column)
            return i;
    }
    return -1;
}

QString EntitySpec::displaySingular() const
{
    return QCoreApplication::translate(Context, singular);
}

QString EntitySpec::displayPlural() const
{
    return QCoreApplication::translate(Context, plural);
}

const EntitySpec &entitySpec(MasterDataKind kind)
{
    static const QList<EntitySpec> specs = buildSpecs();
    return specs.at(static_cast<int>(kind));
}

QList<MasterDataKind> allMasterDataKinds()
{
    return {MasterDataKind::Product, MasterDataKind::Machine, MasterDataKind::Employee,
            MasterDataKind::DowntimeReason, MasterDataKind::DefectReason, MasterDataKind::Unit,
            MasterDataKind::Supplier,       MasterDataKind::Place};
}

} // namespace Taktline
