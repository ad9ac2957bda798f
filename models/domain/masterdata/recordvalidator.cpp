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
    case FieldType::Choice: {
        // The stored key, or its name as the user reads it (an import, the command line).
        const QString text = value.isValid() ? value.toString().simplified() : QString();
        for (const QString &key : field.options) {
            if (key.compare(text, Qt::CaseInsensitive) == 0
                || field.optionDisplayName(key).compare(text, Qt::CaseInsensitive) == 0) {
                return QVariant(key);
            }
        }
        if (text.isEmpty() && !field.required && field.options.contains(QString()))
            return QVariant(QString());
        QStringList names;
        for (const QString &key : field.options)
            names << field.optionDisplayName(key);
        return Outcome::failure(tr("%1 must be one of: %2.")
                                    .arg(label, names.join(QStringLiteral(", "))));
    }
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
    return checkTogether(spec, record);
}

Outcome RecordValidator::checkTogether(const EntitySpec &spec, const MasterRecord &record)
{
    if (spec.kind == MasterDataKind::Place) {
        const QString kind = record.text(QStringLiteral("kind"));
        if ((kind == QLatin1String("input") || kind == QLatin1String("output"))
            && record.text(QStringLiteral("machine_id")).trimmed().isEmpty()) {
            const FieldSpec *kindField = spec.field(QStringLiteral("kind"));
            return Outcome::failure(
                tr("Place %1 is a %2: choose the machine it belongs to.")
                    .arg(record.text(QStringLiteral("code")),
                         kindField ? kindField->optionDisplayName(kind) : kind));
        }
    }
    return Outcome::success();
}

} // namespace Taktline
