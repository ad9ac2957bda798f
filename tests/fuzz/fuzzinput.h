#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What a fuzz target reads its bytes as: the ways a scanner's bytes reach Taktline's parsers
// (UTF-8 from a keyboard-wedge or a camera, Latin-1 from an older serial scanner, and raw
// UTF-16 code units, so lone surrogates are tried as well).
namespace Taktline::Fuzz {

inline QString asUtf8(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString asLatin1(const uint8_t *data, size_t size)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString asUtf16(const uint8_t *data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return text;
}

// An invariant that must hold for every input: when it does not, the input is printed and the
// process aborts, which libFuzzer reports as a crash and the replay test as a failure.
[[noreturn]] inline void invariantBroken(const char *what, const QString &input, const char *file,
                                         int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  input: %s\n", file, line, what,
                 qUtf8Printable(QString::fromLatin1(input.toUtf8().toPercentEncoding(" :/()"))));
    std::abort();
}

} // namespace Taktline::Fuzz

#define FUZZ_CHECK(condition, input)                                                            \
    do {                                                                                        \
        if (!(condition))                                                                       \
            ::Taktline::Fuzz::invariantBroken(#condition, (input), __FILE__, __LINE__);         \
    } while (false)
