#include "item/trace/tracetext.h"

#include "barcode/barcodecodec.h"
#include "domain/planning/workorder.h"
#include "item/palette.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <cmath>
#include <functional>

namespace Taktline {

namespace {

const QString WorkOrderKey = QStringLiteral("work_order");
const QString OperationKey = QStringLiteral("operation");
const QString ReportKey = QStringLiteral("report");
const QString LotKey = QStringLiteral("lot");
const QString ConsumptionKey = QStringLiteral("consumption");
const QString SerialKey = QStringLiteral("serial");
const QString SerialStepKey = QStringLiteral("serial_step");
const QString FinishedGoodsKey = QStringLiteral("finished_goods");
const QString ShipmentKey = QStringLiteral("shipment");

QString detail(const TraceNode &node, const char *key)
{
    return node.details.value(QString::fromLatin1(key)).toString();
}

bool hasNumber(const TraceNode &node, const char *key)
{
    const QVariant value = node.details.value(QString::fromLatin1(key));
    bool ok = false;
    value.toDouble(&ok);
    return value.isValid() && ok;
}

// The code of the work order a step code "WO-…/10" belongs to.
QString orderOfStep(const QString &code)
{
    const qsizetype slash = code.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? code.left(slash) : code;
}

} // namespace

QString TraceText::kindName(const QString &kindKey)
{
    if (kindKey == WorkOrderKey)
        return tr("Work order");
    if (kindKey == OperationKey)
        return tr("Operation");
    if (kindKey == ReportKey)
        return tr("Production report");
    if (kindKey == LotKey)
        return tr("Lot");
    if (kindKey == ConsumptionKey)
        return tr("Material feed");
    if (kindKey == SerialKey)
        return tr("Serial No.");
    if (kindKey == SerialStepKey)
        return tr("Serial step");
    if (kindKey == FinishedGoodsKey)
        return tr("Finished-goods receipt");
    if (kindKey == ShipmentKey)
        return tr("Shipment");
    if (kindKey == QLatin1String("inspection"))
        return tr("Inspection");
    if (kindKey == QLatin1String("nonconformance"))
        return tr("Nonconformance");
    if (kindKey == QLatin1String("disposition"))
        return tr("Disposition");
    if (kindKey == QLatin1String("move"))
        return tr("Move");
    return kindKey;
}

QColor TraceText::kindColor(const QString &kindKey)
{
    static const QHash<QString, QColor> colors{
        {WorkOrderKey, Palette::Accent},
        {OperationKey, Palette::Muted},
        {ReportKey, Palette::ReportKind},
        {LotKey, Palette::AmberText},
        {ConsumptionKey, Palette::ConsumptionKind},
        {SerialKey, Palette::SerialKind},
        {SerialStepKey, Palette::SerialStepKind},
        {ShipmentKey, Palette::Good},
        {FinishedGoodsKey, Palette::FinishedGoodsKind},
        {QStringLiteral("nonconformance"), Palette::Red},
    };
    return colors.value(kindKey, Palette::Neutral);
}

QIcon TraceText::kindIcon(const QString &kindKey, bool problem)
{
    static QHash<QString, QIcon> cache;
    const QString cacheKey = kindKey + (problem ? QStringLiteral("!") : QString());
    if (const auto found = cache.constFind(cacheKey); found != cache.constEnd())
        return *found;
    // A dot in the kind's colour; a problem gets a red ring around it.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (problem) {
            painter.setPen(QPen(Palette::Red, 4));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QRectF(3, 3, 26, 26));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColor(kindKey));
        painter.drawEllipse(problem ? QRectF(9, 9, 14, 14) : QRectF(5, 5, 22, 22));
    }
    const QIcon icon(pixmap);
    cache.insert(cacheKey, icon);
    return icon;
}

QString TraceText::directionName(TraceDirection direction)
{
    switch (direction) {
    case TraceDirection::Auto:
        //: Trace in the natural direction of the code scanned (自动).
        return tr("Auto");
    case TraceDirection::Backward:
        return tr("Backward trace");
    case TraceDirection::Forward:
        return tr("Forward trace");
    }
    return {};
}

QString TraceText::timeText(qint64 atMs)
{
    return atMs > 0
               ? QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QString TraceText::shortTimeText(qint64 atMs)
{
    return atMs > 0 ? QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("MM-dd HH:mm"))
                    : QString();
}

QString TraceText::amount(double value)
{
    const double rounded = std::round(value * 1000.0) / 1000.0;
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString TraceText::employee(const TraceNode &node)
{
    return detail(node, "employee");
}

QString TraceText::customer(const TraceNode &node)
{
    return detail(node, "customer");
}

QString TraceText::who(const TraceNode &node)
{
    const QString name = employee(node);
    return name.isEmpty() ? customer(node) : name;
}

QString TraceText::machine(const TraceNode &node)
{
    return detail(node, "machine");
}

QVariant TraceText::quantity(const TraceNode &node)
{
    const QString kind = kindKey(node);
    const char *key = "quantity";
    if (kind == ReportKey)
        key = "good";
    else if (kind == LotKey && hasNumber(node, "received"))
        key = "received"; // the lot traced forward: what came in
    else if (kind == WorkOrderKey && hasNumber(node, "consumed"))
        key = "consumed"; // forward: how much of the lot went into this order
    if (!hasNumber(node, key))
        return {};
    return node.details.value(QString::fromLatin1(key)).toDouble();
}

QString TraceText::quantityText(const TraceNode &node)
{
    const QVariant value = quantity(node);
    return value.isValid() ? amount(value.toDouble()) : QString();
}

QString TraceText::result(const TraceNode &node)
{
    const QString kind = kindKey(node);
    if (node.details.value(QStringLiteral("blocked")).toBool()) {
        const QString reason = detail(node, "block_reason");
        return reason.isEmpty() ? tr("Blocked") : tr("Blocked: %1").arg(reason);
    }
    if (isVoided(node))
        return tr("Voided");
    const QString outcome = detail(node, "result");
    if (outcome == QLatin1String("pass"))
        return tr("Passed");
    if (outcome == QLatin1String("fail"))
        return tr("Failed");
    if (kind == ReportKey && hasNumber(node, "defective"))
        return tr("%1 defective")
            .arg(amount(node.details.value(QStringLiteral("defective")).toDouble()));
    if (kind == LotKey) {
        if (node.details.value(QStringLiteral("expired")).toBool())
            return tr("Expired %1").arg(detail(node, "expiry"));
        if (hasNumber(node, "remaining"))
            return tr("%1 left").arg(
                amount(node.details.value(QStringLiteral("remaining")).toDouble()));
    }
    if (const std::optional<WorkOrderState> state = workOrderStateFromKey(detail(node, "state")))
        return workOrderStateDisplayName(*state);
    return outcome;
}

QString TraceText::material(const TraceNode &node)
{
    return QString(detail(node, "material") + QLatin1Char(' ') + detail(node, "material_name"))
        .trimmed();
}

QString TraceText::supplier(const TraceNode &node)
{
    return detail(node, "supplier");
}

QString TraceText::supplierLot(const TraceNode &node)
{
    return detail(node, "supplier_lot");
}

QString TraceText::shownCode(const TraceNode &node)
{
    return node.kind == TraceNode::Kind::Report ? QString() : node.code;
}

bool TraceText::isProblem(const TraceNode &node)
{
    return detail(node, "result") == QLatin1String("fail") ||
           node.details.value(QStringLiteral("blocked")).toBool();
}

bool TraceText::isVoided(const TraceNode &node)
{
    return node.details.value(QStringLiteral("voided")).toBool();
}

QString TraceText::drillCode(const TraceNode &node)
{
    switch (node.kind) {
    case TraceNode::Kind::Report:
        return {};
    case TraceNode::Kind::Operation:
    case TraceNode::Kind::Consumption:
    case TraceNode::Kind::SerialStep:
        return orderOfStep(node.code);
    case TraceNode::Kind::Lot: {
        const QString payload = BarcodeCodec::encode(ScanKind::Lot, node.code);
        return payload.isEmpty() ? node.code : payload;
    }
    case TraceNode::Kind::Serial: {
        const QString payload = BarcodeCodec::encode(ScanKind::Serial, node.code);
        return payload.isEmpty() ? node.code : payload;
    }
    case TraceNode::Kind::Inspection:
        return node.code.isEmpty() ? QString() : orderOfStep(node.code);
    case TraceNode::Kind::Nonconformance:
        return {}; // an NC number is no code to trace: its subject is the node above it
    case TraceNode::Kind::Move:
        return {}; // a place holds many things: the serial above it is what was traced
    default:
        return node.code;
    }
}

TraceDirection TraceText::usedDirection(const TraceNode &root, TraceDirection asked)
{
    if (asked != TraceDirection::Auto)
        return asked;
    return root.kind == TraceNode::Kind::Lot ? TraceDirection::Forward : TraceDirection::Backward;
}

QString TraceText::summary(const TraceNode &root, TraceDirection direction)
{
    QHash<QString, int> counts;
    QHash<QString, QSet<QString>> distinct;
    QSet<QString> customers;
    int problems = 0;
    const QList<const TraceNode *> nodes = root.flatten();
    for (qsizetype i = 1; i < nodes.size(); ++i) {
        const QString kind = kindKey(*nodes.at(i));
        ++counts[kind];
        distinct[kind].insert(nodes.at(i)->code);
    }
    for (const TraceNode *node : nodes) {
        problems += isProblem(*node) ? 1 : 0;
        if (!customer(*node).isEmpty())
            customers.insert(customer(*node));
    }
    // Orders, lots, serials and shipments are counted once however often they recur.
    auto count = [&](const QString &kind) {
        const bool once =
            kind == WorkOrderKey || kind == LotKey || kind == SerialKey || kind == ShipmentKey;
        return once ? int(distinct.value(kind).size()) : counts.value(kind);
    };
    QStringList parts;
    auto add = [&](const QString &kind, QString (*text)(int)) {
        if (const int n = count(kind); n > 0)
            parts << text(n);
        counts.remove(kind);
    };
    add(WorkOrderKey, [](int n) { return tr("%n work order(s)", nullptr, n); });
    add(OperationKey, [](int n) { return tr("%n operation(s)", nullptr, n); });
    add(ReportKey, [](int n) { return tr("%n production report(s)", nullptr, n); });
    add(LotKey, [](int n) { return tr("%n lot(s)", nullptr, n); });
    add(ConsumptionKey, [](int n) { return tr("%n material feed(s)", nullptr, n); });
    add(SerialKey, [](int n) { return tr("%n serial(s)", nullptr, n); });
    add(SerialStepKey, [](int n) { return tr("%n serial step(s)", nullptr, n); });
    add(FinishedGoodsKey, [](int n) { return tr("%n finished-goods receipt(s)", nullptr, n); });
    add(ShipmentKey, [](int n) { return tr("%n shipment(s)", nullptr, n); });
    if (!customers.isEmpty())
        parts << tr("%n customer(s)", nullptr, int(customers.size()));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1 × %2").arg(kindName(it.key())).arg(it.value());

    QString name = detail(root, "product_name");
    if (name.isEmpty())
        name = detail(root, "material_name");
    const QString head = QString(root.code + QLatin1Char(' ') + name).trimmed();
    const QString arrow =
        direction == TraceDirection::Forward ? QStringLiteral(" → ") : QStringLiteral(" ← ");
    //: Separates the counts of the summary line ("3 work orders, 5 lots").
    const QString separator = tr(", ");
    QString text = parts.isEmpty() ? tr("%1: nothing recorded yet").arg(head)
                                   : head + arrow + parts.join(separator);
    if (problems > 0)
        text += tr(" · %n marked in red", nullptr, problems);
    return text;
}

QList<QPair<const TraceNode *, int>> TraceText::rows(const TraceNode &root)
{
    QList<QPair<const TraceNode *, int>> all;
    const std::function<void(const TraceNode &, int)> walk = [&](const TraceNode &node, int depth) {
        all.append({&node, depth});
        for (const TraceNode &child : node.children)
            walk(child, depth + 1);
    };
    walk(root, 0);
    return all;
}

} // namespace Taktline
