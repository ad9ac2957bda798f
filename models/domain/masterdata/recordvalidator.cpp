#include "domain/masterdata/recordvalidator.h"

#include <QCoreApplication>
#include <QLocale>

namespace Taktline {

namespace {

std::optional<double> parseNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double
        || value.typeId() == QMetaType::LongLong) {
        return value.toDouble();
    }
    const QString text = value.toString().trimmed();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

} // namespace

Result<QVariant> RecordValidator::normalize(const FieldSpec &field, const QVariant &value)
{
    const QString label = field.displayLabel();
    switch (field.type) {
    case FieldType::Boolean:
        return QVariant(value.toBool());
    case FieldType::Text: {
        const QString text = value.toString().simplified();
        if (field.required && text.isEmpty())
            return Outcome::failure(tr("%1 is required.").arg(label));
        if (text.size() > field.maxLength)
            return Outcome::failure(
                tr("%1 is too long: at most %2 characters.").arg(label).arg(field.maxLength));
        return QVariant(text);
    }
    case FieldType::Integer:
    case FieldType::Decimal: {
        if (value.isNull() || value.toString().trimmed().isEmpty()) {
            if (field.required)
                return Outcome::failure(tr("%1 is required.").arg(label));
            return QVariant();
        }
        const std::optional<double> number = parseNumber(value);
        if (!number)
            return Outcome::failure(tr("%1 must be a number.").arg(label));
        if (field.type == FieldType::Integer && *number != static_cast<qint64>(*number))
            return Outcome::failure(tr("%1 must be a whole number.").arg(label));
        if (field.minimum && *number < *field.minimum)
            return Outcome::failure(
                tr("%1 must be at least %2.").arg(label, QLocale().toString(*field.minimum)));
        if (field.type == FieldType::Integer)
            return QVariant(static_cast<qint64>(*number));
        return QVariant(*number);
    }
    }
    return QVariant();
}

Outcome RecordValidator::validate(const EntitySpec &spec, MasterRecord &record)
{
    for (const FieldSpec &field : spec.fields) {
        QVariant value = record.values.value(field.column);
        if (!record.values.contains(field.column) && field.defaultValue.isValid())
            value = field.defaultValue;
        const Result<QVariant> normalized = normalize(field, value);
        if (!normalized)
            return normalized.outcome();
        record.values.insert(field.column, normalized.value());
    }
    return Outcome::success();
}

} // namespace Taktline
