#include "oeetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

#include <optional>

namespace Taktline::OeeText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Taktline::OeeCommand", text);
}

// Columns in a terminal: CJK characters take two.
int shownWidth(const QString &text)
{
    int shown = 0;
    for (const QChar ch : text)
        shown += ch.unicode() >= 0x1100 ? 2 : 1;
    return shown;
}

QString padded(const QString &text, int width, bool right)
{
    const QString fill(std::max(0, width - shownWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QString percent(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 2) + QLatin1Char('%') : QStringLiteral("—");
}

QString minutes(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds / 60.0, 'f', 1) : QStringLiteral("—");
}

QString hours(double seconds)
{
    return QString::number(seconds / 3600.0, 'f', 2);
}

QString quantity(double value)
{
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 2);
}

// Lines of cells, the first the header; the first column left, the others right.
QStringList aligned(const QList<QStringList> &lines)
{
    QList<int> widths;
    for (const QStringList &line : lines) {
        for (int c = 0; c < line.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths.at(c), shownWidth(line.at(c)));
        }
    }
    QStringList out;
    for (const QStringList &line : lines) {
        QStringList cells;
        for (int c = 0; c < line.size(); ++c)
            cells << padded(line.at(c), widths.at(c), c > 0);
        out << cells.join(QStringLiteral("  ")).trimmed();
    }
    return out;
}

QList<const OeeRow *> rowsAndTotal(const OeeResult &result, OeeRow &total)
{
    QList<const OeeRow *> rows;
    for (const OeeRow &row : result.rows)
        rows << &row;
    total = result.total;
    total.label = tr("Total");
    rows << &total;
    return rows;
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject elementsJson(const OeeElements &e)
{
    return {
        {QStringLiteral("calendarSeconds"), e.calendarSeconds},
        {QStringLiteral("overtimeSeconds"), e.overtimeSeconds},
        {QStringLiteral("excludedSeconds"), e.excludedSeconds},
        {QStringLiteral("plannedDownSeconds"), e.plannedDownSeconds},
        {QStringLiteral("setupSeconds"), e.setupSeconds},
        {QStringLiteral("availabilitySeconds"), e.availabilitySeconds},
        {QStringLiteral("unclassifiedSeconds"), e.unclassifiedSeconds},
        {QStringLiteral("noStatusSeconds"), e.noStatusSeconds},
        {QStringLiteral("performanceStopSeconds"), e.performanceStopSeconds},
        {QStringLiteral("qualityStopSeconds"), e.qualityStopSeconds},
        {QStringLiteral("runningSeconds"), e.runningSeconds},
        {QStringLiteral("delayEvents"), e.delayEvents},
        {QStringLiteral("producedQty"), e.producedQty},
        {QStringLiteral("goodQty"), e.goodQty},
        {QStringLiteral("scrapQty"), e.scrapQty},
        {QStringLiteral("reworkQty"), e.reworkQty},
        {QStringLiteral("idealSeconds"), e.idealSeconds},
        {QStringLiteral("standardBasisQty"), e.standardBasisQty},
        {QStringLiteral("potSeconds"), e.pot()},
        {QStringLiteral("pbtSeconds"), e.pbt()},
        {QStringLiteral("delaySeconds"), e.delaySeconds()},
        {QStringLiteral("aptSeconds"), e.apt()},
        {QStringLiteral("auptSeconds"), e.aupt()},
        {QStringLiteral("fullyProductiveSeconds"), e.fullyProductiveSeconds()},
    };
}

QJsonObject figuresJson(const OeeFigures &f)
{
    return {
        {QStringLiteral("availability"), number(f.availability)},
        {QStringLiteral("effectiveness"), number(f.effectiveness)},
        {QStringLiteral("quality"), number(f.quality)},
        {QStringLiteral("oee"), number(f.oee)},
        {QStringLiteral("nee"), number(f.nee)},
        {QStringLiteral("technicalEfficiency"), number(f.technicalEfficiency)},
        {QStringLiteral("setupRate"), number(f.setupRate)},
        {QStringLiteral("mttrSeconds"), number(f.mttrSeconds)},
        {QStringLiteral("mtbfSeconds"), number(f.mtbfSeconds)},
        {QStringLiteral("scrapRatio"), number(f.scrapRatio)},
        {QStringLiteral("reworkRatio"), number(f.reworkRatio)},
    };
}

QString noticeKey(OeeNotice notice)
{
    switch (notice) {
    case OeeNotice::NoCalendarTime: return QStringLiteral("no_calendar_time");
    case OeeNotice::NoStatusEvents: return QStringLiteral("no_status_events");
    case OeeNotice::NoProduction: return QStringLiteral("no_production");
    case OeeNotice::FuturePeriod: return QStringLiteral("future_period");
    case OeeNotice::ReasonsWithoutClass: return QStringLiteral("reasons_without_class");
    case OeeNotice::StandardTimeBasis: return QStringLiteral("standard_time_basis");
    }
    return {};
}

QJsonObject rowJson(const OeeRow &row)
{
    QJsonArray notices;
    for (OeeNotice notice : row.notices) {
        notices.append(QJsonObject{{QStringLiteral("key"), noticeKey(notice)},
                                   {QStringLiteral("text"), OeeService::noticeText(notice)}});
    }
    return {{QStringLiteral("key"), row.key},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("elements"), elementsJson(row.elements)},
            {QStringLiteral("figures"), figuresJson(row.figures)},
            {QStringLiteral("notices"), notices}};
}

} // namespace

QStringList table(const OeeResult &result)
{
    OeeRow total;
    const QList<const OeeRow *> rows = rowsAndTotal(result, total);
    QList<QStringList> figures = {{tr("Row"), tr("A"), tr("E"), tr("Q"), tr("OEE"), tr("NEE"),
                                   tr("TE"), tr("Set-up rate"), tr("MTTR min"), tr("MTBF min"),
                                   tr("Scrap"), tr("Rework")}};
    QList<QStringList> elements = {{tr("Row"), tr("POT h"), tr("Planned down h"), tr("PBT h"),
                                    tr("Set-up h"), tr("Delays h"), tr("Unclassified h"),
                                    tr("APT h"), tr("Ideal h"), tr("Produced"), tr("Good"),
                                    tr("Scrap"), tr("Rework")}};
    for (const OeeRow *row : rows) {
        const OeeFigures &f = row->figures;
        const OeeElements &e = row->elements;
        figures << QStringList{row->label,          percent(f.availability),
                               percent(f.effectiveness), percent(f.quality),
                               percent(f.oee),      percent(f.nee),
                               percent(f.technicalEfficiency), percent(f.setupRate),
                               minutes(f.mttrSeconds), minutes(f.mtbfSeconds),
                               percent(f.scrapRatio), percent(f.reworkRatio)};
        elements << QStringList{row->label,         hours(e.pot()),
                                hours(e.plannedDownSeconds), hours(e.pbt()),
                                hours(e.setupSeconds), hours(e.delaySeconds()),
                                hours(e.unclassifiedSeconds), hours(e.apt()),
                                hours(e.idealSeconds), quantity(e.producedQty),
                                quantity(e.goodQty), quantity(e.scrapQty),
                                quantity(e.reworkQty)};
    }
    const QString from = QDateTime::fromMSecsSinceEpoch(result.fromMs).toString(Qt::ISODate);
    const QString to = QDateTime::fromMSecsSinceEpoch(result.toMs).toString(Qt::ISODate);
    QStringList out = {tr("OEE from %1 to %2").arg(from, to), QString()};
    out += aligned(figures);
    out << QString();
    out += aligned(elements);
    QStringList notes;
    for (const OeeRow *row : rows) {
        for (OeeNotice notice : row->notices)
            notes << tr("%1: %2").arg(row->label, OeeService::noticeText(notice));
    }
    if (!notes.isEmpty())
        out << QString() << notes;
    return out;
}

QJsonObject json(const OeeResult &result, const QString &grouping)
{
    QJsonArray rows;
    for (const OeeRow &row : result.rows)
        rows.append(rowJson(row));
    OeeRow total = result.total;
    if (total.key.isEmpty())
        total.key = QStringLiteral("total");
    return {{QStringLiteral("fromMs"), double(result.fromMs)},
            {QStringLiteral("toMs"), double(result.toMs)},
            {QStringLiteral("by"), grouping},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), rowJson(total)}};
}

} // namespace Taktline::OeeText
