// Master data as a planner keeps it: every kind saved and read back, duplicates and bad values
// refused in the user's words with nothing saved, every change audited, roles enforced.
#include "domain/masterdata/masterdataspecs.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

Q_DECLARE_METATYPE(Taktline::MasterDataKind)

class TstMasterDataService : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryKind_data();
    void roundTripsEveryKind();
    void duplicateCodeRefusedFirstUnchanged();
    void codesDifferingOnlyInCaseRefused_data();
    void codesDifferingOnlyInCaseRefused();
    void productUnitIsMasterData();
    void codeReusableAfterRemove();
    void restoreRefusedWhenCodeReused();
    void emptyRequiredFieldRefused_data();
    void emptyRequiredFieldRefused();
    void tooLongTextRefused();
    void optionalFieldsMayBeLeftEmpty();
    void machineCapacityChecked();
    void downtimeReasonClassWritesPlanned();
    void updateFieldSavesAndSignals();
    void deactivatedRecordLeavesActiveList();
    void everyChangeIsAudited();
    void readOnlyRolesRefused();
    void signedOutRefused();
};

namespace {

const QString Code = QStringLiteral("code");
const QString Name = QStringLiteral("name");
constexpr MasterDataKind Machine = MasterDataKind::Machine;

QVariantMap valuesOf(std::initializer_list<std::pair<const char *, QVariant>> pairs)
{
    QVariantMap map;
    for (const auto &[column, value] : pairs)
        map.insert(QString::fromLatin1(column), value);
    return map;
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QVariantMap sampleValues(MasterDataKind kind, const QString &code)
{
    switch (kind) {
    case MasterDataKind::Product:
        return valuesOf({{"part_no", code},
                         {"name", u("法兰盘 DN25")},
                         {"name_en", u("Flange")},
                         {"unit", u("set")}, // a unit by its name in the UI language
                         {"spec", u("Q235 PN16")}});
    case MasterDataKind::Machine:
        return valuesOf({{"code", code},
                         {"name", u("数控车床")},
                         {"name_en", u("CNC lathe")},
                         {"workshop", u("机加工车间")},
                         {"line", u("A线")},
                         {"capacity", 3}});
    case MasterDataKind::Employee:
        return valuesOf(
            {{"badge", code}, {"name", u("王建国")}, {"team", u("甲班")}, {"inspector", true}});
    case MasterDataKind::DowntimeReason:
        return valuesOf(
            {{"code", code}, {"name", u("换模")}, {"name_en", u("Changeover")}, {"oee_class", u("planned")}});
    case MasterDataKind::DefectReason:
        return valuesOf({{"code", code}, {"name", u("划伤")}, {"name_en", u("Scratch")}});
    case MasterDataKind::Unit:
        return valuesOf({{"code", code}, {"name", u("箱")}, {"name_en", u("box")}});
    case MasterDataKind::Supplier:
        return valuesOf({{"code", code}, {"name", u("华东电镀")}, {"lead_days", 4}});
    case MasterDataKind::Place:
        return valuesOf({{"code", code}, {"name", u("A区1号货架")}, {"kind", u("rack")}});
    }
    return {};
}

MasterRecord recordOf(const QVariantMap &values)
{
    MasterRecord record;
    record.values = values;
    return record;
}

// Every field of a record as text, so a changed value shows in the failure message.
QStringList fieldTexts(const MasterRecord &record, MasterDataKind kind)
{
    QStringList texts;
    for (const FieldSpec &field : entitySpec(kind).fields) {
        // A reference (a product's unit) as the user reads it, not its row id.
        const QString column = field.reference.isEmpty() ? field.column : field.displayColumn();
        texts << column + QLatin1Char('=') + record.value(column).toString();
    }
    return texts;
}

// A new factory with shortcuts to the service, the stored rows and the audit log.
struct Fixture
{
    explicit Fixture(TestWorkspace::SignIn as = TestWorkspace::SignIn::Owner)
        : ws(as)
    {
    }
    MasterDataService *md() const { return ws->masterData(); }
    Result<QString> add(const QString &code, const QVariantMap &overrides = {}) const
    {
        QVariantMap values = sampleValues(Machine, code);
        values.insert(overrides);
        return md()->create(Machine, recordOf(values));
    }
    Outcome update(const QString &id, const QString &column, const QVariant &value) const
    {
        return md()->updateField(Machine, id, column, value);
    }
    MasterRecord find(const QString &id, MasterDataKind kind = Machine) const
    {
        const Result<MasterRecord> found = md()->find(kind, id);
        return found ? found.value() : MasterRecord{found.error(), {}, false};
    }
    QStringList stored(const QString &id, MasterDataKind kind = Machine) const
    {
        return fieldTexts(find(id, kind), kind);
    }
    QStringList liveIds(bool includeInactive = true) const
    {
        const Result<QList<MasterRecord>> records = md()->list(Machine, includeInactive);
        QStringList ids;
        for (const MasterRecord &r : records.value())
            ids << r.id;
        return ids;
    }
    int count(const QString &table) const
    {
        QSqlQuery query(ws->database().connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
    int audits() const { return count(QStringLiteral("audit_log")); }
    int machines() const { return count(QStringLiteral("machines")); }
    void signInAs(Role role) const
    {
        ws->access()->signIn(
            {QStringLiteral("user-") + roleKey(role), roleKey(role), roleDisplayName(role), role});
    }

    TestWorkspace ws;
};

} // namespace

void TstMasterDataService::roundTripsEveryKind_data()
{
    QTest::addColumn<MasterDataKind>("kind");
    for (MasterDataKind kind : allMasterDataKinds())
        QTest::newRow(qPrintable(entitySpec(kind).key)) << kind;
}

void TstMasterDataService::roundTripsEveryKind()
{
    QFETCH(MasterDataKind, kind);
    Fixture f;
    const qsizetype seeded = f.md()->list(kind).value().size(); // the units a factory starts with
    const QVariantMap values = sampleValues(kind, QStringLiteral("K-001"));
    const Result<QString> id = f.md()->create(kind, recordOf(values));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(id.value().size(), 36);
    const QStringList expected = fieldTexts(recordOf(values), kind);
    QCOMPARE(f.stored(id.value(), kind), expected);
    QCOMPARE(f.md()->idForCode(kind, QStringLiteral("K-001")).value(), id.value());

    f.ws.reopen();
    f.signInAs(Role::Owner);
    QCOMPARE(f.stored(id.value(), kind), expected);
    const Result<QList<MasterRecord>> all = f.md()->list(kind);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), seeded + 1);
    for (const MasterRecord &record : all.value())
        QVERIFY(record.active);
}

void TstMasterDataService::codesDifferingOnlyInCaseRefused_data()
{
    QTest::addColumn<MasterDataKind>("kind");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("twin");
    QTest::newRow("machine") << MasterDataKind::Machine << u("CNC-01") << u("cnc-01");
    QTest::newRow("product") << MasterDataKind::Product << u("fl-dn25") << u("FL-DN25");
    QTest::newRow("badge") << MasterDataKind::Employee << u("E001") << u("e001");
    QTest::newRow("unit") << MasterDataKind::Unit << u("BOX") << u("Box");
}

void TstMasterDataService::codesDifferingOnlyInCaseRefused()
{
    QFETCH(MasterDataKind, kind);
    QFETCH(QString, first);
    QFETCH(QString, twin);
    Fixture f;
    const Result<QString> kept = f.md()->create(kind, recordOf(sampleValues(kind, first)));
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    const QString table = entitySpec(kind).table;
    const int rows = f.count(table);

    const Result<QString> refused = f.md()->create(kind, recordOf(sampleValues(kind, twin)));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(first), qPrintable(refused.error())); // names the one there
    QVERIFY2(refused.error().contains(QStringLiteral("capital and small letters")),
             qPrintable(refused.error()));
    QCOMPARE(f.count(table), rows);

    // Renaming another record to the twin is refused too, and a scan in either case finds it.
    const Result<QString> other = f.md()->create(kind, recordOf(sampleValues(kind, u("OTHER-9"))));
    QVERIFY(other.ok());
    const QString codeColumn = entitySpec(kind).codeField().column;
    QVERIFY(!f.md()->updateField(kind, other.value(), codeColumn, twin).ok());
    QCOMPARE(f.md()->idForCode(kind, twin).value(), kept.value());

    // The database refuses the twin even from a writer that skips the service.
    QSqlQuery query(f.ws->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE id = '%4'")
                            .arg(table, codeColumn, twin, other.value())));
}

void TstMasterDataService::productUnitIsMasterData()
{
    Fixture f;
    QVariantMap values = sampleValues(MasterDataKind::Product, u("P-1"));
    values.remove(u("unit")); // none given: pieces
    const Result<QString> id = f.md()->create(MasterDataKind::Product, recordOf(values));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(f.find(id.value(), MasterDataKind::Product).text(u("unit")), u("pcs"));

    // A unit added as master data is chosen by code; its English name shows in English.
    const Result<QString> box =
        f.md()->create(MasterDataKind::Unit, recordOf(sampleValues(MasterDataKind::Unit, u("BX"))));
    QVERIFY(box.ok());
    QVERIFY(f.md()->updateField(MasterDataKind::Product, id.value(), u("unit_id"), u("bx")));
    const MasterRecord product = f.find(id.value(), MasterDataKind::Product);
    QCOMPARE(product.text(u("unit_id")), box.value());
    QCOMPARE(product.text(u("unit")), u("box"));

    values.insert(u("part_no"), u("P-2"));
    values.insert(u("unit"), u("桶"));
    const Result<QString> unknown = f.md()->create(MasterDataKind::Product, recordOf(values));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(u("桶")), qPrintable(unknown.error()));
}

void TstMasterDataService::duplicateCodeRefusedFirstUnchanged()
{
    Fixture f;
    const Result<QString> first = f.add(QStringLiteral("CNC-01"));
    QVERIFY(first.ok());
    const QStringList before = f.stored(first.value());
    const int audits = f.audits();

    // Typed with stray spaces it is still the same code.
    const Result<QString> second =
        f.add(QStringLiteral("  CNC-01 "), {{Name, QStringLiteral("Other lathe")}});
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("CNC-01")), qPrintable(second.error()));
    QCOMPARE(f.machines(), 1);
    QCOMPARE(f.audits(), audits);
    QCOMPARE(f.stored(first.value()), before);

    // Renaming another machine to that code is refused the same way, without a change signal.
    const Result<QString> other = f.add(QStringLiteral("CNC-02"));
    QVERIFY(other.ok());
    QSignalSpy changed(f.md(), &MasterDataService::recordChanged);
    const Outcome edit = f.update(other.value(), Code, QStringLiteral("CNC-01"));
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("CNC-01")), qPrintable(edit.error()));
    QCOMPARE(f.find(other.value()).text(Code), QStringLiteral("CNC-02"));
    QCOMPARE(changed.count(), 0);
}

void TstMasterDataService::codeReusableAfterRemove()
{
    Fixture f;
    const Result<QString> first = f.add(QStringLiteral("PR-01"));
    QVERIFY(first.ok());
    QVERIFY(f.md()->remove(Machine, first.value()).ok());
    QVERIFY(f.liveIds().isEmpty());
    QVERIFY(f.md()->idForCode(Machine, QStringLiteral("PR-01")).value().isEmpty());

    const Result<QString> again = f.add(QStringLiteral("PR-01"));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(f.liveIds(), QStringList{again.value()});
    QVERIFY(again.value() != first.value());
}

void TstMasterDataService::restoreRefusedWhenCodeReused()
{
    Fixture f;
    const Result<QString> first = f.add(QStringLiteral("PR-02"));
    QVERIFY(first.ok());
    QVERIFY(f.md()->remove(Machine, first.value()).ok());
    const Result<QString> reuse = f.add(QStringLiteral("PR-02"));
    QVERIFY(reuse.ok());
    const int audits = f.audits();

    const Outcome restored = f.md()->restore(Machine, first.value());
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QStringLiteral("PR-02")), qPrintable(restored.error()));
    QCOMPARE(f.liveIds(), QStringList{reuse.value()});
    QCOMPARE(f.audits(), audits);
}

void TstMasterDataService::emptyRequiredFieldRefused_data()
{
    QTest::addColumn<MasterDataKind>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    const QString blank = QStringLiteral(" \t  ");
    QTest::newRow("machine name empty") << Machine << Name << QString() << "Name";
    QTest::newRow("machine name blank") << Machine << Name << blank << "Name";
    QTest::newRow("machine code blank") << Machine << Code << blank << "Machine code";
    QTest::newRow("machine workshop") << Machine << "workshop" << QString() << "Workshop";
    QTest::newRow("product part no") << MasterDataKind::Product << "part_no" << blank << "Part No.";
    QTest::newRow("employee badge") << MasterDataKind::Employee << "badge" << blank << "Badge code";
    QTest::newRow("defect name") << MasterDataKind::DefectReason << Name << blank << "Name";
}

void TstMasterDataService::emptyRequiredFieldRefused()
{
    QFETCH(MasterDataKind, kind);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, label);
    Fixture f;
    QVariantMap values = sampleValues(kind, QStringLiteral("X-1"));
    values.insert(column, value);
    const Result<QString> id = f.md()->create(kind, recordOf(values));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(label), qPrintable(id.error()));
    QVERIFY(f.md()->list(kind).value().isEmpty());
    QCOMPARE(f.audits(), 0);

    // The same value typed over a saved record is refused too and changes nothing.
    const Result<QString> saved =
        f.md()->create(kind, recordOf(sampleValues(kind, QStringLiteral("X-2"))));
    QVERIFY(saved.ok());
    const QStringList before = f.stored(saved.value(), kind);
    const Outcome edit = f.md()->updateField(kind, saved.value(), column, value);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(label), qPrintable(edit.error()));
    QCOMPARE(f.stored(saved.value(), kind), before);
}

void TstMasterDataService::tooLongTextRefused()
{
    Fixture f;
    const Result<QString> longCode = f.add(QString(41, QLatin1Char('C')));
    QVERIFY(!longCode.ok());
    QVERIFY2(longCode.error().contains(QStringLiteral("Machine code")) &&
                 longCode.error().contains(QStringLiteral("40")),
             qPrintable(longCode.error()));
    QCOMPARE(f.machines(), 0);

    const Result<QString> id = f.add(QString(40, QLatin1Char('C')));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const QStringList before = f.stored(id.value());
    const Outcome edit = f.update(id.value(), Name, QString(81, QChar(0x8F66))); // 车车…
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("Name")), qPrintable(edit.error()));
    QCOMPARE(f.stored(id.value()), before);
}

void TstMasterDataService::optionalFieldsMayBeLeftEmpty()
{
    Fixture f;
    // Left out, typed empty, or only spaces: all mean "no English name / no line".
    const Result<QString> omitted = f.md()->create(
        Machine,
        recordOf(valuesOf({{"code", u("M-1")}, {"name", u("车床")}, {"workshop", u("A")}})));
    QVERIFY2(omitted.ok(), qPrintable(omitted.error()));
    const Result<QString> blank =
        f.add(QStringLiteral("M-2"), valuesOf({{"name_en", u("   ")}, {"line", u("")}}));
    QVERIFY2(blank.ok(), qPrintable(blank.error()));
    for (const QString &id : {omitted.value(), blank.value()})
        QCOMPARE(f.find(id).text(QStringLiteral("name_en")), QString());
    QCOMPARE(f.find(omitted.value()).value(QStringLiteral("capacity")).toLongLong(), 1); // default
    const Outcome emptied =
        f.update(blank.value(), QStringLiteral("workshop"), QStringLiteral("B"));
    QVERIFY2(emptied.ok(), qPrintable(emptied.error()));
    QCOMPARE(f.liveIds().size(), 2);
}

void TstMasterDataService::machineCapacityChecked()
{
    Fixture f;
    const QString capacity = QStringLiteral("capacity");
    for (const QVariant &bad : {QVariant(0), QVariant(-1), QVariant(u("abc")), QVariant(1.5),
                                QVariant(u("1.5")), QVariant(QString())}) {
        const Result<QString> id = f.add(QStringLiteral("AS-01"), {{capacity, bad}});
        QVERIFY2(!id.ok(), qPrintable(bad.toString()));
        QVERIFY2(id.error().contains(QStringLiteral("Parallel capacity")), qPrintable(id.error()));
    }
    QCOMPARE(f.machines(), 0);
    QCOMPARE(f.audits(), 0);

    const QList<QVariant> good = {QVariant(2), QVariant(u(" 2 "))};
    for (int i = 0; i < good.size(); ++i) {
        const Result<QString> id =
            f.add(QStringLiteral("AS-0%1").arg(i + 1), {{capacity, good[i]}});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(f.find(id.value()).value(capacity).toLongLong(), 2);
    }
}

// A reason's OEE class is one of the list (by key or by its name as read); the old "planned"
// column is written from it in the same save, for code that reads it.
void TstMasterDataService::downtimeReasonClassWritesPlanned()
{
    Fixture f;
    const auto planned = [&](const QString &id) {
        QSqlQuery query(f.ws->database().connection());
        query.prepare(QStringLiteral("SELECT planned || '|' || oee_class FROM downtime_reasons "
                                     "WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("?");
    };
    const Result<QString> id = f.md()->create(
        MasterDataKind::DowntimeReason,
        recordOf(sampleValues(MasterDataKind::DowntimeReason, QStringLiteral("R01"))));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(planned(id.value()), QStringLiteral("1|planned"));
    QVERIFY(f.md()->find(MasterDataKind::DowntimeReason, id.value()).value().value(QStringLiteral("planned")).toBool());

    QVERIFY(f.md()->updateField(MasterDataKind::DowntimeReason, id.value(),
                                QStringLiteral("oee_class"), QStringLiteral("Availability loss"))
                .ok());
    QCOMPARE(planned(id.value()), QStringLiteral("0|availability"));

    const Outcome wrong = f.md()->updateField(MasterDataKind::DowntimeReason, id.value(),
                                              QStringLiteral("oee_class"), QStringLiteral("often"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QStringLiteral("Planned downtime")), qPrintable(wrong.error()));
    QCOMPARE(planned(id.value()), QStringLiteral("0|availability"));

    // A new reason with no class given is "not classed", never planned.
    QVariantMap values = sampleValues(MasterDataKind::DowntimeReason, QStringLiteral("R02"));
    values.remove(QStringLiteral("oee_class"));
    const Result<QString> other = f.md()->create(MasterDataKind::DowntimeReason, recordOf(values));
    QVERIFY2(other.ok(), qPrintable(other.error()));
    QCOMPARE(planned(other.value()), QStringLiteral("0|"));
}

void TstMasterDataService::updateFieldSavesAndSignals()
{
    Fixture f;
    const Result<QString> id = f.add(QStringLiteral("MC-01"));
    QVERIFY(id.ok());
    QSignalSpy changed(f.md(), &MasterDataService::recordChanged);

    const Outcome edit = f.update(id.value(), Name, QStringLiteral("  立式  加工中心 "));
    QVERIFY2(edit.ok(), qPrintable(edit.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<MasterDataKind>(), Machine);
    QCOMPARE(changed.at(0).at(1).toString(), id.value());
    QCOMPARE(f.find(id.value()).text(Name), QStringLiteral("立式 加工中心"));
    QVERIFY(f.update(id.value(), QStringLiteral("capacity"), QStringLiteral("4")).ok());
    QCOMPARE(changed.count(), 2);

    f.ws.reopen();
    QCOMPARE(f.find(id.value()).text(Name), QStringLiteral("立式 加工中心"));
    QCOMPARE(f.find(id.value()).value(QStringLiteral("capacity")).toLongLong(), 4);
}

void TstMasterDataService::deactivatedRecordLeavesActiveList()
{
    Fixture f;
    const Result<QString> kept = f.add(QStringLiteral("QC-01"));
    const Result<QString> parked = f.add(QStringLiteral("QC-02"));
    QVERIFY(kept.ok() && parked.ok());
    QVERIFY(f.md()->setActive(Machine, parked.value(), false).ok());

    QCOMPARE(f.liveIds(false), QStringList{kept.value()});
    QCOMPARE(f.liveIds(true), (QStringList{kept.value(), parked.value()}));
    QVERIFY(!f.find(parked.value()).active);
    QVERIFY(f.md()->setActive(Machine, parked.value(), true).ok());
    QCOMPARE(f.liveIds(false), (QStringList{kept.value(), parked.value()}));
}

void TstMasterDataService::everyChangeIsAudited()
{
    Fixture f;
    const Result<QString> id = f.add(QStringLiteral("BD-01"));
    QVERIFY(id.ok());
    QCOMPARE(f.audits(), 1);
    QVERIFY(f.update(id.value(), Name, QStringLiteral("折弯机")).ok());
    QVERIFY(f.md()->setActive(Machine, id.value(), false).ok());
    QVERIFY(f.md()->remove(Machine, id.value()).ok());
    QVERIFY(f.md()->restore(Machine, id.value()).ok());
    QVERIFY(!f.update(id.value(), Name, QString()).ok()); // refused: no fact
    QCOMPARE(f.audits(), 5);

    // In order, by this user on this device, about this machine.
    QSqlQuery query(f.ws->database().connection());
    query.prepare(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM "
                                 "audit_log WHERE entity = 'machine' AND entity_id = :id AND "
                                 "user_id = 'test-user' AND device_id = :device ORDER BY id)"));
    query.bindValue(QStringLiteral(":id"), id.value());
    query.bindValue(QStringLiteral(":device"), f.ws->database().deviceId());
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("create,update,deactivate,remove,restore"));
}

void TstMasterDataService::readOnlyRolesRefused()
{
    Fixture f;
    const Result<QString> id = f.add(QStringLiteral("PK-01"));
    QVERIFY(id.ok());
    const QStringList before = f.stored(id.value());
    const int audits = f.audits();

    for (Role role : {Role::Operator, Role::Supervisor}) {
        f.signInAs(role);
        const Result<QString> created = f.add(QStringLiteral("PK-02"));
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(roleDisplayName(role)), qPrintable(created.error()));
        const Outcome edited = f.update(id.value(), Name, QStringLiteral("X"));
        QVERIFY(!edited.ok());
        QVERIFY2(edited.error().contains(roleDisplayName(role)), qPrintable(edited.error()));
        QVERIFY(!f.md()->setActive(Machine, id.value(), false).ok());
        QVERIFY(!f.md()->remove(Machine, id.value()).ok());
        QCOMPARE(f.liveIds(false), QStringList{id.value()}); // reading is still allowed
    }
    QCOMPARE(f.machines(), 1);
    QCOMPARE(f.audits(), audits);
    QCOMPARE(f.stored(id.value()), before);
}

void TstMasterDataService::signedOutRefused()
{
    Fixture f(TestWorkspace::SignIn::None);
    const Result<QString> created = f.add(QStringLiteral("DR-01"));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QStringLiteral("sign in"), Qt::CaseInsensitive),
             qPrintable(created.error()));
    QCOMPARE(f.machines(), 0);
    QCOMPARE(f.audits(), 0);
}

QTEST_GUILESS_MAIN(TstMasterDataService)
#include "tst_masterdataservice.moc"
