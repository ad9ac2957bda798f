#pragma once

#include "domain/outcome.h"
#include "storage/trace/identifierrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

class Workspace;

// One row of the registration file: an identifier and what it identifies.
struct IdentifierRecord
{
    QString identifier; // "88.118.8/LOT:L2611-0042"
    QString kind;       // "material_lot", "production_lot" or "serial"
    QString productCode;
    QString productName;
    QString spec;
    QString lotNo;
    QString serialNo;
    QString workOrder;
    QDate date; // received, first reported or generated
    QString manufacturer;
    QString prefix;
};

// The batch registration file (批量注册) a secondary node (二级节点) takes for the identifiers
// of the factory's lots and serials: CSV for Excel or JSON, written without any network call.
class IdentifierRegistration final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::IdentifierRegistration)

public:
    enum class Format { Csv, Json };

    // What a written file holds: the rows, and the lots or serials left out because their
    // numbers cannot be part of an identifier.
    struct Summary
    {
        int count = 0;
        QStringList leftOut;
    };

    explicit IdentifierRegistration(const Workspace *workspace);

    // The records FROM … TO with the enterprise prefix and factory name from the settings;
    // refused when no prefix is set or the range is not a range. LEFT_OUT gets the codes that
    // make no identifier.
    Result<QList<IdentifierRecord>> records(const QDate &from, const QDate &to,
                                            QStringList *leftOut = nullptr) const;
    // Writes the records FROM … TO to PATH (.csv or .json) through a temporary file, so a
    // refusal or failure leaves an earlier file as it was. Refused when there are none.
    Result<Summary> write(const QString &path, const QDate &from, const QDate &to) const;

    static Result<Format> formatOf(const QString &path);
    static QString kindKey(IdentifiedItemRow::Kind kind);
    // UTF-8 with a byte-order mark (Excel then reads Chinese correctly), RFC 4180 quoting,
    // CRLF line ends, a header row.
    static QByteArray csv(const QList<IdentifierRecord> &records);
    // {"prefix", "manufacturer", "from", "to", "generatedAt", "count", "records": [{…}]}.
    QByteArray json(const QList<IdentifierRecord> &records, const QDate &from,
                    const QDate &to) const;

private:
    const Workspace *m_workspace;
};

} // namespace Taktline
