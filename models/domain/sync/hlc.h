#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace Taktline {

// A hybrid logical clock: the time stamp of every synced change. Text
// "PPPPPPPPPPPPP-CCCC-<device uuid>" (13-digit UTC milliseconds, 4 hex digits of counter, the
// device), so text order is clock order. It never goes backwards and moves past every clock it
// observes: an edit made after seeing another's has the larger clock, even on a slow wall clock.
class Hlc final
{
public:
    using WallClock = std::function<qint64()>; // UTC milliseconds since the epoch

    struct Parts
    {
        qint64 ms = 0;
        int counter = 0;
        QString node;
    };

    // NODE is this device's UUID; WALL the wall clock (the system's if empty).
    explicit Hlc(QString node, WallClock wall = {});

    // The next clock for a local change: larger than every clock made or observed before.
    QString now();
    // Moves past REMOTE (another device's clock); false (and nothing changes) if it is not one.
    bool observe(const QString &remote);
    // The largest clock made or observed so far ("" before the first).
    QString last() const;
    const QString &node() const { return m_node; }

    static std::optional<Parts> parse(const QString &text);
    static QString format(const Parts &parts);
    static bool isValid(const QString &text) { return parse(text).has_value(); }
    static bool isValidNode(const QString &node);

    static constexpr int MaxCounter = 0xffff;
    static constexpr qint64 MaxMs = 9999999999999LL;

private:
    QString m_node;
    WallClock m_wall;
    qint64 m_ms = 0;
    int m_counter = 0;
};

} // namespace Taktline
