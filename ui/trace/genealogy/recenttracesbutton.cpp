#include "trace/genealogy/recenttracesbutton.h"

#include "item/trace/tracetext.h"

#include <QMenu>
#include <QSettings>

namespace Taktline {

namespace {

const QString RecentKey = QStringLiteral("traceability/recent");
constexpr int MaxRecent = 10;

QString directionKey(TraceDirection direction)
{
    switch (direction) {
    case TraceDirection::Backward:
        return QStringLiteral("backward");
    case TraceDirection::Forward:
        return QStringLiteral("forward");
    case TraceDirection::Auto:
        break;
    }
    return QStringLiteral("auto");
}

TraceDirection directionFromKey(const QString &key)
{
    if (key == QLatin1String("backward"))
        return TraceDirection::Backward;
    if (key == QLatin1String("forward"))
        return TraceDirection::Forward;
    return TraceDirection::Auto;
}

} // namespace

RecentTracesButton::RecentTracesButton(QWidget *parent)
    : QPushButton(tr("Recent"), parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("recentButton"));
    setFocusPolicy(Qt::NoFocus);
    setMenu(m_menu);
    rebuildMenu();
}

QStringList RecentTracesButton::codes() const
{
    QStringList codes;
    for (const QString &entry : QSettings().value(RecentKey).toStringList())
        codes << entry.section(QLatin1Char('|'), 1);
    return codes;
}

void RecentTracesButton::remember(const QString &code, TraceDirection direction)
{
    const QString entry = directionKey(direction) + QLatin1Char('|') + code;
    QStringList entries = QSettings().value(RecentKey).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    QSettings().setValue(RecentKey, entries.mid(0, MaxRecent));
    rebuildMenu();
}

void RecentTracesButton::rebuildMenu()
{
    m_menu->clear();
    const QStringList entries = QSettings().value(RecentKey).toStringList();
    for (const QString &entry : entries) {
        const TraceDirection direction = directionFromKey(entry.section(QLatin1Char('|'), 0, 0));
        const QString code = entry.section(QLatin1Char('|'), 1);
        QAction *action = m_menu->addAction(
            direction == TraceDirection::Auto
                ? code
                : QStringLiteral("%1   (%2)").arg(code, TraceText::directionName(direction)));
        connect(action, &QAction::triggered, this,
                [this, code, direction] { emit chosen(code, direction); });
    }
    setEnabled(!entries.isEmpty());
    setToolTip(entries.isEmpty() ? tr("Codes you trace are listed here.")
                                 : tr("Trace one of the last codes again."));
}

} // namespace Taktline
