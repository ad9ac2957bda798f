#include "trace/genealogy/serialmovesline.h"

#include "services/planning/scheduleservice.h"
#include "services/serials/serialservice.h"
#include "services/workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Taktline {

SerialMovesLine::SerialMovesLine(Workspace *workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("serialMoves"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void SerialMovesLine::clearMoves()
{
    clear();
    hide();
}

void SerialMovesLine::showSerial(const QString &serialCode)
{
    clearMoves();
    const Result<SerialNumber> serial = m_workspace->serials()->find(serialCode);
    if (!serial)
        return;
    const Result<QList<SerialMove>> moves = m_workspace->places()->serialMoves(serial.value().id);
    if (!moves || moves.value().isEmpty())
        return;
    setText(movesText(moves.value(), m_workspace->schedule()->calendar().timeZone()));
    show();
}

QString SerialMovesLine::movesText(const QList<SerialMove> &moves, const QTimeZone &zone)
{
    const QLocale locale;
    QStringList parts;
    for (const SerialMove &move : moves) {
        const QString at = locale.toString(QDateTime::fromMSecsSinceEpoch(move.atMs, zone),
                                           QStringLiteral("MM-dd HH:mm"));
        QString part = tr("%1 → %2 %3").arg(at, move.toPlaceCode, move.toPlaceName).trimmed();
        if (!move.employeeName.isEmpty())
            part += QStringLiteral(" (%1)").arg(move.employeeName);
        parts << part;
    }
    return tr("Moves: %1. Now at %2.")
        .arg(parts.join(QStringLiteral(" · ")), moves.constLast().toPlaceCode);
}

} // namespace Taktline
