#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

// The append-only tables the hash chain covers, with the columns a link's content hash is taken
// over (in this order) and the column that says when the fact happened. Every column of each
// table is listed, and a test holds the list to the schema: a later step that adds a column to
// a fact table must keep old links verifiable (hash old rows over the old list).
class FactTables final
{
public:
    struct Table
    {
        QString name;
        QString timeColumn;
        QStringList columns; // the key column "id" first
        int since = 9;       // the schema step that made the table a chained fact
    };

    static const QList<Table> &all();
    // The tables as schema step VERSION knew them: a step writes triggers for these only, so an
    // old file upgraded step by step never meets a table a later step creates.
    static QList<Table> asOf(int version);
    static const Table *find(const QString &name);
    // taktline_sha256('NAME', PREFIX.col1, PREFIX.col2, …): the content hash of a row.
    static QString contentHash(const Table &table, const QString &prefix);
};

} // namespace Taktline
