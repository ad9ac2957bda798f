// Fuzz target for the scan codec: any bytes a scanner may send, read by BarcodeCodec::parse.
// A code it reads must come back from encode() as a code that reads the same.
#include "barcode/barcodecodec.h"
#include "barcode/scantext.h"
#include "fuzzinput.h"

using namespace Taktline;

namespace {

void checkScan(const QString &input)
{
    ScanText::shown(input);
    ScanText::cleaned(input);
    const Result<ScanResult> parsed = BarcodeCodec::parse(input);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), input);
        return;
    }
    const ScanResult &scan = parsed.value();
    FUZZ_CHECK(!scan.value.isEmpty(), input);
    FUZZ_CHECK(scan.raw == input, input);
    scan.productionDate();
    scan.expiryDate();
    BarcodeCodec::expect(scan, ScanKind::WorkOrder);
    BarcodeCodec::expect(scan, {ScanKind::Lot, ScanKind::Serial, ScanKind::Gs1});

    const QString code = BarcodeCodec::encode(scan.kind, scan.value);
    FUZZ_CHECK(!code.isEmpty(), input);
    const Result<ScanResult> again = BarcodeCodec::parse(code);
    FUZZ_CHECK(bool(again), input);
    FUZZ_CHECK(again.value().kind == scan.kind, input);
    FUZZ_CHECK(again.value().value == scan.value, input);
    FUZZ_CHECK(again.value().workOrderNumber == scan.workOrderNumber, input);
    FUZZ_CHECK(again.value().seq == scan.seq, input);
    FUZZ_CHECK(again.value().gs1 == scan.gs1, input);
    if (scan.kind == ScanKind::Operation)
        FUZZ_CHECK(BarcodeCodec::encodeOperation(scan.workOrderNumber, scan.seq) == code, input);
    if (scan.kind == ScanKind::Gs1) {
        const QString raw = BarcodeCodec::encodeGs1(scan.gs1, false);
        FUZZ_CHECK(!raw.isEmpty(), input);
        const Result<ScanResult> fromRaw = BarcodeCodec::parse(QStringLiteral("]C1") + raw);
        // Refusing a raw string without GS as ambiguous is allowed (see fuzz_gs1.cpp).
        FUZZ_CHECK(!fromRaw || fromRaw.value().gs1 == scan.gs1, input);
    }
    if (!scan.idPrefix.isEmpty()) {
        const QString identifier = BarcodeCodec::encodeIndustrialId(scan.idPrefix, scan.idSuffix);
        FUZZ_CHECK(!identifier.isEmpty(), input);
        const Result<ScanResult> fromId = BarcodeCodec::parse(identifier);
        FUZZ_CHECK(bool(fromId) && fromId.value().kind == scan.kind &&
                       fromId.value().value == scan.value,
                   input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkScan(Fuzz::asUtf8(data, size));
    checkScan(Fuzz::asLatin1(data, size));
    checkScan(Fuzz::asUtf16(data, size));
    return 0;
}
