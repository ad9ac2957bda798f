// Fuzz target for the GS1 parser: element strings in the "(01)…(10)…" form and raw with GS.
// What it reads must encode to both forms, and each form must read back to the same elements.
#include "barcode/gs1.h"
#include "fuzzinput.h"

using namespace Taktline;

namespace {

void checkRoundTrip(const Gs1::Elements &elements, const QString &input)
{
    FUZZ_CHECK(!elements.isEmpty(), input);
    const QString human = Gs1::encode(elements, true);
    FUZZ_CHECK(!human.isEmpty(), input);
    const Result<Gs1::Elements> fromHuman = Gs1::parseHumanReadable(human, human);
    FUZZ_CHECK(bool(fromHuman) && fromHuman.value() == elements, input);
    const QString raw = Gs1::encode(elements, false);
    FUZZ_CHECK(!raw.isEmpty(), input);
    // Without GS after it, a last variable-length field that looks like it holds further
    // fields ("(10)9153010153000" as 10 9 15301015 3000) is refused by design: never misread.
    const Result<Gs1::Elements> fromRaw = Gs1::parseRaw(raw, raw);
    FUZZ_CHECK(!fromRaw || fromRaw.value() == elements, input);
}

void checkElementString(const QString &input)
{
    const Result<Gs1::Elements> human = Gs1::parseHumanReadable(input, input);
    if (human)
        checkRoundTrip(human.value(), input);
    else
        FUZZ_CHECK(!human.error().isEmpty(), input);
    const Result<Gs1::Elements> raw = Gs1::parseRaw(input, input);
    if (raw)
        checkRoundTrip(raw.value(), input);
    else
        FUZZ_CHECK(!raw.error().isEmpty(), input);
    Gs1::startsWithElement(input);
    Gs1::hasValidCheckDigit(input);
    Gs1::date(input, 2026);
    Gs1::date(input.left(6), 1951);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkElementString(Fuzz::asUtf8(data, size));
    checkElementString(Fuzz::asLatin1(data, size));
    checkElementString(Fuzz::asUtf16(data, size));
    return 0;
}
