#include "io/identifierregistration.h"

#include "barcode/barcodecodec.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Taktline {

namespace {

// The column names of the CSV header and the keys of each JSON record, in file order.
const QStringList Columns = {
    QStringLiteral("identifier"),   QStringLiteral("kind"),      QStringLiteral("productCode"),
    QStringLiteral("productName"),  QStringLiteral("spec"),      QStringLiteral("lotNo"),
    QStringLiteral("serialNo"),     QStringLiteral("workOrder"), QStringLiteral("date"),
    QStringLiteral("manufacturer"), QStringLiteral("prefix")};

QStringList fields(const IdentifierRecord &r)
{
    return {r.identifier,   r.kind,      r.productCode,
            r.productName,  r.spec,      r.lotNo,
            r.serialNo,     r.workOrder, r.date.toString(Qt::ISODate),
            r.manufacturer, r.prefix};
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

IdentifierRegistration::IdentifierRegistration(const Workspace *workspace)
    : m_workspace(workspace)
{
}

QString IdentifierRegistration::kindKey(IdentifiedItemRow::Kind kind)
{
    switch (kind) {
    case IdentifiedItemRow::Kind::MaterialLot:
        return QStringLiteral("material_lot");
    case IdentifiedItemRow::Kind::ProductionLot:
        return QStringLiteral("production_lot");
    case IdentifiedItemRow::Kind::Serial:
        return QStringLiteral("serial");
    }
    return {};
}

Result<IdentifierRegistration::Format> IdentifierRegistration::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return Outcome::failure(tr("The registration file must end in .csv or .json, not '%1'.")
                                .arg(QDir::toNativeSeparators(path)));
}

Result<QList<IdentifierRecord>> IdentifierRegistration::records(const QDate &from, const QDate &to,
                                                                QStringList *leftOut) const
{
    const QString prefix = m_workspace->settings()->identifierPrefix();
    if (prefix.isEmpty()) {
        return Outcome::failure(tr("No enterprise prefix is set, so there are no identifiers to "
                                   "register. Enter the prefix your secondary node assigned "
                                   "(such as 88.118.8) under Settings ▸ Industrial-internet "
                                   "identifiers."));
    }
    if (!from.isValid() || !to.isValid())
        return Outcome::failure(tr("Give both the first and the last day of the registration."));
    if (from > to) {
        return Outcome::failure(tr("The first day (%1) is after the last day (%2).")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    const Result<QList<IdentifiedItemRow>> rows =
        IdentifierRepository(m_workspace->database().connection()).itemsBetween(from, to);
    if (!rows)
        return rows.outcome();
    const QString manufacturer = m_workspace->settings()->factoryName();
    QList<IdentifierRecord> records;
    records.reserve(rows.value().size());
    for (const IdentifiedItemRow &row : rows.value()) {
        const bool serial = row.kind == IdentifiedItemRow::Kind::Serial;
        const QString code = serial ? BarcodeCodec::encode(ScanKind::Serial, row.serial)
                                    : BarcodeCodec::encode(ScanKind::Lot, row.lotNo);
        const QString identifier =
            code.isEmpty() ? QString() : BarcodeCodec::encodeIndustrialId(prefix, code);
        if (identifier.isEmpty()) {
            if (leftOut)
                leftOut->append(serial ? row.serial : row.lotNo);
            continue;
        }
        records.append({identifier, kindKey(row.kind), row.partNo, row.productName, row.spec,
                        row.lotNo, row.serial, row.workOrder, row.date, manufacturer, prefix});
    }
    return records;
}

QByteArray IdentifierRegistration::csv(const QList<IdentifierRecord> &records)
{
    QString text = Columns.join(u',') + QStringLiteral("\r\n");
    for (const IdentifierRecord &record : records) {
        QStringList line;
        for (const QString &field : fields(record))
            line.append(csvField(field));
        text += line.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray IdentifierRegistration::json(const QList<IdentifierRecord> &records, const QDate &from,
                                        const QDate &to) const
{
    QJsonArray array;
    for (const IdentifierRecord &record : records) {
        QJsonObject object;
        const QStringList values = fields(record);
        for (qsizetype i = 0; i < Columns.size(); ++i)
            object.insert(Columns.at(i), values.at(i));
        array.append(object);
    }
    const QJsonObject document{
        {QStringLiteral("prefix"), m_workspace->settings()->identifierPrefix()},
        {QStringLiteral("manufacturer"), m_workspace->settings()->factoryName()},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("generatedAt"),
         m_workspace->clock().now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
        {QStringLiteral("count"), int(records.size())},
        {QStringLiteral("records"), array}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<IdentifierRegistration::Summary>
IdentifierRegistration::write(const QString &path, const QDate &from, const QDate &to) const
{
    const Result<Format> format = formatOf(path);
    if (!format)
        return format.outcome();
    Summary summary;
    const Result<QList<IdentifierRecord>> found = records(from, to, &summary.leftOut);
    if (!found)
        return found.outcome();
    if (found.value().isEmpty()) {
        return Outcome::failure(
            tr("No material lot was received, no production lot reported and no serial number "
               "generated from %1 to %2: there is nothing to register, and no file was written.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    const QByteArray bytes =
        format.value() == Format::Csv ? csv(found.value()) : json(found.value(), from, to);
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failure(tr("Could not create %1: %2").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Outcome::failure(tr("Could not save %1: %2. Check that the disk has room; if the "
                                   "file is open in Excel, close it and try again.")
                                    .arg(shown, reason));
    }
    summary.count = int(found.value().size());
    return summary;
}

} // namespace Taktline
