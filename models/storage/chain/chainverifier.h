#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"
#include "storage/chain/chainbreak.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// Checks the hash chain of a factory file: every device's chain link by link, every fact
// against its link, every fact having one, and the triggers that protect and chain the facts.
// Reads only; the first break (the oldest) is what the user is told first.
class ChainVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ChainVerifier)

public:
    struct Report
    {
        qint64 links = 0;
        qint64 facts = 0;
        int devices = 0;
        QList<ChainBreak> breaks; // the oldest first; at most MaxBreaks of each kind
        bool holds() const { return breaks.isEmpty(); }
    };
    static constexpr int MaxBreaks = 100;

    // Checks DB, an open connection with ChainHash installed. Fails only when DB cannot be read
    // or holds no chain (a file from before the chain, or from a newer Taktline).
    static Result<Report> verify(const QSqlDatabase &db);
    // Opens PATH read-only on a connection of its own, checks it and closes it again.
    static Result<Report> verifyFile(const QString &path);
};

} // namespace Taktline
