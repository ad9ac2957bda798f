#include "promisetext.h"

#include "item/planning/scheduletext.h"
#include "services/planning/promiseservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace Taktline {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString moment(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString amount(double value)
{
    return QLocale::c().toString(value, 'g', 10);
}

QString verdict(bool onTime, const Promise &promise)
{
    if (!promise.wanted.isValid())
        return {};
    return onTime ? PromiseText::tr(" — on time for %1").arg(iso(promise.wanted))
                  : PromiseText::tr(" — too late for %1").arg(iso(promise.wanted));
}

QJsonArray delaysJson(const QList<WorkOrderDelay> &delays, const QTimeZone &zone)
{
    QJsonArray array;
    for (const WorkOrderDelay &delay : delays) {
        array.append(QJsonObject{{QStringLiteral("number"), delay.number},
                                 {QStringLiteral("dueDate"), iso(delay.dueDate)},
                                 {QStringLiteral("plannedEndBefore"), moment(delay.plannedEndBeforeMs, zone)},
                                 {QStringLiteral("plannedEndAfter"), moment(delay.plannedEndAfterMs, zone)},
                                 {QStringLiteral("lateByHours"), double(delay.lateByMs) / 3'600'000.0}});
    }
    return array;
}

} // namespace

QStringList PromiseText::lines(const Promise &promise, const QTimeZone &zone)
{
    QStringList lines;
    lines << tr("Promise for %1 %2 of %3 %4 (today %5)")
                 .arg(amount(promise.quantity), promise.unit, promise.partNo, promise.productName,
                      iso(promise.today));
    lines << tr("Earliest, taken normally: %1").arg(iso(promise.earliest))
                 + verdict(promise.onTime, promise);
    lines << tr("Earliest as a rush order: %1").arg(iso(promise.earliestAsRush))
                 + verdict(promise.onTimeAsRush, promise);
    if (promise.rush.newlyLate.isEmpty() && promise.rush.furtherDelayed.isEmpty())
        lines << tr("A rush would make no other work order late.");
    for (const WorkOrderDelay &delay : promise.rush.newlyLate) {
        lines << tr("A rush would make %1 late (due %2): it would end %3, late by %4.")
                     .arg(delay.number, iso(delay.dueDate), moment(delay.plannedEndAfterMs, zone),
                          ScheduleText::duration(delay.lateByMs));
    }
    for (const WorkOrderDelay &delay : promise.rush.furtherDelayed) {
        lines << tr("A rush would delay %1 further (due %2, already late): it would end %3, "
                    "late by %4.")
                     .arg(delay.number, iso(delay.dueDate), moment(delay.plannedEndAfterMs, zone),
                          ScheduleText::duration(delay.lateByMs));
    }
    if (promise.shortages.isEmpty())
        lines << tr("Material: on hand for the whole quantity.");
    for (const PromiseShortage &shortage : promise.shortages) {
        lines << tr("Material short: %1 %2 — needs %3 %4, %5 %4 on hand, %6 %4 missing; the dates "
                    "assume it arrives in time.")
                     .arg(shortage.partNo, shortage.name, amount(shortage.needed), shortage.unit,
                          amount(shortage.onHand), amount(shortage.missing()));
    }
    lines << tr("Steps (taken normally; as a rush order):");
    for (const PromiseStep &step : promise.steps) {
        const QString where = step.outsourced
                                  ? tr("outside at %1").arg(step.machineName)
                                  : QStringLiteral("%1 %2").arg(step.machineCode, step.machineName);
        lines << QStringLiteral("  %1 %2 · %3: %4 → %5; %6 → %7")
                     .arg(QString::number(step.seq), step.name, where, moment(step.startMs, zone),
                          moment(step.endMs, zone), moment(step.rushStartMs, zone),
                          moment(step.rushEndMs, zone));
    }
    return lines;
}

QJsonObject PromiseText::json(const Promise &promise, const QTimeZone &zone)
{
    QJsonArray steps;
    for (const PromiseStep &step : promise.steps) {
        steps.append(QJsonObject{{QStringLiteral("seq"), step.seq},
                                 {QStringLiteral("name"), step.name},
                                 {QStringLiteral("machine"), step.machineCode},
                                 {QStringLiteral("machineName"), step.machineName},
                                 {QStringLiteral("outsourced"), step.outsourced},
                                 {QStringLiteral("start"), moment(step.startMs, zone)},
                                 {QStringLiteral("end"), moment(step.endMs, zone)},
                                 {QStringLiteral("rushStart"), moment(step.rushStartMs, zone)},
                                 {QStringLiteral("rushEnd"), moment(step.rushEndMs, zone)}});
    }
    QJsonArray shortages;
    for (const PromiseShortage &shortage : promise.shortages) {
        shortages.append(QJsonObject{{QStringLiteral("partNo"), shortage.partNo},
                                     {QStringLiteral("name"), shortage.name},
                                     {QStringLiteral("unit"), shortage.unit},
                                     {QStringLiteral("needed"), shortage.needed},
                                     {QStringLiteral("onHand"), shortage.onHand},
                                     {QStringLiteral("missing"), shortage.missing()}});
    }
    return QJsonObject{
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), promise.productId},
                                                {QStringLiteral("partNo"), promise.partNo},
                                                {QStringLiteral("name"), promise.productName},
                                                {QStringLiteral("unit"), promise.unit}}},
        {QStringLiteral("quantity"), promise.quantity},
        {QStringLiteral("today"), iso(promise.today)},
        {QStringLiteral("wanted"), promise.wanted.isValid() ? QJsonValue(iso(promise.wanted)) : QJsonValue()},
        {QStringLiteral("earliest"), iso(promise.earliest)},
        {QStringLiteral("earliestAsRush"), iso(promise.earliestAsRush)},
        {QStringLiteral("plannedEnd"), moment(promise.earliestMs, zone)},
        {QStringLiteral("plannedEndAsRush"), moment(promise.earliestAsRushMs, zone)},
        {QStringLiteral("onTime"), promise.onTime},
        {QStringLiteral("onTimeAsRush"), promise.onTimeAsRush},
        {QStringLiteral("rush"), QJsonObject{{QStringLiteral("newlyLate"), delaysJson(promise.rush.newlyLate, zone)},
                                             {QStringLiteral("furtherDelayed"), delaysJson(promise.rush.furtherDelayed, zone)}}},
        {QStringLiteral("materialShort"), promise.materialShort()},
        {QStringLiteral("shortages"), shortages},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("summary"), PromiseService::summary(promise)},
    };
}

} // namespace Taktline
