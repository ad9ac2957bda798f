// Fuzz target for what `taktline label CODE` builds before rendering: LabelContent::forCode.
// The input is "PREFIX NUL CODE" (an enterprise prefix from the settings, then the code) or
// just CODE; its length picks the symbology and size. A label it builds must pass check(),
// keep the code's kind and give a symbol text.
#include "barcode/labelcontent.h"
#include "fuzzinput.h"

#include <cstring>

using namespace Taktline;

namespace {

void checkLabel(const QString &code, const QString &prefix, size_t size)
{
    const auto symbology = LabelSymbology(size % 3);
    const auto labelSize = LabelSize((size / 3) % 3);
    const Result<Label> built = LabelContent::forCode(code, symbology, labelSize, prefix);
    if (!built) {
        FUZZ_CHECK(!built.error().isEmpty(), code);
        return;
    }
    const Label &label = built.value();
    FUZZ_CHECK(label.lines.size() <= LabelContent::MaxLines, code);
    FUZZ_CHECK(!label.title.isEmpty(), code);
    FUZZ_CHECK(bool(LabelContent::check(label)), code);
    const Result<ScanResult> scanned = BarcodeCodec::parse(label.code);
    FUZZ_CHECK(bool(scanned), code);
    FUZZ_CHECK(scanned.value().kind == label.kind, code);
    const Result<ScanResult> original = BarcodeCodec::parse(code);
    FUZZ_CHECK(bool(original) && original.value().value == scanned.value().value, code);
    FUZZ_CHECK(!LabelContent::symbolText(label).isEmpty(), code);
    LabelContent::carriesIdentifier(label);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *nul = static_cast<const uint8_t *>(std::memchr(data, 0, size));
    const size_t prefixSize = nul ? size_t(nul - data) : 0;
    const uint8_t *code = nul ? nul + 1 : data;
    const size_t codeSize = nul ? size - prefixSize - 1 : size;
    checkLabel(Fuzz::asUtf8(code, codeSize), Fuzz::asUtf8(data, prefixSize), size);
    checkLabel(Fuzz::asLatin1(code, codeSize), Fuzz::asLatin1(data, prefixSize), size);
    return 0;
}
