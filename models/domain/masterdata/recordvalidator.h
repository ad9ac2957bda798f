#pragma once

#include <QCoreApplication>

#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"

namespace Taktline {

// Checks one master-data value or record against its FieldSpec; messages are translated.
class RecordValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RecordValidator)

public:
    // Converts and checks a value typed by the user; on success returns the stored form.
    static Result<QVariant> normalize(const FieldSpec &field, const QVariant &value);
    // Normalizes every field of the record in place and checks required fields.
    static Outcome validate(const EntitySpec &spec, MasterRecord &record);
    // The rules between fields of one normalized record: a machine's input or output buffer
    // (a Place) names its machine.
    static Outcome checkTogether(const EntitySpec &spec, const MasterRecord &record);
    static bool hasRulesBetweenFields(const EntitySpec &spec)
    {
        return spec.kind == MasterDataKind::Place;
    }
};

} // namespace Taktline
