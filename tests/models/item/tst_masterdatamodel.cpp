// The item models behind the master-data tables and the routing editor, on the demo factory:
// checked by QAbstractItemModelTester, and every edit taken back and redone through the undo
// stack with the database following along.
#include "domain/masterdata/masterdataspecs.h"
#include "domain/oee/oeeclass.h"
#include "item/masterdata/masterdatafilterproxy.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "item/masterdata/routingoperationsmodel.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/undofeedback.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;

class TstMasterDataModel : public QObject
{
    Q_OBJECT
private slots:
    void showsTheDemoMachines();
    void editUndoRedoFollowsTheDatabase();
    void duplicateCodeRefusedWithoutUndoStep();
    void addedRecordUndoRedoKeepsId();
    void redoOfAddRefusedWhenCodeWasReused();
    void deactivateUndo();
    void updateRecordIsOneUndoStep();
    void unchangedUpdateRecordAddsNoUndoStep();
    void successiveEditsOfOneCellMerge();
    void oeeClassIsChosenUndoneAndPlannedFollows();
    void filterProxySearchesAndHidesInactive();
    void routingModelShowsOperations();
    void routingMoveUndoRestoresOrderAndIds();
    void routingNegativeTimeRefused();
    void routingAddUndoRedoKeepsId();
    void routingIdealTimeEditUndoAndClear();
};

namespace {

const QString Name = QStringLiteral("name");

// The demo factory with a tested table model of one master-data kind.
struct Fixture
{
    explicit Fixture(MasterDataKind kind = MasterDataKind::Machine)
        : ws(TestWorkspace::SignIn::Owner, true)
        , model(kind, ws->masterData(), ws->undoStack(), ws->undoFeedback())
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
    }
    int column(const QString &name) const { return entitySpec(model.kind()).fieldIndex(name); }
    int rowOfCode(const QString &code) const
    {
        const Result<QString> id = ws->masterData()->idForCode(model.kind(), code);
        return id ? model.rowOfId(id.value()) : -1;
    }
    QModelIndex cell(const QString &code, const QString &name) const
    {
        return model.index(rowOfCode(code), column(name));
    }
    QString stored(const QString &id, const QString &name) const
    {
        const Result<MasterRecord> record = ws->masterData()->find(model.kind(), id);
        return record ? record.value().text(name) : QStringLiteral("<%1>").arg(record.error());
    }
    QStringList activeCodes() const
    {
        const Result<QList<MasterRecord>> records = ws->masterData()->list(model.kind(), false);
        QStringList codes;
        for (const MasterRecord &r : records.value())
            codes << r.text(entitySpec(model.kind()).codeField().column);
        return codes;
    }
    QUndoStack *undo() const { return ws->undoStack(); }

    TestWorkspace ws;
    MasterDataTableModel model;
    QAbstractItemModelTester tester;
};

// The demo factory with a tested routing model showing product FL-DN25 (three operations).
struct RoutingFixture
{
    RoutingFixture()
        : ws(TestWorkspace::SignIn::Owner, true)
        , model(ws->routing(), ws->masterData(), ws->undoStack(), ws->undoFeedback())
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        productId =
            ws->masterData()->idForCode(MasterDataKind::Product, QStringLiteral("FL-DN25")).value();
        model.setProductId(productId);
    }
    Routing stored() const { return ws->routing()->operations(productId).value(); }

    TestWorkspace ws;
    RoutingOperationsModel model;
    QAbstractItemModelTester tester;
    QString productId;
};

MasterRecord machine(const QString &code)
{
    MasterRecord record;
    record.values = {{QStringLiteral("code"), code},
                     {Name, QStringLiteral("新设备")},
                     {QStringLiteral("workshop"), QStringLiteral("装配车间")}};
    return record;
}

QStringList names(const Routing &routing)
{
    QStringList list;
    for (const RoutingOperation &op : routing)
        list << op.name;
    return list;
}

} // namespace

void TstMasterDataModel::showsTheDemoMachines()
{
    Fixture f;
    QCOMPARE(f.model.rowCount(), 12);
    QCOMPARE(f.model.columnCount(), 7);
    QCOMPARE(f.model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Machine code"));
    QCOMPARE(f.model.headerData(f.model.activeColumn(), Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(f.cell(QStringLiteral("AS-01"), Name).data().toString(), QStringLiteral("装配线 A"));
    QCOMPARE(f.cell(QStringLiteral("AS-01"), QStringLiteral("capacity")).data().toInt(), 4);
    QVERIFY(f.model.flags(f.cell(QStringLiteral("AS-01"), Name)) & Qt::ItemIsEditable);
}

void TstMasterDataModel::editUndoRedoFollowsTheDatabase()
{
    Fixture f;
    const QModelIndex name = f.cell(QStringLiteral("PR-01"), Name);
    const QString id = name.data(MasterDataTableModel::IdRole).toString();
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);

    QVERIFY(f.model.setData(name, QStringLiteral("250吨冲床")));
    QCOMPARE(f.stored(id, Name), QStringLiteral("250吨冲床"));
    QCOMPARE(name.data().toString(), QStringLiteral("250吨冲床"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(f.undo()->count(), 1);

    f.undo()->undo();
    QCOMPARE(f.stored(id, Name), QStringLiteral("200吨冲床"));
    QCOMPARE(name.data().toString(), QStringLiteral("200吨冲床"));
    f.undo()->redo();
    QCOMPARE(f.stored(id, Name), QStringLiteral("250吨冲床"));
    QCOMPARE(name.data().toString(), QStringLiteral("250吨冲床"));
}

void TstMasterDataModel::duplicateCodeRefusedWithoutUndoStep()
{
    Fixture f;
    const QModelIndex code = f.cell(QStringLiteral("CNC-02"), QStringLiteral("code"));
    const QString id = code.data(MasterDataTableModel::IdRole).toString();
    QSignalSpy errors(&f.model, &MasterDataTableModel::errorOccurred);

    QVERIFY(!f.model.setData(code, QStringLiteral("CNC-01")));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("CNC-01")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(f.stored(id, QStringLiteral("code")), QStringLiteral("CNC-02"));
    QCOMPARE(code.data().toString(), QStringLiteral("CNC-02"));
}

void TstMasterDataModel::addedRecordUndoRedoKeepsId()
{
    Fixture f;
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    const Result<QString> id = f.model.addRecord(machine(QStringLiteral("AS-03")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(f.model.rowCount(), 13);
    QVERIFY(f.model.rowOfId(id.value()) >= 0);
    QCOMPARE(f.undo()->count(), 1);

    f.undo()->undo();
    QCOMPARE(f.model.rowCount(), 12);
    QCOMPARE(f.model.rowOfId(id.value()), -1);
    QVERIFY(!f.activeCodes().contains(QStringLiteral("AS-03")));

    f.undo()->redo();
    QCOMPARE(f.model.rowCount(), 13);
    QVERIFY(f.model.rowOfId(id.value()) >= 0);
    QCOMPARE(
        f.ws->masterData()->idForCode(MasterDataKind::Machine, QStringLiteral("AS-03")).value(),
        id.value());
}

void TstMasterDataModel::redoOfAddRefusedWhenCodeWasReused()
{
    Fixture f;
    QSignalSpy refused(f.ws->undoFeedback(), &UndoFeedback::refused);
    const Result<QString> first = f.model.addRecord(machine(QStringLiteral("AS-03")));
    QVERIFY(first.ok());
    f.undo()->undo();
    MasterRecord other = machine(QStringLiteral("AS-03"));
    other.values.insert(Name, QStringLiteral("另一台"));
    const Result<QString> second = f.ws->masterData()->create(MasterDataKind::Machine, other);
    QVERIFY(second.ok());

    f.undo()->redo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("AS-03")),
             qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(f.model.rowOfId(first.value()), -1);
    QCOMPARE(f.stored(second.value(), Name), QStringLiteral("另一台"));
    QCOMPARE(f.activeCodes().count(QStringLiteral("AS-03")), 1);
}

void TstMasterDataModel::deactivateUndo()
{
    Fixture f;
    const int row = f.rowOfCode(QStringLiteral("DR-01"));
    const QString id = f.model.recordAt(row).id;
    QVERIFY(f.model.setRecordActive(row, false).ok());
    QVERIFY(!f.model.index(row, 0).data(MasterDataTableModel::ActiveRole).toBool());
    QVERIFY(!f.activeCodes().contains(QStringLiteral("DR-01")));
    QCOMPARE(f.model.rowCount(), 12); // still listed, shown as inactive

    f.undo()->undo();
    QVERIFY(f.model.index(f.model.rowOfId(id), 0).data(MasterDataTableModel::ActiveRole).toBool());
    QVERIFY(f.activeCodes().contains(QStringLiteral("DR-01")));
}

void TstMasterDataModel::updateRecordIsOneUndoStep()
{
    Fixture f;
    const int row = f.rowOfCode(QStringLiteral("QC-01"));
    const QString id = f.model.recordAt(row).id;
    const Outcome updated =
        f.model.updateRecord(row, {{Name, QStringLiteral("终检台")},
                                   {QStringLiteral("line"), QStringLiteral("终检区")},
                                   {QStringLiteral("capacity"), 3}});
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.stored(id, QStringLiteral("line")), QStringLiteral("终检区"));

    f.undo()->undo();
    QCOMPARE(f.stored(id, Name), QStringLiteral("检验台"));
    QCOMPARE(f.stored(id, QStringLiteral("line")), QStringLiteral("质检区"));
    QCOMPARE(f.stored(id, QStringLiteral("capacity")), QStringLiteral("2"));

    // One bad value refuses the whole dialog: nothing saved, no undo step.
    const Outcome refused = f.model.updateRecord(
        row, {{Name, QStringLiteral("终检台")}, {QStringLiteral("capacity"), 0}});
    QVERIFY(!refused.ok());
    QCOMPARE(f.stored(id, Name), QStringLiteral("检验台"));
    QCOMPARE(f.undo()->index(), 0);
}

void TstMasterDataModel::unchangedUpdateRecordAddsNoUndoStep()
{
    Fixture f;
    const int row = f.rowOfCode(QStringLiteral("QC-01"));
    const Outcome updated = f.model.updateRecord(
        row, {{Name, QStringLiteral("检验台")}, {QStringLiteral("capacity"), 2}});
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(f.undo()->count(), 0); // Ctrl+Z must not offer an edit that changed nothing
}

void TstMasterDataModel::successiveEditsOfOneCellMerge()
{
    Fixture f;
    const QModelIndex name = f.cell(QStringLiteral("PK-01"), Name);
    const QString id = name.data(MasterDataTableModel::IdRole).toString();
    QVERIFY(f.model.setData(name, QStringLiteral("包装台 1")));
    QVERIFY(f.model.setData(name, QStringLiteral("包装台 2")));
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.stored(id, Name), QStringLiteral("包装台 2"));
    f.undo()->undo();
    QCOMPARE(f.stored(id, Name), QStringLiteral("包装台"));

    // Another cell is another step.
    QVERIFY(f.model.setData(name, QStringLiteral("包装台 3")));
    QVERIFY(f.model.setData(f.cell(QStringLiteral("PK-01"), QStringLiteral("line")),
                            QStringLiteral("包装二区")));
    QCOMPARE(f.undo()->count(), 2);
}

// A downtime reason's OEE class is chosen from the list, undone like any field, and the old
// "planned" column (read by code written before classes) follows it.
void TstMasterDataModel::oeeClassIsChosenUndoneAndPlannedFollows()
{
    Fixture f(MasterDataKind::DowntimeReason);
    const QModelIndex oeeClass = f.cell(QStringLiteral("D04"), QStringLiteral("oee_class"));
    QVERIFY(oeeClass.isValid());
    const QString id = oeeClass.data(MasterDataTableModel::IdRole).toString();
    QVERIFY(f.model.flags(oeeClass) & Qt::ItemIsEditable);
    QVERIFY(!(f.model.flags(oeeClass) & Qt::ItemIsUserCheckable));
    QCOMPARE(oeeClass.data(Qt::EditRole).toString(), QStringLiteral("availability"));
    QCOMPARE(oeeClass.data(Qt::DisplayRole).toString(),
             oeeClassDisplayName(OeeClass::Availability));
    // No column shows the old check box any more.
    QCOMPARE(entitySpec(MasterDataKind::DowntimeReason).fieldIndex(QStringLiteral("planned")), -1);
    const auto plannedColumn = [&] {
        QSqlQuery query(f.ws->database().connection());
        query.prepare(QStringLiteral("SELECT planned FROM downtime_reasons WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(plannedColumn(), 0);

    QVERIFY(f.model.setData(oeeClass, QStringLiteral("planned")));
    QCOMPARE(f.stored(id, QStringLiteral("oee_class")), QStringLiteral("planned"));
    QCOMPARE(oeeClass.data(Qt::DisplayRole).toString(), oeeClassDisplayName(OeeClass::Planned));
    QCOMPARE(plannedColumn(), 1);
    QVERIFY(f.ws->masterData()
                ->find(MasterDataKind::DowntimeReason, id)
                .value()
                .value(QStringLiteral("planned"))
                .toBool());

    f.undo()->undo();
    QCOMPARE(f.stored(id, QStringLiteral("oee_class")), QStringLiteral("availability"));
    QCOMPARE(oeeClass.data(Qt::EditRole).toString(), QStringLiteral("availability"));
    QCOMPARE(plannedColumn(), 0);
    f.undo()->redo();
    QCOMPARE(f.stored(id, QStringLiteral("oee_class")), QStringLiteral("planned"));
    QCOMPARE(plannedColumn(), 1);

    // "Not classed" is a choice too; a class not in the list is refused, saying the list.
    QVERIFY(f.model.setData(oeeClass, QString()));
    QCOMPARE(f.stored(id, QStringLiteral("oee_class")), QString());
    QCOMPARE(plannedColumn(), 0);
    QSignalSpy errors(&f.model, &MasterDataTableModel::errorOccurred);
    QVERIFY(!f.model.setData(oeeClass, QStringLiteral("sometimes")));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(oeeClassDisplayName(OeeClass::Quality)),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(f.stored(id, QStringLiteral("oee_class")), QString());
}

void TstMasterDataModel::filterProxySearchesAndHidesInactive()
{
    Fixture f;
    MasterDataFilterProxy proxy;
    proxy.setSourceModel(&f.model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto shownCodes = [&] {
        QStringList codes;
        for (int row = 0; row < proxy.rowCount(); ++row)
            codes << proxy.index(row, 0).data().toString();
        codes.sort();
        return codes;
    };
    QCOMPARE(proxy.rowCount(), 12);
    proxy.setSearchText(QStringLiteral(" cnc "));
    QCOMPARE(shownCodes(), (QStringList{QStringLiteral("BD-01"), QStringLiteral("CNC-01"),
                                        QStringLiteral("CNC-02")}));
    proxy.setSearchText(QStringLiteral("冲压车间"));
    QCOMPARE(proxy.rowCount(), 4);

    QVERIFY(f.model.setRecordActive(f.rowOfCode(QStringLiteral("PR-03")), false).ok());
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(!shownCodes().contains(QStringLiteral("PR-03")));
    proxy.setShowInactive(true);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 12);
    proxy.setShowInactive(false);
    QCOMPARE(proxy.rowCount(), 11);
}

void TstMasterDataModel::routingModelShowsOperations()
{
    RoutingFixture f;
    QCOMPARE(f.model.rowCount(), 3);
    QCOMPARE(f.model.index(0, RoutingOperationsModel::SeqColumn).data().toInt(), 10);
    QCOMPARE(f.model.index(2, RoutingOperationsModel::SeqColumn).data().toInt(), 30);
    QCOMPARE(f.model.index(0, RoutingOperationsModel::NameColumn).data().toString(),
             QStringLiteral("车削"));
    QCOMPARE(f.model.index(0, RoutingOperationsModel::StandardTimeColumn).data().toDouble(), 95.0);
    QVERIFY(f.model.index(0, RoutingOperationsModel::MachineColumn)
                .data()
                .toString()
                .contains(QStringLiteral("CNC-01")));
    QCOMPARE(f.model.operations(), f.stored());
}

void TstMasterDataModel::routingMoveUndoRestoresOrderAndIds()
{
    RoutingFixture f;
    const Routing before = f.stored();
    QVERIFY(f.model.moveOperation(0, 2).ok());
    QCOMPARE(names(f.stored()),
             (QStringList{QStringLiteral("钻孔"), QStringLiteral("检验"), QStringLiteral("车削")}));
    QCOMPARE(f.stored().at(2).id, before.at(0).id);
    QCOMPARE(f.model.operations(), f.stored());

    f.ws->undoStack()->undo();
    QCOMPARE(f.stored(), before);
    QCOMPARE(f.model.operations(), before);
    f.ws->undoStack()->redo();
    QCOMPARE(names(f.model.operations()),
             (QStringList{QStringLiteral("钻孔"), QStringLiteral("检验"), QStringLiteral("车削")}));
}

void TstMasterDataModel::routingNegativeTimeRefused()
{
    RoutingFixture f;
    const Routing before = f.stored();
    QSignalSpy errors(&f.model, &RoutingOperationsModel::errorOccurred);
    const QModelIndex time = f.model.index(1, RoutingOperationsModel::StandardTimeColumn);

    QVERIFY(!f.model.setData(time, -5.0));
    QVERIFY(!f.model.setData(time, QStringLiteral("abc")));
    QCOMPARE(errors.count(), 2);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(f.stored(), before);
    QCOMPARE(f.model.operations(), before);
    QCOMPARE(time.data().toDouble(), 40.0);
    QCOMPARE(f.ws->undoStack()->count(), 0);

    QVERIFY(f.model.setData(time, QStringLiteral("45")));
    QCOMPARE(f.stored().at(1).standardSeconds, 45.0);
    QCOMPARE(f.ws->undoStack()->count(), 1);
}

// The ideal cycle time sits beside the standard time: typed, undone, cleared to "not set";
// nonsense is refused with a message and changes nothing.
void TstMasterDataModel::routingIdealTimeEditUndoAndClear()
{
    RoutingFixture f;
    const Routing before = f.stored();
    QSignalSpy errors(&f.model, &RoutingOperationsModel::errorOccurred);
    const QModelIndex ideal = f.model.index(1, RoutingOperationsModel::IdealTimeColumn);
    QVERIFY(f.model.headerData(RoutingOperationsModel::IdealTimeColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("Ideal cycle time")));
    QVERIFY(f.model.headerData(RoutingOperationsModel::IdealTimeColumn, Qt::Horizontal,
                               Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("OEE")));
    QVERIFY(f.model.headerData(RoutingOperationsModel::StandardTimeColumn, Qt::Horizontal,
                               Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("wages")));
    QVERIFY(f.model.flags(ideal) & Qt::ItemIsEditable);
    const std::optional<double> demoIdeal = before.at(1).idealSeconds;
    QVERIFY(demoIdeal && *demoIdeal < before.at(1).standardSeconds); // the demo sets it faster

    QVERIFY(f.model.setData(ideal, QStringLiteral("33")));
    QCOMPARE(f.stored().at(1).idealSeconds, std::optional<double>(33));
    QCOMPARE(f.stored().at(1).standardSeconds, before.at(1).standardSeconds);
    QCOMPARE(ideal.data().toDouble(), 33.0);
    f.ws->undoStack()->undo();
    QCOMPARE(f.stored(), before);

    QVERIFY(f.model.setData(ideal, QString())); // not set: the standard time stands in
    QVERIFY(!f.stored().at(1).idealSeconds);
    QVERIFY(!ideal.data().isValid());

    const Routing cleared = f.stored();
    QVERIFY(!f.model.setData(ideal, QStringLiteral("abc")));
    QVERIFY(!f.model.setData(ideal, -1.0));
    QVERIFY(!f.model.setData(ideal, before.at(1).standardSeconds * 20));
    QCOMPARE(errors.count(), 3);
    QVERIFY2(errors.at(2).at(0).toString().contains(QStringLiteral("ten times")),
             qPrintable(errors.at(2).at(0).toString()));
    QCOMPARE(f.stored(), cleared);
}

void TstMasterDataModel::routingAddUndoRedoKeepsId()
{
    RoutingFixture f;
    QVERIFY(f.model.addOperation(QStringLiteral("包装"), 30, QString()).ok());
    QCOMPARE(f.model.rowCount(), 4);
    const QString newId = f.stored().at(3).id;
    QVERIFY(!newId.isEmpty());

    f.ws->undoStack()->undo();
    QCOMPARE(f.model.rowCount(), 3);
    QCOMPARE(f.stored().size(), 3);
    f.ws->undoStack()->redo();
    QCOMPARE(f.model.rowCount(), 4);
    QCOMPARE(f.stored().at(3).id, newId);
    QCOMPARE(f.stored().at(3).name, QStringLiteral("包装"));
}

QTEST_MAIN(TstMasterDataModel)
#include "tst_masterdatamodel.moc"
