#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Taktline {

// The kinds of master data that share one list/edit/undo mechanism.
enum class MasterDataKind { Product, Machine, Employee, DowntimeReason, DefectReason, Unit,
                            Supplier, Place };

// Choice: one of a fixed list of stored keys (FieldSpec::options), shown by their translated names.
enum class FieldType { Text, Integer, Decimal, Boolean, Choice };

// One editable column of a master-data table: how it is stored, labelled and checked.
struct FieldSpec
{
    QString column;           // SQL column and key in MasterRecord::values
    FieldType type = FieldType::Text;
    const char *label = "";   // QT_TRANSLATE_NOOP in context "Taktline::MasterData"
    bool required = false;
    bool unique = false;      // among rows that are not tombstoned
    std::optional<double> minimum;
    int maxLength = 80;
    QVariant defaultValue;
    // A field that names another master-data row by id ("units"): the value is that row's id,
    // the record also carries the row's name in the UI language under displayColumn(), and a
    // code or name typed for it is looked up.
    QString reference;
    // A Choice field's stored keys, in the order offered, and their names in the UI language.
    QStringList options;
    QString (*optionName)(const QString &key) = nullptr;

    // "unit" for "unit_id": where a record keeps a reference's name as the user reads it.
    QString displayColumn() const
    {
        return column.endsWith(QLatin1String("_id")) ? column.chopped(3) : column;
    }
    QString displayLabel() const;
    QString optionDisplayName(const QString &key) const
    {
        return optionName ? optionName(key) : key;
    }
};

// One master-data kind: its table, its fields and its names for the user.
struct EntitySpec
{
    MasterDataKind kind;
    QString table;
    QString key;              // "product", used on the command line and in the audit log
    QList<FieldSpec> fields;  // the first field is the human code (part no., machine code …)
    const char *singular = "";
    const char *plural = "";
    // Columns kept for older readers, rewritten from the fields on every save and read with the
    // record but never shown or edited: (column, SQL expression over the row).
    QList<QPair<QString, QString>> derivedColumns{};

    const FieldSpec *field(const QString &column) const;
    int fieldIndex(const QString &column) const;
    const FieldSpec &codeField() const { return fields.constFirst(); }
    QString displaySingular() const;
    QString displayPlural() const;
};

} // namespace Taktline
