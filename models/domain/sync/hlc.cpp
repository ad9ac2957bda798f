#include "domain/sync/hlc.h"

#include <QDateTime>

#include <algorithm>

namespace Taktline {

namespace {

bool isHex(QChar c, bool upperAllowed)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (upperAllowed && c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

} // namespace

Hlc::Hlc(QString node, WallClock wall)
    : m_node(std::move(node))
    , m_wall(std::move(wall))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString Hlc::now()
{
    const qint64 wall = std::clamp<qint64>(m_wall(), 0, MaxMs);
    if (wall > m_ms) {
        m_ms = wall;
        m_counter = 0;
    } else if (m_counter < MaxCounter) {
        ++m_counter;
    } else {
        // 65,536 changes in one millisecond: borrow the next millisecond rather than wrap.
        ++m_ms;
        m_counter = 0;
    }
    return format({m_ms, m_counter, m_node});
}

bool Hlc::observe(const QString &remote)
{
    const std::optional<Parts> parts = parse(remote);
    if (!parts)
        return false;
    if (parts->ms > m_ms || (parts->ms == m_ms && parts->counter > m_counter)) {
        m_ms = parts->ms;
        m_counter = parts->counter;
    }
    return true;
}

QString Hlc::last() const
{
    if (m_ms == 0 && m_counter == 0)
        return {};
    return format({m_ms, m_counter, m_node});
}

bool Hlc::isValidNode(const QString &node)
{
    // A UUID in its canonical text form, lower case: 8-4-4-4-12 hex digits.
    if (node.size() != 36)
        return false;
    for (int i = 0; i < node.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? node.at(i) != QLatin1Char('-') : !isHex(node.at(i), false))
            return false;
    }
    return true;
}

std::optional<Hlc::Parts> Hlc::parse(const QString &text)
{
    // 13 digits, '-', 4 hex digits, '-', the node.
    if (text.size() != 13 + 1 + 4 + 1 + 36 || text.at(13) != QLatin1Char('-')
        || text.at(18) != QLatin1Char('-'))
        return std::nullopt;
    Parts parts;
    for (int i = 0; i < 13; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        parts.ms = parts.ms * 10 + (c.unicode() - '0');
    }
    for (int i = 14; i < 18; ++i) {
        if (!isHex(text.at(i), false))
            return std::nullopt;
    }
    parts.counter = QStringView(text).mid(14, 4).toInt(nullptr, 16);
    parts.node = text.mid(19);
    if (!isValidNode(parts.node))
        return std::nullopt;
    return parts;
}

QString Hlc::format(const Parts &parts)
{
    return QStringLiteral("%1-%2-%3")
        .arg(parts.ms, 13, 10, QLatin1Char('0'))
        .arg(parts.counter, 4, 16, QLatin1Char('0'))
        .arg(parts.node);
}

} // namespace Taktline
