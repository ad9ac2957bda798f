#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/planning/routingoperation.h"
#include "domain/planning/workcalendar.h"
#include "domain/role.h"
#include "domain/station/production.h"
#include "testworkspace.h"

#include <QDate>
#include <QSet>
#include <QTime>

#include <chrono>
#include <initializer_list>
#include <optional>
#include <utility>

namespace Taktline {

struct LotReceipt;

// The standard small shop every test starts from: a factory whose clock stands at Monday 08:00
// (UTC, in the near past) on a calendar working 08:00–16:00 every day; a lathe and a mill in
// 一车间, an assembly station in 装配车间 and a retired drill; operators E001 王建国 and E002
// 李志强 and one who left; a defect and a downtime reason; flanges (FL-1 法兰) turned on the lathe
// then milled, a minute a piece each, taking 0.8 kg of steel sheet (SP-1 钢板) per piece at the
// first step; 100 kg of it received on Friday; an order of 100 flanges (production lot P-0001) due
// on Friday, released. Built by the owner; a test adds what only it needs with the helpers below.
struct TestShop
{
    struct Options
    {
        TestWorkspace::SignIn signIn = TestWorkspace::SignIn::Owner; // after the build
        bool bom = true;   // the flange takes steel sheet at its first step
        bool lot = true;   // the steel lot is received
        bool order = true; // the order of 100 flanges is released
    };

    TestShop();
    explicit TestShop(const Options &options);

    // When. Day 0 is the Monday the clock starts on; AT is UTC, like the calendar.
    static QDate monday();
    static QDate day(int offset) { return monday().addDays(offset); }
    static qint64 at(int day, int hour, int minute = 0, int second = 0);
    // The shop's calendar: 08:00–16:00 every day, in UTC, without DATES_OFF.
    static WorkCalendar calendar(const QSet<QDate> &datesOff = {});
    qint64 nowMs() const;
    QDate today() const; // the factory's local day by its clock
    void setNow(qint64 utcMs);
    void advance(std::chrono::milliseconds by);

    // What: master data and orders, each created or refused with the reason (the test stops).
    QString create(MasterDataKind kind,
                   std::initializer_list<std::pair<const char *, const char *>> values) const;
    QString machine(const char *code, const char *name, const char *workshop = "一车间") const;
    // A product with ROUTING (may be empty) and UNIT when one is given.
    QString product(const char *partNo, const char *name, const Routing &routing = {},
                    const char *unit = nullptr) const;
    void addBomLine(const QString &productId, const QString &componentId, double perUnit,
                    int seq = 0) const;
    QString releasedOrder(const QString &productId, double quantity, const QDate &due = day(4),
                          const QString &lotNo = {}) const;
    // Receives QUANTITY of MATERIAL, on Friday unless the receipt says; returns the lot number.
    QString receive(const QString &material, double quantity,
                    const QString &supplier = QStringLiteral("宝钢"),
                    const QString &supplierLot = {},
                    std::optional<QDate> expiry = std::nullopt) const;
    QString receive(const LotReceipt &receipt) const;
    // The number the SEQ-th lot received on Friday gets: "L", year and month, "-", four digits.
    static QString lotNumber(int seq);

    // Reports: step INDEX (0, 1, …) of ORDER_ID (the shop's order if empty).
    QString step(int index, const QString &orderId = {}) const;
    QString number(const QString &orderId = {}) const;
    // GOOD (and DEFECTIVE, with the scratch reason) by Wang on the step's machine.
    ReportRequest request(int index, double good, double defective = 0,
                          const QString &orderId = {}) const;
    QString report(const ReportRequest &request) const;           // the saved report's id
    QString reportAt(qint64 utcMs, const ReportRequest &request); // the clock set to UTC_MS
    // GOOD on step STEP of the shop's order by EMPLOYEE (Wang) on DAY at AT, local time.
    QString reportOn(const QDate &day, int step, double good, const QString &employee = {},
                     const QTime &at = QTime(10, 0));
    double good(int index, const QString &orderId = {}) const;

    // Who and how much.
    void signIn(Role role) const; // user "u-<role key>"
    int rows(const char *table) const;

    TestWorkspace ws;
    QString lathe, mill, assembly, retired; // LATHE-1, MILL-1, ASM-1, OLD-1 (deactivated)
    QString wang, li, leaver;               // E001, E002, E099 (deactivated)
    QString scratch, breakdown;             // defect D01 划伤, downtime T01 设备故障
    QString flange, steel;                  // FL-1 法兰, SP-1 钢板 (kg)
    QString steelLot;                       // its number
    QString order;                          // 100 flanges, P-0001, released
};

} // namespace Taktline
