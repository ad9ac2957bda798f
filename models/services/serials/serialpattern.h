#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Taktline {

// A serial number pattern such as {WO}-{yyMMdd}-{seq:4}: checks it and spells the serial
// numbers it gives a work order, without a database.
class SerialPattern final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SerialPattern)

public:
    // The most serial numbers made at one time.
    static constexpr int MaxBatch = 100000;

    // The COUNT (1 … MaxBatch) serial numbers PATTERN gives ORDER_NUMBER on TODAY from piece
    // FIRST_SEQ on: {WO} the order number, {yyMMdd} TODAY, {seq:N} the piece number zero-padded
    // to N digits (required). Or why it gives none: a bad pattern, too few {seq:N} digits, a
    // character no barcode carries.
    static Result<QStringList> serials(const QString &pattern, const QString &orderNumber,
                                       int firstSeq, int count, const QDate &today);
    // Why PATTERN makes no serial numbers (as serials() says for an order made TODAY), or
    // success.
    static Outcome check(const QString &pattern, const QDate &today);
};

} // namespace Taktline
