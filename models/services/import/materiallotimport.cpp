#include "services/import/materiallotimport.h"

#include "barcode/barcodecodec.h"
#include "services/access/accesscontrol.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"
#include "storage/sqlquery.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Taktline {

namespace {

constexpr double MaxQuantity = 10'000'000;

const QString LotNo = QStringLiteral("lot_no");
const QString Material = QStringLiteral("material");
const QString Quantity = QStringLiteral("quantity");
const QString Supplier = QStringLiteral("supplier");
const QString SupplierLot = QStringLiteral("supplier_lot");
const QString Received = QStringLiteral("received_on");
const QString Expiry = QStringLiteral("expiry");

bool sameLot(const MaterialLot &a, const MaterialLot &b)
{
    return a.productId == b.productId && a.receivedQty == b.receivedQty &&
           a.supplier == b.supplier && a.supplierLot == b.supplierLot &&
           a.receivedOn == b.receivedOn && a.expiry == b.expiry;
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

MaterialLotImport::MaterialLotImport(Workspace &workspace)
    : ImportHandler(workspace)
    , m_references(workspace)
{
}

QList<ImportColumn> MaterialLotImport::columns() const
{
    return {
        {LotNo,
         QT_TRANSLATE_NOOP("Taktline::Import", "Lot No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The lot's number: letters, digits and dashes.")},
        {Material,
         QT_TRANSLATE_NOOP("Taktline::Import", "Part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The part no. of the material.")},
        {Quantity,
         QT_TRANSLATE_NOOP("Taktline::Import", "Received qty"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "How much was received, in the material's unit.")},
        {Supplier, QT_TRANSLATE_NOOP("Taktline::Import", "Supplier"), false, {}, ""},
        {SupplierLot, QT_TRANSLATE_NOOP("Taktline::Import", "Supplier lot"), false, {}, ""},
        {Received,
         QT_TRANSLATE_NOOP("Taktline::Import", "Received on"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "A date, such as 2026-11-20.")},
        {Expiry,
         QT_TRANSLATE_NOOP("Taktline::Import", "Expiry date"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "Empty: does not expire.")},
    };
}

QStringList MaterialLotImport::exampleRow() const
{
    return {QStringLiteral("L2611-0001"),
            QStringLiteral("SP-1"),
            QStringLiteral("500"),
            tr("Example supplier"),
            QString(),
            QDate(2026, 11, 20).toString(Qt::ISODate),
            QString()};
}

Result<QHash<QString, MaterialLotImport::Stored>> MaterialLotImport::stored() const
{
    QSqlQuery query(m_workspace.database().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, lot_no, product_id, supplier, supplier_lot, received_qty, "
                       "received_at, expiry, deleted FROM material_lots"));
    if (Outcome done = Sql::exec(query, tr("read the material lots")); !done)
        return done;
    QHash<QString, Stored> byNo;
    while (query.next()) {
        Stored s;
        s.lot.id = query.value(QStringLiteral("id")).toString();
        s.lot.lotNo = query.value(QStringLiteral("lot_no")).toString();
        s.lot.productId = query.value(QStringLiteral("product_id")).toString();
        s.lot.supplier = query.value(QStringLiteral("supplier")).toString();
        s.lot.supplierLot = query.value(QStringLiteral("supplier_lot")).toString();
        s.lot.receivedQty = query.value(QStringLiteral("received_qty")).toDouble();
        s.lot.receivedOn = dateOf(query.value(QStringLiteral("received_at")));
        if (const QVariant expiry = query.value(QStringLiteral("expiry")); !expiry.isNull())
            s.lot.expiry = dateOf(expiry);
        s.deleted = query.value(QStringLiteral("deleted")).toInt() != 0;
        byNo.insert(s.lot.lotNo, s);
    }
    return byNo;
}

Result<QSet<QString>> MaterialLotImport::productionLots() const
{
    QSqlQuery query(m_workspace.database().connection());
    query.prepare(
        QStringLiteral("SELECT DISTINCT upper(lot_no) AS lot FROM work_orders WHERE lot_no <> ''"));
    if (Outcome done = Sql::exec(query, tr("read the production lots")); !done)
        return done;
    QSet<QString> lots;
    while (query.next())
        lots.insert(query.value(QStringLiteral("lot")).toString());
    return lots;
}

void MaterialLotImport::check(QList<ImportRecord> &records)
{
    m_toReceive.clear();
    m_counts = {};
    const Result<QHash<QString, Stored>> known = stored();
    const Result<QSet<QString>> production = productionLots();
    Outcome loaded = !known        ? known.outcome()
                     : !production ? production.outcome()
                                   : m_references.load();
    if (!loaded) {
        if (!records.isEmpty())
            records.first().rowProblem(loaded.error());
        return;
    }
    QStringList numbers(records.size());
    QList<MaterialLot> read(records.size());
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        MaterialLot lot;
        lot.lotNo = r.text(LotNo, 40).toUpper();
        if (!lot.lotNo.isEmpty() && BarcodeCodec::encode(ScanKind::Lot, lot.lotNo).isEmpty())
            r.problem(LotNo, tr("A lot number may hold letters, digits and dashes only."));
        else if (production.value().contains(lot.lotNo))
            r.problem(LotNo,
                      tr("%1 is already the production lot of a work order. Give the material "
                         "lot a number of its own.")
                          .arg(lot.lotNo));
        numbers[i] = lot.lotNo;
        if (const auto *material = m_references.product(r, Material, r.text(Material)))
            lot.productId = material->id;
        if (const std::optional<double> quantity = r.number(Quantity, 0, MaxQuantity)) {
            if (*quantity <= 0)
                r.problem(Quantity, tr("The received quantity must be greater than zero."));
            lot.receivedQty = *quantity;
        }
        lot.supplier = r.text(Supplier, 80).trimmed();
        lot.supplierLot = r.text(SupplierLot, 80).trimmed();
        lot.receivedOn = r.date(Received).value_or(QDate());
        lot.expiry = r.date(Expiry);
        if (lot.expiry && lot.receivedOn.isValid() && *lot.expiry < lot.receivedOn)
            r.problem(Expiry, tr("The lot expires before it was received. Check the dates."));
        read[i] = lot;
    }
    PlanningReferences::markDuplicates(
        records, LotNo, [&](int i) { return numbers.at(i); },
        [](const QString &rows) { return tr("The same lot number is also on row %1.").arg(rows); });
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        if (r.hasProblems())
            continue;
        const MaterialLot &lot = read.at(i);
        const auto found = known.value().constFind(lot.lotNo);
        if (found == known.value().cend()) {
            m_toReceive.append(lot);
        } else if (found->deleted) {
            r.problem(LotNo, tr("Lot %1 was removed. Give the lot a new number.").arg(lot.lotNo));
        } else if (sameLot(found->lot, lot)) {
            ++m_counts.unchanged;
        } else {
            r.problem(LotNo, tr("Lot %1 was already received with other values. A receipt is kept "
                                "as it was made: correct the lot in the app.")
                                 .arg(lot.lotNo));
        }
    }
    m_counts.added = static_cast<int>(m_toReceive.size());
}

Outcome MaterialLotImport::apply()
{
    TraceService *trace = m_workspace.trace();
    if (m_reverted) { // made again after an undo
        for (const QString &id : std::as_const(m_received)) {
            if (Outcome restored = trace->takeBackReceipt(id, true); !restored)
                return restored;
        }
        m_reverted = false;
        return Outcome::success();
    }
    m_received.clear();
    for (const MaterialLot &lot : std::as_const(m_toReceive)) {
        LotReceipt receipt;
        receipt.lotNo = lot.lotNo;
        receipt.productId = lot.productId;
        receipt.supplier = lot.supplier;
        receipt.supplierLot = lot.supplierLot;
        receipt.quantity = lot.receivedQty;
        receipt.receivedOn = lot.receivedOn;
        receipt.expiry = lot.expiry;
        const Result<QString> received = trace->receiveLot(receipt);
        const Result<MaterialLot> saved =
            received ? trace->lot(received.value()) : received.outcome();
        if (!saved)
            return Outcome::failure(tr("Lot %1: %2").arg(lot.lotNo, saved.error()));
        m_received.append(saved.value().id);
    }
    return Outcome::success();
}

Outcome MaterialLotImport::revert()
{
    for (const QString &id : std::as_const(m_received)) {
        if (Outcome done = m_workspace.trace()->takeBackReceipt(id); !done)
            return done;
    }
    m_reverted = true;
    return Outcome::success();
}

Outcome MaterialLotImport::permitted() const
{
    if (m_workspace.access()->require(Permission::ManageMaterial))
        return Outcome::success();
    return Outcome::failure(tr("You may not receive material, so you cannot import opening stock. "
                               "Ask the owner or a supervisor for the right to manage material."));
}

Result<QList<QStringList>> MaterialLotImport::currentRows() const
{
    PlanningReferences references(m_workspace);
    if (Outcome loaded = references.load(); !loaded)
        return loaded;
    const Result<QHash<QString, Stored>> known = stored();
    if (!known)
        return known.outcome();
    QList<QStringList> rows;
    for (const Stored &s : known.value()) {
        if (s.deleted)
            continue;
        const MaterialLot &l = s.lot;
        rows.append({l.lotNo, references.partNo(l.productId),
                     PlanningReferences::numberText(l.receivedQty), l.supplier, l.supplierLot,
                     l.receivedOn.toString(Qt::ISODate),
                     l.expiry ? l.expiry->toString(Qt::ISODate) : QString()});
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
        return a.constFirst() < b.constFirst();
    });
    return rows;
}

} // namespace Taktline
