#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

// Human codes and one-per-thing facts are unique on this device, as before, but no longer by
// UNIQUE indexes: two offline devices may both have made "FL-100", and the second arrival must be
// kept (and shown as a conflict), not refused. A plain index and two BEFORE triggers per key
// raise the same "UNIQUE constraint failed: table.column" that the services already recognise,
// except while the sync engine applies other devices' changes.
class LocalUniqueness final
{
public:
    struct Key
    {
        QString index; // the UNIQUE index it replaces (the plain index keeps the name)
        QString table;
        QStringList columns;
        bool noCase = false; // compared case-blind (codes a person types)
        QString where;       // which rows take part, over "%1." (e.g. "%1.deleted = 0"); "" = all
        int since = 10;      // the schema step that makes it (its table may not exist before)
    };

    static const QList<Key> &keys();
    // The statements that replace the UNIQUE indexes of the keys made by schema step SINCE with
    // indexes and triggers.
    static QStringList statements(int since = 10);
};

} // namespace Taktline
