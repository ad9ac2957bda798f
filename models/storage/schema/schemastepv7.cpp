#include "storage/schema/schemastepv7.h"

#include "storage/schema/schemasteps.h"

#include <QSqlQuery>

namespace Taktline::Schema {

namespace {

// Milliseconds since the epoch, as SQLite computes them during the upgrade.
const QString NowMs = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");

// A UUIDv7 made by SQL (time in the first 48 bits, random after), for rows the upgrade adds.
QString uuidV7()
{
    const QString hexMs = QStringLiteral("printf('%012x', ") + NowMs + QLatin1Char(')');
    return QStringLiteral(
               "lower(substr(%1, 1, 8) || '-' || substr(%1, 9, 4) || '-7' || "
               "substr(hex(randomblob(2)), 2, 3) || '-' || "
               "substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2, 3) "
               "|| '-' || hex(randomblob(6)))")
        .arg(hexMs);
}

struct CodeColumn
{
    const char *table;
    const char *column;
    const char *entity; // as the audit log names it
    const char *index;  // the v1 unique index it replaces
};

// Codes that differ only in letter case ("cnc-01" beside "CNC-01") were allowed before v7. The
// oldest keeps its code; each younger one is renamed "<code>~2", "~3" … with an audit entry,
// so that the case-blind unique index can be built and the upgrade never fails on them.
QStringList caseBlindCodes()
{
    const QList<CodeColumn> codes = {
        {"products", "part_no", "product", "products_part_no"},
        {"machines", "code", "machine", "machines_code"},
        {"employees", "badge", "employee", "employees_badge"},
        {"downtime_reasons", "code", "downtime-reason", "downtime_reasons_code"},
        {"defect_reasons", "code", "defect-reason", "defect_reasons_code"},
    };
    QStringList sql;
    for (const CodeColumn &c : codes) {
        const QString table = QString::fromLatin1(c.table);
        const QString column = QString::fromLatin1(c.column);
        // How many live rows with the same code (any case) are older than row T.
        const QString olderTwins =
            QStringLiteral(
                "(SELECT count(*) FROM %1 o WHERE o.deleted = 0 AND o.%2 = t.%2 COLLATE NOCASE "
                "AND (o.created_at < t.created_at OR (o.created_at = t.created_at AND o.id < "
                "t.id)))")
                .arg(table, column);
        sql << QStringLiteral(
                   "CREATE TEMP TABLE code_renames AS SELECT t.id AS id, t.%2 AS old_code, "
                   "t.%2 || '~' || (%3 + 1) AS new_code FROM %1 t WHERE t.deleted = 0 AND %3 > 0")
                   .arg(table, column, olderTwins);
        sql << QStringLiteral(
                   "INSERT INTO audit_log (id, at_ms, device_id, user_id, entity, entity_id, "
                   "action, detail) SELECT %1, %2, (SELECT value FROM meta WHERE key = "
                   "'device_id'), "
                   "NULL, '%3', id, 'rename', '%4 ' || old_code || ' -> ' || new_code || "
                   "': the same code as an older one apart from letter case' FROM "
                   "temp.code_renames")
                   .arg(uuidV7(), NowMs, QString::fromLatin1(c.entity), column);
        sql << QStringLiteral("UPDATE %1 SET %2 = (SELECT new_code FROM temp.code_renames r WHERE "
                              "r.id = %1.id) "
                              "WHERE id IN (SELECT id FROM temp.code_renames)")
                   .arg(table, column);
        sql << QStringLiteral("DROP TABLE temp.code_renames");
        sql << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QString::fromLatin1(c.index));
        sql << QStringLiteral(
                   "CREATE UNIQUE INDEX IF NOT EXISTS %1_nocase ON %2(%3 COLLATE NOCASE) "
                   "WHERE deleted = 0")
                   .arg(QString::fromLatin1(c.index), table, column);
    }
    return sql;
}

// The units every factory starts with. Their ids are fixed so that two devices upgrading on
// their own agree on them; what a unit is called comes from its name (中文) and English name.
struct SeedUnit
{
    const char *id;
    const char *code;
    const char *name;
    const char *nameEn;
    QStringList aliases; // free texts products used for it before v7 (compared case-blind)
};

QList<SeedUnit> seedUnits()
{
    return {
        {"0192d6a0-0000-7000-8000-000000000001",
         "PCS",
         "件",
         "pcs",
         {QStringLiteral("PCS"), QStringLiteral("PC"), QStringLiteral("件"),
          QStringLiteral("piece"), QStringLiteral("pieces"), QString()}},
        {"0192d6a0-0000-7000-8000-000000000002",
         "EA",
         "个",
         "ea",
         {QStringLiteral("EA"), QStringLiteral("个"), QStringLiteral("each")}},
        {"0192d6a0-0000-7000-8000-000000000003",
         "SET",
         "套",
         "set",
         {QStringLiteral("SET"), QStringLiteral("套"), QStringLiteral("sets")}},
        {"0192d6a0-0000-7000-8000-000000000004",
         "KG",
         "kg",
         "kg",
         {QStringLiteral("KG"), QStringLiteral("千克"), QStringLiteral("公斤")}},
        {"0192d6a0-0000-7000-8000-000000000005",
         "M",
         "m",
         "m",
         {QStringLiteral("M"), QStringLiteral("米")}},
    };
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QStringList unitsOfMeasure(bool hasUnitColumn)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS units (\n"
                       "id TEXT PRIMARY KEY NOT NULL,\n"
                       "code TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                       "name_en TEXT NOT NULL DEFAULT '',\n") +
            mutableColumns() + QStringLiteral(")"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS units_code_nocase "
                       "ON units(code COLLATE NOCASE) WHERE deleted = 0"),
        QStringLiteral("CREATE TEMP TABLE unit_aliases (alias TEXT NOT NULL COLLATE NOCASE, "
                       "unit_id TEXT NOT NULL)"),
    };
    // SQLite has no ADD COLUMN IF NOT EXISTS: the step looks first, so that it can run again.
    if (!hasUnitColumn)
        sql << QStringLiteral("ALTER TABLE products ADD COLUMN unit_id TEXT REFERENCES units(id)");
    for (const SeedUnit &unit : seedUnits()) {
        sql << QStringLiteral(
                   "INSERT OR IGNORE INTO units (id, code, name, name_en, created_at, updated_at) "
                   "SELECT '%1', %2, %3, %4, %5, %5 WHERE NOT EXISTS (SELECT 1 FROM units WHERE "
                   "id = '%1' OR (code = %2 COLLATE NOCASE AND deleted = 0))")
                   .arg(QString::fromLatin1(unit.id), quoted(QString::fromUtf8(unit.code)),
                        quoted(QString::fromUtf8(unit.name)),
                        quoted(QString::fromUtf8(unit.nameEn)), NowMs);
        for (const QString &alias : unit.aliases)
            sql << QStringLiteral("INSERT INTO temp.unit_aliases VALUES (%1, '%2')")
                       .arg(quoted(alias), QString::fromLatin1(unit.id));
    }
    sql += {
        // Any other text a product used becomes a unit of its own, named as it was typed.
        QStringLiteral(
            "INSERT INTO units (id, code, name, name_en, created_at, updated_at) "
            "SELECT %1, text, text, '', %2, %2 FROM (SELECT trim(unit) AS text FROM products "
            "WHERE trim(unit) COLLATE NOCASE NOT IN (SELECT alias FROM temp.unit_aliases) "
            "AND unit_id IS NULL GROUP BY trim(unit) COLLATE NOCASE ORDER BY min(rowid)) "
            "WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.code = text COLLATE NOCASE "
            "AND u.deleted = 0)")
            .arg(uuidV7(), NowMs),
        QStringLiteral(
            "UPDATE products SET unit_id = coalesce("
            "(SELECT unit_id FROM temp.unit_aliases a WHERE a.alias = trim(products.unit)), "
            "(SELECT id FROM units u WHERE u.code = trim(products.unit) COLLATE NOCASE "
            "AND u.deleted = 0)) WHERE unit_id IS NULL"),
        QStringLiteral("DROP TABLE temp.unit_aliases"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS products_unit ON products(unit_id)"),
        // products.unit (the free text before v7) keeps the unit's code from now on.
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS products_unit_code_insert AFTER INSERT ON products "
            "WHEN NEW.unit_id IS NOT NULL BEGIN UPDATE products SET unit = "
            "(SELECT code FROM units WHERE id = NEW.unit_id) WHERE id = NEW.id; END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS products_unit_code_update AFTER UPDATE OF unit_id "
            "ON products WHEN NEW.unit_id IS NOT NULL BEGIN UPDATE products SET unit = "
            "(SELECT code FROM units WHERE id = NEW.unit_id) WHERE id = NEW.id; END"),
    };
    return sql;
}

} // namespace

QStringList unitsAndCodesV7(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const bool hasUnitColumn =
        query.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('products') WHERE name = 'unit_id'"))
        && query.next();
    return caseBlindCodes() + unitsOfMeasure(hasUnitColumn);
}

} // namespace Taktline::Schema
