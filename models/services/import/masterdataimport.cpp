#include "services/import/masterdataimport.h"

#include "domain/masterdata/masterdataspecs.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

namespace {

// The same stored value: numbers and text compared as text, blank and null alike.
bool same(const QVariant &stored, const QVariant &imported)
{
    const QString a = stored.isNull() ? QString() : stored.toString();
    const QString b = imported.isNull() ? QString() : imported.toString();
    return a == b;
}

const char *hintFor(const FieldSpec &field, bool isCode)
{
    if (isCode)
        return QT_TRANSLATE_NOOP("Taktline::Import",
                                 "A unique code. A row with a code Taktline knows updates that "
                                 "record; a new code adds one.");
    if (!field.reference.isEmpty())
        return QT_TRANSLATE_NOOP("Taktline::Import",
                                 "The code or name of a unit under Master data (PCS when blank).");
    if (field.type == FieldType::Choice)
        return QT_TRANSLATE_NOOP("Taktline::Import", "One of the drop-down list.");
    if (field.type == FieldType::Boolean)
        return QT_TRANSLATE_NOOP("Taktline::Import", "Yes or No (blank: No for a new record).");
    if (field.type == FieldType::Integer)
        return QT_TRANSLATE_NOOP("Taktline::Import", "A whole number.");
    if (field.type == FieldType::Decimal)
        return QT_TRANSLATE_NOOP("Taktline::Import", "A number.");
    return field.required ? QT_TRANSLATE_NOOP("Taktline::Import", "Required.")
                          : QT_TRANSLATE_NOOP("Taktline::Import", "Optional.");
}

} // namespace

MasterDataImport::MasterDataImport(ImportKind kind, MasterDataKind dataKind, Workspace &workspace)
    : ImportHandler(workspace)
    , m_kind(kind)
    , m_dataKind(dataKind)
{
    const EntitySpec &spec = entitySpec(dataKind);
    for (const FieldSpec &field : spec.fields) {
        ImportColumn column;
        column.key = columnKey(field);
        column.header = field.label;
        column.context = "Taktline::MasterData";
        // A field with a default may be left out of the file: new records take the default.
        column.required = field.required && !field.defaultValue.isValid();
        column.hint = hintFor(field, &field == &spec.codeField());
        if (field.type == FieldType::Choice) {
            for (const QString &key : field.options)
                column.choices << field.optionDisplayName(key);
        }
        if (field.type == FieldType::Boolean)
            column.choices = ImportRecord::yesNoChoices();
        m_columns << column;
    }
}

QString MasterDataImport::columnKey(const FieldSpec &field) const
{
    return field.reference.isEmpty() ? field.column : field.displayColumn();
}

double MasterDataImport::maximum(const FieldSpec &field) const
{
    // A machine working more than a thousand pieces at once is a typing mistake.
    if (field.column == QLatin1String("capacity"))
        return 1000;
    return 1e9;
}

QStringList MasterDataImport::exampleRow() const
{
    switch (m_dataKind) {
    case MasterDataKind::Product:
        return {QStringLiteral("P-1001"), tr("Flange"), QStringLiteral("Flange"),
                QStringLiteral("PCS"), QStringLiteral("120 x 20")};
    case MasterDataKind::Machine:
        return {QStringLiteral("CNC-09"), tr("Lathe 9"),        QStringLiteral("Lathe 9"),
                tr("Machining"),          QStringLiteral("L1"), QStringLiteral("1")};
    case MasterDataKind::Employee:
        return {QStringLiteral("E0999"), tr("Zhang Wei"), tr("Team A"),
                ImportRecord::yesNoChoices().constLast()};
    case MasterDataKind::DowntimeReason: {
        const FieldSpec *oeeClass = entitySpec(m_dataKind).field(QStringLiteral("oee_class"));
        const QString choice = oeeClass && oeeClass->options.size() > 1
                                   ? oeeClass->optionDisplayName(oeeClass->options.at(1))
                                   : QString();
        return {QStringLiteral("DT-99"), tr("Waiting for material"),
                QStringLiteral("Waiting for material"), choice};
    }
    case MasterDataKind::DefectReason:
    case MasterDataKind::Unit:
    case MasterDataKind::Supplier:
    case MasterDataKind::Place:
        break;
    }
    return {QStringLiteral("DF-99"), tr("Scratch"), QStringLiteral("Scratch")};
}

Outcome MasterDataImport::permitted() const
{
    if (m_workspace.access()->require(Permission::EditMasterData))
        return Outcome::success();
    return Outcome::failure(tr("You may not change master data, so you cannot import %1. Ask "
                               "the owner or a planner for the right to edit master data.")
                                .arg(entitySpec(m_dataKind).displayPlural()));
}

std::optional<QVariant> MasterDataImport::read(ImportRecord &record, const FieldSpec &field) const
{
    const QString key = columnKey(field);
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal: {
        const std::optional<double> value = record.number(
            key, field.minimum.value_or(-1e9), maximum(field), field.type == FieldType::Integer);
        if (!value)
            return std::nullopt;
        return field.type == FieldType::Integer ? QVariant(qint64(*value)) : QVariant(*value);
    }
    case FieldType::Choice: {
        const std::optional<int> index = record.choice(key, field.options);
        if (!index)
            return std::nullopt;
        return QVariant(field.options.at(*index));
    }
    case FieldType::Boolean: {
        const std::optional<bool> yes = record.yesNo(key);
        if (!yes)
            return std::nullopt;
        return QVariant(*yes);
    }
    case FieldType::Text:
        break;
    }
    const QString text = record.text(key, field.maxLength);
    if (text.isEmpty())
        return std::nullopt;
    return QVariant(text);
}

void MasterDataImport::check(QList<ImportRecord> &records)
{
    m_planned.clear();
    m_counts = {};
    m_reverted = false;
    MasterDataService *service = m_workspace.masterData();
    const EntitySpec &spec = entitySpec(m_dataKind);
    const FieldSpec &codeField = spec.codeField();
    const QString codeKey = columnKey(codeField);
    QHash<QString, QList<int>> rowsOfCode; // codes differing only in case are the same code
    // The stored records by code, read once (not a query per row: 100,000 rows are checked).
    QHash<QString, MasterRecord> known;
    const Result<QList<MasterRecord>> stored = service->list(m_dataKind, true);
    if (!stored) {
        if (!records.isEmpty())
            records.first().rowProblem(stored.error());
        return;
    }
    for (const MasterRecord &record : stored.value())
        known.insert(record.text(codeField.column).toLower(), record);
    QStringList codeOrder;
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &record = records[i];
        QVariantMap values;
        for (const FieldSpec &field : spec.fields) {
            if (!record.hasColumn(columnKey(field)))
                continue;
            const std::optional<QVariant> value = read(record, field);
            values.insert(field.column, value                          ? *value
                                        : field.defaultValue.isValid() ? field.defaultValue
                                                                       : QVariant());
        }
        const QString code = values.value(codeField.column).toString();
        if (code.isEmpty())
            continue;
        if (!rowsOfCode.contains(code.toLower()))
            codeOrder << code.toLower();
        rowsOfCode[code.toLower()] << i;
        if (record.hasProblems())
            continue;

        Planned planned;
        planned.code = code;
        const MasterRecord stored = known.value(code.toLower());
        planned.id = stored.id;
        planned.added = planned.id.isEmpty();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const Result<QVariant> checked =
                service->checkValue(m_dataKind, planned.id, it.key(), it.value());
            if (!checked) {
                record.problem(columnKey(*spec.field(it.key())), checked.error());
                continue;
            }
            if (planned.added)
                planned.record.values.insert(it.key(), checked.value());
            else if (!same(stored.value(it.key()), checked.value()))
                planned.changes << Change{it.key(), stored.value(it.key()), checked.value()};
        }
        if (!record.hasProblems())
            m_planned << planned;
    }
    for (const QString &code : std::as_const(codeOrder)) {
        const QList<int> rows = rowsOfCode.value(code);
        if (rows.size() < 2)
            continue;
        for (int i : rows) {
            QStringList others;
            for (int j : rows) {
                if (j != i)
                    others << QString::number(records.at(j).row());
            }
            records[i].problem(codeKey, tr("The same code is also in row %1: each code may be in "
                                           "the file once.")
                                            .arg(others.join(tr(", "))));
        }
    }
    for (const Planned &planned : std::as_const(m_planned)) {
        if (planned.added)
            ++m_counts.added;
        else if (!planned.changes.isEmpty())
            ++m_counts.changed;
        else
            ++m_counts.unchanged;
    }
}

Outcome MasterDataImport::apply()
{
    MasterDataService *service = m_workspace.masterData();
    for (Planned &planned : m_planned) {
        if (planned.added) {
            if (m_reverted && !planned.id.isEmpty()) {
                if (Outcome restored = service->restore(m_dataKind, planned.id); !restored)
                    return restored;
                continue;
            }
            const Result<QString> id = service->create(m_dataKind, planned.record);
            if (!id)
                return Outcome::failure(
                    tr("%1 %2: %3")
                        .arg(entitySpec(m_dataKind).displaySingular(), planned.code, id.error()));
            planned.id = id.value();
            continue;
        }
        for (const Change &change : std::as_const(planned.changes)) {
            if (Outcome done =
                    service->updateField(m_dataKind, planned.id, change.column, change.after);
                !done) {
                return done;
            }
        }
    }
    m_reverted = false;
    return Outcome::success();
}

Outcome MasterDataImport::revert()
{
    MasterDataService *service = m_workspace.masterData();
    for (auto it = m_planned.crbegin(); it != m_planned.crend(); ++it) {
        if (it->added) {
            if (Outcome removed = service->remove(m_dataKind, it->id); !removed)
                return removed;
            continue;
        }
        for (const Change &change : it->changes) {
            if (Outcome done =
                    service->updateField(m_dataKind, it->id, change.column, change.before);
                !done) {
                return done;
            }
        }
    }
    m_reverted = true;
    return Outcome::success();
}

Result<QList<QStringList>> MasterDataImport::currentRows() const
{
    MasterDataService *service = m_workspace.masterData();
    const EntitySpec &spec = entitySpec(m_dataKind);
    const Result<QList<MasterRecord>> records = service->list(m_dataKind, true);
    if (!records)
        return records.outcome();
    QHash<QString, QString> unitCodes;
    const Result<QList<MasterRecord>> units = service->list(MasterDataKind::Unit, true);
    if (!units)
        return units.outcome();
    for (const MasterRecord &unit : units.value())
        unitCodes.insert(unit.id, unit.text(QStringLiteral("code")));
    QList<QStringList> rows;
    for (const MasterRecord &record : records.value()) {
        QStringList row;
        for (const FieldSpec &field : spec.fields) {
            const QVariant value = record.value(field.column);
            if (!field.reference.isEmpty())
                row << unitCodes.value(value.toString());
            else if (field.type == FieldType::Choice)
                row << field.optionDisplayName(value.toString());
            else if (field.type == FieldType::Decimal)
                row << (value.isNull() ? QString() : QString::number(value.toDouble(), 'g', 15));
            else
                row << (value.isNull() ? QString() : value.toString());
        }
        rows << row;
    }
    std::sort(rows.begin(), rows.end(),
              [](const QStringList &a, const QStringList &b) { return a.value(0) < b.value(0); });
    return rows;
}

} // namespace Taktline
