#include "storage/uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace Taktline {

qint64 nowUtcMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newUuidV7()
{
    // RFC 9562 method 1: a 12-bit counter in rand_a keeps ids made in the same millisecond
    // in creation order; when it overflows the timestamp is advanced by one millisecond.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    qint64 ms = nowUtcMs();
    quint16 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) {
                ++ms;
                counter = 0;
            }
        } else {
            counter = static_cast<quint16>(QRandomGenerator::system()->bounded(0x0200));
        }
        lastMs = ms;
        sequence = counter;
    }

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>((static_cast<quint64>(ms) >> (40 - 8 * i)) & 0xFF);
    bytes[6] = static_cast<quint8>(0x70 | ((sequence >> 8) & 0x0F));
    bytes[7] = static_cast<quint8>(sequence & 0xFF);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i)
        bytes[i] = static_cast<quint8>((random >> (8 * (15 - i))) & 0xFF);
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F));

    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0x0F]));
    }
    return text;
}

} // namespace Taktline
