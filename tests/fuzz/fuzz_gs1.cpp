// Fuzz target for the GS1 parser: element strings in the "(01)…(10)…" form and raw with GS.
// What it reads must encode to both forms, and each form must read back to the same elements.
#include "barcode/gs1.h"
#include "fuzzinput.h"

#include <algorithm>

using namespace Taktline;

namespace {

void checkRoundTrip(const Gs1::Elements &elements, const QString &input)
{
    FUZZ_CHECK(!elements.isEmpty(), input);
    // Both forms come in the order that reads back safely (a fixed-length field may move
    // behind a last variable-length one whose tail looks like further fields).
    const Gs1::Elements printed = Gs1::printOrder(elements);
    FUZZ_CHECK(std::is_permutation(printed.begin(), printed.end(), elements.begin(),
                                   elements.end()),
               input);
    const QString human = Gs1::encode(elements, true);
    FUZZ_CHECK(!human.isEmpty(), input);
    const Result<Gs1::Elements> fromHuman = Gs1::parseHumanReadable(human, human);
    FUZZ_CHECK(bool(fromHuman) && fromHuman.value() == printed, input);
    const QString raw = Gs1::encode(elements, false);
    FUZZ_CHECK(!raw.isEmpty(), input);
    // Read back the same, or — only when no fixed-length field could close the last variable
    // one, e.g. a lone "(10)9153010153000" — refused by design, never misread.
    const Result<Gs1::Elements> fromRaw = Gs1::parseRaw(raw, raw);
    FUZZ_CHECK(!fromRaw || fromRaw.value() == printed, input);
    const bool anyFixed = std::any_of(elements.begin(), elements.end(), [](const auto &element) {
        return Gs1::isFixedLength(element.first);
    });
    FUZZ_CHECK(fromRaw || !anyFixed, input);
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
