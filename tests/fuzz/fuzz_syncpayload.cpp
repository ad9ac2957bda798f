// Fuzz target for the reader of the sync server's pull answer (SyncOpCodec::readPullAnswer):
// whatever the bytes, it answers with changes or a message, never a crash; what it accepts is
// allow-listed, well clocked, in server order, and survives its own wire format again.
#include "domain/sync/hlc.h"
#include "fuzzinput.h"
#include "sync/syncallowlist.h"
#include "sync/syncopcodec.h"

using namespace Taktline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString input = Fuzz::asLatin1(data, size);
    const Result<SyncOpCodec::PullAnswer> answer = SyncOpCodec::readPullAnswer(bytes);
    if (!answer) {
        FUZZ_CHECK(!answer.error().isEmpty(), input);
        return 0;
    }
    qint64 previous = 0;
    for (const SyncOp &op : answer.value().ops) {
        const SyncAllowList::Table *table = SyncAllowList::find(op.table);
        FUZZ_CHECK(table != nullptr, input);
        FUZZ_CHECK(table->fact == (op.kind == SyncOp::Kind::Fact), input);
        FUZZ_CHECK(Hlc::isValid(op.hlc), input);
        FUZZ_CHECK(op.seq > previous && op.seq <= answer.value().cursor, input);
        previous = op.seq;
        for (auto it = op.columns.constBegin(); it != op.columns.constEnd(); ++it)
            FUZZ_CHECK(table->columns.contains(it.key()) && it.key() != table->key, input);
        // What was read is written back and read again the same.
        QJsonObject again = SyncOpCodec::toJson(op);
        again.insert(QStringLiteral("s"), double(op.seq));
        again.insert(QStringLiteral("d"), op.device);
        const Result<SyncOp> reread = SyncOpCodec::fromJson(again, true);
        FUZZ_CHECK(bool(reread), input);
        FUZZ_CHECK(reread.value().columns == op.columns && reread.value().hlc == op.hlc
                       && reread.value().rowId == op.rowId,
                   input);
        for (auto it = op.columns.constBegin(); it != op.columns.constEnd(); ++it)
            SyncOpCodec::toSql(it.value());
    }
    return 0;
}
