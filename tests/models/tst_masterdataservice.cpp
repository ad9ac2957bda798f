// Master data as a planner keeps it: every kind saved and read back, duplicates and bad values
// refused in the user's words with nothing saved, every change audited, roles enforced.
#include "accesscontrol.h"
#include "database.h"
#include "masterdataservice.h"
#include "masterdataspecs.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

Q_DECLARE_METATYPE(Taktline::MasterDataKind)
Q_DECLARE_METATYPE(Taktline::Role)

class TstMasterDataService : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryKind_data();
    void roundTripsEveryKind();
    void duplicateCodeRefusedFirstUnchanged();
    void duplicateCodeRefusedOnEdit();
    void codeReusableAfterRemove();
    void restoreRefusedWhenCodeReused();
    void emptyRequiredFieldRefused_data();
    void emptyRequiredFieldRefused();
    void tooLongTextRefused();
    void optionalFieldsMayBeLeftEmpty();
    void machineCapacityChecked_data();
    void machineCapacityChecked();
    void updateFieldSavesAndSignals();
    void deactivatedRecordLeavesActiveList();
    void everyChangeIsAudited();
    void readOnlyRolesRefused_data();
    void readOnlyRolesRefused();
    void signedOutRefused();
};

namespace {

const QString Code = QStringLiteral("code");
const QString Name = QStringLiteral("name");

QVariantMap sampleValues(MasterDataKind kind, const QString &code)
{
    switch (kind) {
    case MasterDataKind::Product:
        return {{QStringLiteral("part_no"), code}, {Name, QStringLiteral("法兰盘 DN25")},
                {QStringLiteral("name_en"), QStringLiteral("Flange DN25")},
                {QStringLiteral("unit"), QStringLiteral("SET")},
                {QStringLiteral("spec"), QStringLiteral("Q235 PN16")}};
    case MasterDataKind::Machine:
        return {{Code, code}, {Name, QStringLiteral("数控车床")},
                {QStringLiteral("name_en"), QStringLiteral("CNC lathe")},
                {QStringLiteral("workshop"), QStringLiteral("机加工车间")},
                {QStringLiteral("line"), QStringLiteral("A线")}, {QStringLiteral("capacity"), 3}};
    case MasterDataKind::Employee:
        return {{QStringLiteral("badge"), code}, {Name, QStringLiteral("王建国")},
                {QStringLiteral("team"), QStringLiteral("甲班")}};
    case MasterDataKind::DowntimeReason:
        return {{Code, code}, {Name, QStringLiteral("换模")},
                {QStringLiteral("name_en"), QStringLiteral("Changeover")},
                {QStringLiteral("planned"), true}};
    case MasterDataKind::DefectReason:
        return {{Code, code}, {Name, QStringLiteral("划伤")},
                {QStringLiteral("name_en"), QStringLiteral("Scratch")}};
    }
    return {};
}

MasterRecord recordOf(const QVariantMap &values)
{
    MasterRecord record;
    record.values = values;
    return record;
}

Result<QString> addMachine(Workspace *ws, const QString &code, const QVariantMap &overrides = {})
{
    QVariantMap values = sampleValues(MasterDataKind::Machine, code);
    values.insert(overrides);
    return ws->masterData()->create(MasterDataKind::Machine, recordOf(values));
}

int count(Workspace *ws, const QString &sql)
{
    QSqlQuery query(ws->database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

int auditRows(Workspace *ws)
{
    return count(ws, QStringLiteral("SELECT count(*) FROM audit_log"));
}

int machineRows(Workspace *ws)
{
    return count(ws, QStringLiteral("SELECT count(*) FROM machines"));
}

// Every field of the stored record as text, so a changed value shows in the failure message.
QStringList fieldTexts(const MasterRecord &record, MasterDataKind kind)
{
    QStringList texts;
    for (const FieldSpec &field : entitySpec(kind).fields)
        texts << field.column + QLatin1Char('=') + record.value(field.column).toString();
    return texts;
}

QStringList storedTexts(Workspace *ws, MasterDataKind kind, const QString &id)
{
    const Result<MasterRecord> found = ws->masterData()->find(kind, id);
    return found ? fieldTexts(found.value(), kind) : QStringList{found.error()};
}

void signInAs(Workspace *ws, Role role)
{
    ws->access()->signIn({QStringLiteral("user-") + roleKey(role), roleKey(role),
                          roleDisplayName(role), role});
}

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
    TestWorkspace ws;
    const QVariantMap values = sampleValues(kind, QStringLiteral("K-001"));
    const Result<QString> id = ws->masterData()->create(kind, recordOf(values));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(id.value().size(), 36);

    MasterRecord expected = recordOf(values);
    QCOMPARE(storedTexts(ws.get(), kind, id.value()), fieldTexts(expected, kind));
    QCOMPARE(ws->masterData()->idForCode(kind, QStringLiteral("K-001")).value(), id.value());

    ws.reopen();
    signInAs(ws.get(), Role::Owner);
    QCOMPARE(storedTexts(ws.get(), kind, id.value()), fieldTexts(expected, kind));
    const Result<QList<MasterRecord>> all = ws->masterData()->list(kind);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QVERIFY(all.value().constFirst().active);
}

void TstMasterDataService::duplicateCodeRefusedFirstUnchanged()
{
    TestWorkspace ws;
    const Result<QString> first = addMachine(ws.get(), QStringLiteral("CNC-01"));
    QVERIFY(first.ok());
    const QStringList before = storedTexts(ws.get(), MasterDataKind::Machine, first.value());
    const int audits = auditRows(ws.get());

    // Typed with stray spaces it is still the same code.
    const Result<QString> second =
        addMachine(ws.get(), QStringLiteral("  CNC-01 "), {{Name, QStringLiteral("Other lathe")}});
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("CNC-01")), qPrintable(second.error()));
    QCOMPARE(machineRows(ws.get()), 1);
    QCOMPARE(auditRows(ws.get()), audits);
    QCOMPARE(storedTexts(ws.get(), MasterDataKind::Machine, first.value()), before);
}

void TstMasterDataService::duplicateCodeRefusedOnEdit()
{
    TestWorkspace ws;
    QVERIFY(addMachine(ws.get(), QStringLiteral("CNC-01")).ok());
    const Result<QString> second = addMachine(ws.get(), QStringLiteral("CNC-02"));
    QVERIFY(second.ok());
    QSignalSpy changed(ws->masterData(), &MasterDataService::recordChanged);

    const Outcome edit = ws->masterData()->updateField(MasterDataKind::Machine, second.value(), Code,
                                                       QStringLiteral("CNC-01"));
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("CNC-01")), qPrintable(edit.error()));
    QCOMPARE(ws->masterData()->find(MasterDataKind::Machine, second.value()).value().text(Code),
             QStringLiteral("CNC-02"));
    QCOMPARE(changed.count(), 0);
}

void TstMasterDataService::codeReusableAfterRemove()
{
    TestWorkspace ws;
    const Result<QString> first = addMachine(ws.get(), QStringLiteral("PR-01"));
    QVERIFY(first.ok());
    QVERIFY(ws->masterData()->remove(MasterDataKind::Machine, first.value()).ok());
    QVERIFY(ws->masterData()->list(MasterDataKind::Machine).value().isEmpty());
    QVERIFY(ws->masterData()->idForCode(MasterDataKind::Machine, QStringLiteral("PR-01")).value().isEmpty());

    const Result<QString> again = addMachine(ws.get(), QStringLiteral("PR-01"));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value() != first.value());
    QCOMPARE(ws->masterData()->list(MasterDataKind::Machine).value().size(), 1);
}

void TstMasterDataService::restoreRefusedWhenCodeReused()
{
    TestWorkspace ws;
    const Result<QString> first = addMachine(ws.get(), QStringLiteral("PR-02"));
    QVERIFY(first.ok());
    QVERIFY(ws->masterData()->remove(MasterDataKind::Machine, first.value()).ok());
    const Result<QString> reuse = addMachine(ws.get(), QStringLiteral("PR-02"));
    QVERIFY(reuse.ok());
    const int audits = auditRows(ws.get());

    const Outcome restored = ws->masterData()->restore(MasterDataKind::Machine, first.value());
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QStringLiteral("PR-02")), qPrintable(restored.error()));
    const QList<MasterRecord> live = ws->masterData()->list(MasterDataKind::Machine).value();
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.constFirst().id, reuse.value());
    QCOMPARE(auditRows(ws.get()), audits);
}

void TstMasterDataService::emptyRequiredFieldRefused_data()
{
    QTest::addColumn<MasterDataKind>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    const QString blank = QStringLiteral(" \t  ");
    QTest::newRow("machine name empty") << MasterDataKind::Machine << Name << QString() << "Name";
    QTest::newRow("machine name blank") << MasterDataKind::Machine << Name << blank << "Name";
    QTest::newRow("machine code blank") << MasterDataKind::Machine << Code << blank << "Machine code";
    QTest::newRow("machine workshop") << MasterDataKind::Machine << "workshop" << QString() << "Workshop";
    QTest::newRow("product part no") << MasterDataKind::Product << "part_no" << blank << "Part No.";
    QTest::newRow("employee badge") << MasterDataKind::Employee << "badge" << QString() << "Badge code";
    QTest::newRow("defect name") << MasterDataKind::DefectReason << Name << blank << "Name";
}

void TstMasterDataService::emptyRequiredFieldRefused()
{
    QFETCH(MasterDataKind, kind);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, label);
    TestWorkspace ws;
    QVariantMap values = sampleValues(kind, QStringLiteral("X-1"));
    values.insert(column, value);
    const Result<QString> id = ws->masterData()->create(kind, recordOf(values));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(label), qPrintable(id.error()));
    QVERIFY(ws->masterData()->list(kind).value().isEmpty());
    QCOMPARE(auditRows(ws.get()), 0);

    // The same value typed over a saved record is refused too and changes nothing.
    const Result<QString> saved = ws->masterData()->create(kind, recordOf(sampleValues(kind, QStringLiteral("X-2"))));
    QVERIFY(saved.ok());
    const QStringList before = storedTexts(ws.get(), kind, saved.value());
    const Outcome edit = ws->masterData()->updateField(kind, saved.value(), column, value);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(label), qPrintable(edit.error()));
    QCOMPARE(storedTexts(ws.get(), kind, saved.value()), before);
}

void TstMasterDataService::tooLongTextRefused()
{
    TestWorkspace ws;
    const Result<QString> longCode = addMachine(ws.get(), QString(41, QLatin1Char('C')));
    QVERIFY(!longCode.ok());
    QVERIFY2(longCode.error().contains(QStringLiteral("Machine code"))
                 && longCode.error().contains(QStringLiteral("40")),
             qPrintable(longCode.error()));
    QCOMPARE(machineRows(ws.get()), 0);

    const Result<QString> id = addMachine(ws.get(), QString(40, QLatin1Char('C')));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const QStringList before = storedTexts(ws.get(), MasterDataKind::Machine, id.value());
    const Outcome edit = ws->masterData()->updateField(MasterDataKind::Machine, id.value(), Name,
                                                       QString(81, QChar(0x8F66))); // 车…
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("Name")), qPrintable(edit.error()));
    QCOMPARE(storedTexts(ws.get(), MasterDataKind::Machine, id.value()), before);
}

void TstMasterDataService::optionalFieldsMayBeLeftEmpty()
{
    TestWorkspace ws;
    // Left out, typed empty, or only spaces: all three mean "no English name / line".
    const Result<QString> omitted = ws->masterData()->create(
        MasterDataKind::Machine, recordOf({{Code, QStringLiteral("M-1")}, {Name, QStringLiteral("车床")},
                                           {QStringLiteral("workshop"), QStringLiteral("A")}}));
    QVERIFY2(omitted.ok(), qPrintable(omitted.error()));
    const Result<QString> blank = addMachine(ws.get(), QStringLiteral("M-2"),
                                             {{QStringLiteral("name_en"), QStringLiteral("   ")},
                                              {QStringLiteral("line"), QStringLiteral("")}});
    QVERIFY2(blank.ok(), qPrintable(blank.error()));
    for (const QString &id : {omitted.value(), blank.value()}) {
        const MasterRecord saved = ws->masterData()->find(MasterDataKind::Machine, id).value();
        QCOMPARE(saved.text(QStringLiteral("name_en")), QString());
        QCOMPARE(saved.value(QStringLiteral("capacity")).toLongLong(), 1); // the default
    }
    const Outcome cleared = ws->masterData()->updateField(MasterDataKind::Machine, blank.value(),
                                                          QStringLiteral("workshop"), QStringLiteral("B"));
    QVERIFY2(cleared.ok(), qPrintable(cleared.error()));
    const Outcome emptied = ws->masterData()->updateField(MasterDataKind::Machine, omitted.value(),
                                                          QStringLiteral("line"), QStringLiteral(" "));
    QVERIFY2(emptied.ok(), qPrintable(emptied.error()));
    QCOMPARE(ws->masterData()->list(MasterDataKind::Machine).value().size(), 2);
}

void TstMasterDataService::machineCapacityChecked_data()
{
    QTest::addColumn<QVariant>("capacity");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << QVariant(0) << false;
    QTest::newRow("-1") << QVariant(-1) << false;
    QTest::newRow("\"abc\"") << QVariant(QStringLiteral("abc")) << false;
    QTest::newRow("1.5") << QVariant(1.5) << false;
    QTest::newRow("\"1.5\"") << QVariant(QStringLiteral("1.5")) << false;
    QTest::newRow("empty") << QVariant(QString()) << false;
    QTest::newRow("2") << QVariant(2) << true;
    QTest::newRow("\" 2 \"") << QVariant(QStringLiteral(" 2 ")) << true;
}

void TstMasterDataService::machineCapacityChecked()
{
    QFETCH(QVariant, capacity);
    QFETCH(bool, accepted);
    TestWorkspace ws;
    const Result<QString> id = addMachine(ws.get(), QStringLiteral("AS-01"),
                                          {{QStringLiteral("capacity"), capacity}});
    if (accepted) {
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const QVariant stored = ws->masterData()->find(MasterDataKind::Machine, id.value()).value().value(
            QStringLiteral("capacity"));
        QCOMPARE(stored.toLongLong(), 2);
        return;
    }
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(QStringLiteral("Parallel capacity")), qPrintable(id.error()));
    QCOMPARE(machineRows(ws.get()), 0);
    QCOMPARE(auditRows(ws.get()), 0);
}

void TstMasterDataService::updateFieldSavesAndSignals()
{
    TestWorkspace ws;
    const Result<QString> id = addMachine(ws.get(), QStringLiteral("MC-01"));
    QVERIFY(id.ok());
    QSignalSpy changed(ws->masterData(), &MasterDataService::recordChanged);

    const Outcome edit = ws->masterData()->updateField(MasterDataKind::Machine, id.value(), Name,
                                                       QStringLiteral("  立式  加工中心 "));
    QVERIFY2(edit.ok(), qPrintable(edit.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<MasterDataKind>(), MasterDataKind::Machine);
    QCOMPARE(changed.at(0).at(1).toString(), id.value());
    QCOMPARE(ws->masterData()->find(MasterDataKind::Machine, id.value()).value().text(Name),
             QStringLiteral("立式 加工中心"));

    QVERIFY(ws->masterData()->updateField(MasterDataKind::Machine, id.value(),
                                          QStringLiteral("capacity"), QStringLiteral("4")).ok());
    ws.reopen();
    const MasterRecord saved = ws->masterData()->find(MasterDataKind::Machine, id.value()).value();
    QCOMPARE(saved.text(Name), QStringLiteral("立式 加工中心"));
    QCOMPARE(saved.value(QStringLiteral("capacity")).toLongLong(), 4);
}

void TstMasterDataService::deactivatedRecordLeavesActiveList()
{
    TestWorkspace ws;
    const Result<QString> kept = addMachine(ws.get(), QStringLiteral("QC-01"));
    const Result<QString> parked = addMachine(ws.get(), QStringLiteral("QC-02"));
    QVERIFY(kept.ok() && parked.ok());
    QVERIFY(ws->masterData()->setActive(MasterDataKind::Machine, parked.value(), false).ok());

    auto ids = [&](bool includeInactive) {
        const Result<QList<MasterRecord>> records =
            ws->masterData()->list(MasterDataKind::Machine, includeInactive);
        QStringList list;
        for (const MasterRecord &r : records.value())
            list << r.id;
        return list;
    };
    QCOMPARE(ids(false), QStringList{kept.value()});
    QCOMPARE(ids(true), (QStringList{kept.value(), parked.value()}));
    QVERIFY(!ws->masterData()->find(MasterDataKind::Machine, parked.value()).value().active);

    QVERIFY(ws->masterData()->setActive(MasterDataKind::Machine, parked.value(), true).ok());
    QCOMPARE(ids(false), (QStringList{kept.value(), parked.value()}));
}

void TstMasterDataService::everyChangeIsAudited()
{
    TestWorkspace ws;
    MasterDataService *service = ws->masterData();
    const Result<QString> id = addMachine(ws.get(), QStringLiteral("BD-01"));
    QVERIFY(id.ok());
    QCOMPARE(auditRows(ws.get()), 1);
    QVERIFY(service->updateField(MasterDataKind::Machine, id.value(), Name, QStringLiteral("折弯机")).ok());
    QVERIFY(service->setActive(MasterDataKind::Machine, id.value(), false).ok());
    QVERIFY(service->remove(MasterDataKind::Machine, id.value()).ok());
    QVERIFY(service->restore(MasterDataKind::Machine, id.value()).ok());
    QVERIFY(!service->updateField(MasterDataKind::Machine, id.value(), Name, QString()).ok());
    QCOMPARE(auditRows(ws.get()), 5);

    QSqlQuery query(ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action, entity, entity_id, user_id, device_id "
                                      "FROM audit_log ORDER BY id")));
    QStringList actions;
    while (query.next()) {
        actions << query.value(0).toString();
        QCOMPARE(query.value(1).toString(), QStringLiteral("machine"));
        QCOMPARE(query.value(2).toString(), id.value());
        QCOMPARE(query.value(3).toString(), QStringLiteral("test-user"));
        QCOMPARE(query.value(4).toString(), ws->database().deviceId());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("update"),
                                   QStringLiteral("deactivate"), QStringLiteral("remove"),
                                   QStringLiteral("restore")}));
}

void TstMasterDataService::readOnlyRolesRefused_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("operator") << Role::Operator;
    QTest::newRow("supervisor") << Role::Supervisor;
}

void TstMasterDataService::readOnlyRolesRefused()
{
    QFETCH(Role, role);
    TestWorkspace ws;
    const Result<QString> id = addMachine(ws.get(), QStringLiteral("PK-01"));
    QVERIFY(id.ok());
    const QStringList before = storedTexts(ws.get(), MasterDataKind::Machine, id.value());
    const int audits = auditRows(ws.get());
    signInAs(ws.get(), role);
    MasterDataService *service = ws->masterData();

    const Result<QString> created = addMachine(ws.get(), QStringLiteral("PK-02"));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(roleDisplayName(role)), qPrintable(created.error()));
    const Outcome edited = service->updateField(MasterDataKind::Machine, id.value(), Name, QStringLiteral("X"));
    QVERIFY(!edited.ok());
    QVERIFY2(!edited.error().isEmpty(), "no message");
    QVERIFY(!service->setActive(MasterDataKind::Machine, id.value(), false).ok());
    QVERIFY(!service->remove(MasterDataKind::Machine, id.value()).ok());

    QCOMPARE(machineRows(ws.get()), 1);
    QCOMPARE(auditRows(ws.get()), audits);
    QCOMPARE(storedTexts(ws.get(), MasterDataKind::Machine, id.value()), before);
    QCOMPARE(service->list(MasterDataKind::Machine, false).value().size(), 1); // may still read
}

void TstMasterDataService::signedOutRefused()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    const Result<QString> created = addMachine(ws.get(), QStringLiteral("DR-01"));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QStringLiteral("sign in"), Qt::CaseInsensitive),
             qPrintable(created.error()));
    QCOMPARE(machineRows(ws.get()), 0);
    QCOMPARE(auditRows(ws.get()), 0);
}

QTEST_GUILESS_MAIN(TstMasterDataService)
#include "tst_masterdataservice.moc"
