#include "sync/syncopcodec.h"

#include "domain/sync/hlc.h"
#include "sync/syncallowlist.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Taktline {

namespace {

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: larger integers lose digits

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= MaxExactInteger;
}

Outcome refused(const QString &why)
{
    return Outcome::failure(SyncOpCodec::tr("The sync server sent a change Taktline cannot read "
                                            "(%1). Nothing of it was applied.")
                                .arg(why));
}

Outcome checkColumns(const SyncAllowList::Table &table, const SyncOp &op)
{
    for (auto it = op.columns.constBegin(); it != op.columns.constEnd(); ++it) {
        if (!table.columns.contains(it.key()))
            return refused(SyncOpCodec::tr("unknown column %1.%2").arg(table.name, it.key()));
        const QJsonValue value = it.value();
        if (it.key() == table.key && value != QJsonValue(op.rowId))
            return refused(SyncOpCodec::tr("the key of %1 differs from its row").arg(table.name));
        if (value.isString()) {
            if (value.toString().size() > SyncOpCodec::MaxValueChars)
                return refused(SyncOpCodec::tr("a value of %1.%2 is too long").arg(table.name, it.key()));
        } else if (value.isDouble()) {
            if (!std::isfinite(value.toDouble()))
                return refused(SyncOpCodec::tr("a value of %1.%2 is no number").arg(table.name, it.key()));
        } else if (!value.isNull()) {
            return refused(SyncOpCodec::tr("a value of %1.%2 is neither text, number nor empty")
                               .arg(table.name, it.key()));
        }
    }
    if (table.fact) {
        // A fact is inserted once, whole.
        for (const QString &column : table.columns) {
            if (column != table.key && !op.columns.contains(column))
                return refused(SyncOpCodec::tr("a record of %1 without %2").arg(table.name, column));
        }
    } else if (op.columns.isEmpty()) {
        return refused(SyncOpCodec::tr("a change of %1 without any field").arg(table.name));
    }
    return Outcome::success();
}

} // namespace

QJsonObject SyncOpCodec::toJson(const SyncOp &op)
{
    QJsonObject object{{QStringLiteral("t"), op.table},
                       {QStringLiteral("r"), op.rowId},
                       {QStringLiteral("k"), op.kind == SyncOp::Kind::Fact ? QStringLiteral("f")
                                                                           : QStringLiteral("m")},
                       {QStringLiteral("h"), op.hlc},
                       {QStringLiteral("c"), op.columns}};
    if (op.kind == SyncOp::Kind::Fact)
        object.insert(QStringLiteral("x"), op.chainHash);
    return object;
}

QJsonArray SyncOpCodec::toJson(const QList<SyncOp> &ops)
{
    QJsonArray array;
    for (const SyncOp &op : ops)
        array.append(toJson(op));
    return array;
}

Result<SyncOp> SyncOpCodec::fromJson(const QJsonValue &value, bool pulled)
{
    if (!value.isObject())
        return refused(tr("a change that is not an object"));
    const QJsonObject object = value.toObject();
    static const QStringList known = {QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("k"),
                                      QStringLiteral("h"), QStringLiteral("c"), QStringLiteral("x"),
                                      QStringLiteral("s"), QStringLiteral("d")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return refused(tr("unknown field \"%1\"").arg(it.key().left(40)));
    }
    SyncOp op;
    const QJsonValue t = object.value(QStringLiteral("t"));
    const SyncAllowList::Table *table = t.isString() ? SyncAllowList::find(t.toString()) : nullptr;
    if (!table)
        return refused(tr("unknown table \"%1\"").arg(t.toString().left(60)));
    op.table = table->name;
    const QJsonValue r = object.value(QStringLiteral("r"));
    if (!r.isString() || r.toString().isEmpty() || r.toString().size() > MaxRowIdChars)
        return refused(tr("a change of %1 without a valid row id").arg(table->name));
    op.rowId = r.toString();
    if (table->name == QLatin1String("settings") && SyncAllowList::isPerDeviceSetting(op.rowId))
        return refused(tr("a setting kept per device: %1").arg(op.rowId.left(60)));
    const QJsonValue k = object.value(QStringLiteral("k"));
    if (k != QJsonValue(table->fact ? QStringLiteral("f") : QStringLiteral("m")))
        return refused(tr("a change of %1 of the wrong kind").arg(table->name));
    op.kind = table->fact ? SyncOp::Kind::Fact : SyncOp::Kind::Mutable;
    const QJsonValue h = object.value(QStringLiteral("h"));
    if (!h.isString() || !Hlc::isValid(h.toString()))
        return refused(tr("a change of %1 with an invalid clock").arg(table->name));
    op.hlc = h.toString();
    const QJsonValue c = object.value(QStringLiteral("c"));
    if (!c.isObject())
        return refused(tr("a change of %1 without its fields").arg(table->name));
    op.columns = c.toObject();
    op.columns.remove(table->key); // the key travels as the row id
    if (Outcome columns = checkColumns(*table, op); !columns)
        return columns;
    const QJsonValue x = object.value(QStringLiteral("x"));
    if (!x.isUndefined()) {
        if (!table->fact || !(x.isString() || x.isNull()) || x.toString().size() > 128)
            return refused(tr("a change of %1 with an invalid chain hash").arg(table->name));
        op.chainHash = x.toString();
    }
    const QJsonValue s = object.value(QStringLiteral("s"));
    const QJsonValue d = object.value(QStringLiteral("d"));
    if (pulled) {
        if (!isWholeNumber(s) || s.toDouble() < 1)
            return refused(tr("a change of %1 without its server sequence").arg(table->name));
        if (!d.isString() || !Hlc::isValidNode(d.toString()))
            return refused(tr("a change of %1 without a valid device").arg(table->name));
        op.seq = static_cast<qint64>(s.toDouble());
        op.device = d.toString();
    } else if (!s.isUndefined() || !d.isUndefined()) {
        return refused(tr("a pushed change names its sequence or device"));
    }
    return op;
}

Result<SyncOpCodec::PullAnswer> SyncOpCodec::readPullAnswer(const QByteArray &json)
{
    if (json.size() > MaxAnswerBytes)
        return refused(tr("the answer is larger than %1 MB").arg(MaxAnswerBytes / (1024 * 1024)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return refused(tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return refused(tr("the answer is not an object"));
    const QJsonObject object = document.object();
    PullAnswer answer;
    const QJsonValue ops = object.value(QStringLiteral("ops"));
    const QJsonValue cursor = object.value(QStringLiteral("cursor"));
    const QJsonValue more = object.value(QStringLiteral("more"));
    const QJsonValue serverMs = object.value(QStringLiteral("server_ms"));
    if (!ops.isArray())
        return refused(tr("the answer has no list of changes"));
    if (!isWholeNumber(cursor) || cursor.toDouble() < 0)
        return refused(tr("the answer has no valid cursor"));
    if (!more.isBool())
        return refused(tr("the answer does not say whether more follows"));
    if (!serverMs.isUndefined() && !isWholeNumber(serverMs))
        return refused(tr("the server's time is no number"));
    const QJsonValue total = object.value(QStringLiteral("total"));
    if (!total.isUndefined() && !total.isNull() && !isWholeNumber(total))
        return refused(tr("the number of changes left is no number"));
    answer.cursor = static_cast<qint64>(cursor.toDouble());
    answer.more = more.toBool();
    answer.serverMs = static_cast<qint64>(serverMs.toDouble());
    answer.total = isWholeNumber(total) ? static_cast<qint64>(total.toDouble()) : -1;
    const QJsonArray list = ops.toArray();
    answer.ops.reserve(list.size());
    qint64 previous = 0;
    for (const QJsonValue &value : list) {
        Result<SyncOp> op = fromJson(value, true);
        if (!op)
            return op.outcome();
        // In sequence order and not past the cursor the answer moves to.
        if (op.value().seq <= previous || op.value().seq > answer.cursor)
            return refused(tr("changes out of their server order"));
        previous = op.value().seq;
        answer.ops.append(std::move(op.value()));
    }
    return answer;
}

QVariant SyncOpCodec::toSql(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (isWholeNumber(value))
        return static_cast<qint64>(value.toDouble());
    if (value.isDouble())
        return value.toDouble();
    return QVariant(QMetaType::fromType<QString>()); // NULL
}

QJsonValue SyncOpCodec::fromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return static_cast<double>(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

} // namespace Taktline
