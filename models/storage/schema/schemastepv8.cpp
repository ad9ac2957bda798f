#include "storage/schema/schemastepv8.h"

namespace Taktline::Schema {

QStringList stationPinsV8()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS employee_pins (\n"
                       "employee_id TEXT PRIMARY KEY NOT NULL REFERENCES employees(id),\n"
                       "pin_hash TEXT NOT NULL DEFAULT '' "
                       "CHECK (pin_hash = '' OR pin_hash LIKE '$argon2id$%'),\n"
                       "updated_at INTEGER NOT NULL)"),
    };
}

} // namespace Taktline::Schema
