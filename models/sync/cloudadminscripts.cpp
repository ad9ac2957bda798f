#include "sync/cloudadminscripts.h"

#include <QDir>
#include <QFile>

namespace Taktline {

QStringList CloudAdminScripts::cloudScripts()
{
    QStringList scripts;
    const QDir dir(QStringLiteral(":/cloud"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile sql(dir.filePath(file));
        if (sql.open(QIODevice::ReadOnly))
            scripts.append(QString::fromUtf8(sql.readAll()));
    }
    return scripts;
}

QStringList CloudAdminScripts::statements(const QString &script)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            result.append(statement);
        current.clear();
    };
    qsizetype i = 0;
    const qsizetype n = script.size();
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) { // comment to the line's end
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // a string or a quoted name
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) { // a dollar-quoted body: $$ … $$ or $tag$ … $tag$
            qsizetype j = i + 1;
            while (j < n && (script.at(j).isLetterOrNumber() || script.at(j) == QLatin1Char('_')))
                ++j;
            if (j < n && script.at(j) == QLatin1Char('$') &&
                !(j > i + 1 && script.at(i + 1).isDigit())) {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return result;
}

} // namespace Taktline
