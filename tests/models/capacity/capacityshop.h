#pragma once

#include "services/capacity/capacityservice.h"
#include "services/planning/scheduleservice.h"
#include "storage/database.h"
#include "fixturehelpers.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace Taktline {

// The shop on the office calendar: two shifts with a lunch break, Sundays off, Wednesday a
// holiday; a grinder (capacity 2, line L2) grinding two orders of 120 shafts at 5 minutes each
// (10 h each, side by side); after the flanges, 1,100 pins at a minute each (18 h 20 min) on the
// lathe, due on Tuesday.
struct CapacityShop
{
    TestShop shop;
    QString grinder, pin, shaft, pinOrder, shaftOrderA, shaftOrderB;

    CapacityShop()
    {
        Fixture::require(shop.ws->schedule()->setCalendar(calendar()), "calendar");
        grinder = shop.create(MasterDataKind::Machine, {{"code", "GRIND-1"},
                                                        {"name", "磨床"},
                                                        {"workshop", "一车间"},
                                                        {"line", "L2"},
                                                        {"capacity", "2"}});
        shaft = shop.product("SH-1", "轴", {{{}, QStringLiteral("磨削"), 300, grinder}});
        pin = shop.product("PN-1", "销", {{{}, QStringLiteral("车削"), 60, shop.lathe}});
        pinOrder = shop.releasedOrder(pin, 1100, TestShop::day(1));
        shaftOrderA = shop.releasedOrder(shaft, 120, TestShop::day(4));
        shaftOrderB = shop.releasedOrder(shaft, 120, TestShop::day(4));
        Fixture::require(shop.ws->schedule()->reschedule(), "plan");
    }

    static WorkCalendar calendar()
    {
        return WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday},
                                    {TestShop::day(2)}, {}, QTimeZone::utc())
            .value();
    }

    CapacityAnalysis analyse(CapacityGrouping grouping = CapacityGrouping::Machine,
                             CapacityBucketing bucketing = CapacityBucketing::Day) const
    {
        CapacityQuery query;
        query.grouping = grouping;
        query.bucketing = bucketing;
        Result<CapacityAnalysis> analysis = shop.ws->capacity()->analyse(query);
        if (!analysis)
            qFatal("analyse: %s", qPrintable(analysis.error()));
        return std::move(analysis).value();
    }

    // Every row the plan, the settings, the outbox and the audit hold: what a what-if must leave.
    QString fingerprint() const
    {
        QString all;
        for (const char *table : {"work_order_operations", "work_orders", "settings",
                                  "sync_outbox", "audit_log"}) {
            QSqlQuery query(shop.ws->database().connection());
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
                qFatal("fingerprint %s", table);
            all += QLatin1String(table) + QLatin1Char('\n');
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    all += query.value(i).toString() + QLatin1Char('|');
                all += QLatin1Char('\n');
            }
        }
        return all;
    }

    qint64 plannedEnd(const QString &orderId) const
    {
        QSqlQuery query(shop.ws->database().connection());
        query.prepare(QStringLiteral("SELECT max(planned_end) FROM work_order_operations "
                                     "WHERE work_order_id = :id"));
        query.bindValue(QStringLiteral(":id"), orderId);
        if (!query.exec() || !query.next())
            qFatal("planned end");
        return query.value(0).toLongLong();
    }
};

} // namespace Taktline
