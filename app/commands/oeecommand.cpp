#include "oeecommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "oeetext.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace Taktline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Taktline::OeeCommand", text);
}

const QList<std::pair<const char *, OeeGrouping>> &groupings()
{
    static const QList<std::pair<const char *, OeeGrouping>> list = {
        {"machine", OeeGrouping::Machine}, {"line", OeeGrouping::Line},
        {"workshop", OeeGrouping::Workshop}, {"product", OeeGrouping::Product},
        {"shift", OeeGrouping::Shift},     {"day", OeeGrouping::Day}};
    return list;
}

// A day written yyyy-MM-dd, or an error naming the option and what was written.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name,
                                QString *error)
{
    const QString text = parser.value(name).trimmed();
    if (text.isEmpty()) {
        *error = tr("Give --%1 as a day, written yyyy-MM-dd.").arg(name);
        return std::nullopt;
    }
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid()) {
        *error = tr("--%1 %2 is not a day; write it as yyyy-MM-dd, for example 2026-11-30.")
                     .arg(name, text);
        return std::nullopt;
    }
    return day;
}

} // namespace

int runOeeCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints OEE (ISO 22400-2) and its time elements for a period: availability, "
           "effectiveness, quality, OEE, NEE, technical efficiency, set-up rate, MTTR, MTBF, "
           "scrap and rework ratios."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"),
         tr("The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("from"), tr("The first day, yyyy-MM-dd."), QStringLiteral("day")},
        {QStringLiteral("to"), tr("The last day (included), yyyy-MM-dd."), QStringLiteral("day")},
        {QStringLiteral("machine"), tr("Only the machine with this code."), QStringLiteral("code")},
        {QStringLiteral("by"),
         tr("One row per machine (default), line, workshop, product, shift or day."),
         QStringLiteral("grouping")},
        {QStringLiteral("json"), tr("Print JSON with every element and figure instead of a table.")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    QString error;
    const std::optional<QDate> from = dateOption(parser, QStringLiteral("from"), &error);
    const std::optional<QDate> to = from ? dateOption(parser, QStringLiteral("to"), &error)
                                         : std::nullopt;
    if (!from || !to) {
        printError(error);
        return 2;
    }
    if (*from > *to) {
        printError(tr("--from %1 is after --to %2; the period would be empty.")
                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return 2;
    }
    OeeQuery query;
    const QString by = parser.isSet(QStringLiteral("by"))
        ? parser.value(QStringLiteral("by")).trimmed().toLower()
        : QStringLiteral("machine");
    bool known = false;
    for (const auto &[key, grouping] : groupings()) {
        if (by == QLatin1String(key)) {
            query.grouping = grouping;
            known = true;
        }
    }
    if (!known) {
        printError(tr("--by %1 is not known; use machine, line, workshop, product, shift or day.")
                       .arg(by));
        return 2;
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, Database::IfMissing::Refuse);
    if (!opened) {
        printError(opened.error());
        return 1;
    }
    Workspace &workspace = *opened.value();
    if (parser.isSet(QStringLiteral("machine"))) {
        const QString code = parser.value(QStringLiteral("machine")).trimmed();
        const Result<QString> id = workspace.masterData()->idForCode(MasterDataKind::Machine, code);
        if (!id) {
            printError(id.error());
            return 1;
        }
        if (id.value().isEmpty()) {
            printError(tr("There is no machine with the code %1.").arg(code));
            return 1;
        }
        query.machineIds = {id.value()};
    }
    const WorkCalendar calendar = workspace.schedule()->calendar();
    query.fromMs = calendar.startOfDayUtcMs(*from);
    query.toMs = calendar.startOfDayUtcMs(to->addDays(1));
    const qint64 now = workspace.clock().nowMs();
    if (query.fromMs >= now) {
        printError(tr("The period from %1 to %2 has not begun yet: there is no OEE to tell.")
                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return 1;
    }
    const Result<OeeResult> result = workspace.oee()->compute(query, now);
    if (!result) {
        printError(result.error());
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = OeeText::json(result.value(), by);
        json.insert(QStringLiteral("from"), from->toString(Qt::ISODate));
        json.insert(QStringLiteral("to"), to->toString(Qt::ISODate));
        printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const QString &line : OeeText::table(result.value()))
        printLine(line);
    return 0;
}

} // namespace Taktline
