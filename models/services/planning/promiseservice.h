#pragma once

#include "domain/outcome.h"
#include "services/planning/rushpreview.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Taktline {

class AccessControl;
class BomService;
class Clock;
class Database;
class MasterDataService;
class PromiseRepository;
class ScheduleService;

// The salesman's question: PRODUCT (part no. or id), QUANTITY, wanted by WANTED (optional).
struct PromiseRequest
{
    QString product;
    double quantity = 0;
    QDate wanted; // invalid: as soon as possible
};

// A component the BOM needs that is not on hand.
struct PromiseShortage
{
    QString partNo;
    QString name; // in the current language
    QString unit;
    double needed = 0;
    double onHand = 0; // received, not consumed, not blocked, not promised to open orders
    double missing() const { return needed - onHand; }
};

// Where one step of the would-be order lands, taken normally and as a rush order.
struct PromiseStep
{
    int seq = 0;
    QString name;
    QString machineCode; // empty for a subcontracted step
    QString machineName; // or the supplier's name
    bool outsourced = false;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 rushStartMs = 0;
    qint64 rushEndMs = 0;
};

// The answer (交期承诺): the earliest ship date after today's queues as they are (normal), and
// as a rush order put first on every machine, with what that would make late.
struct Promise
{
    QString productId;
    QString partNo;
    QString productName; // in the current language
    QString unit;
    double quantity = 0;
    QDate today;         // the factory's day the answer was worked out on
    QDate wanted;
    QDate earliest;        // normal priority, behind today's queues
    QDate earliestAsRush;  // first in every queue
    qint64 earliestMs = 0; // the last step's planned end, normal
    qint64 earliestAsRushMs = 0;
    bool onTime = false;   // earliest <= wanted (or no date wanted)
    bool onTimeAsRush = false;
    QList<PromiseStep> steps;
    QList<PromiseShortage> shortages; // empty: material on hand
    RushPreview rush; // what the rush insertion would make late, against today's plan

    bool materialShort() const { return !shortages.isEmpty(); }
    // Other orders a rush would delay: newly late and already late, later still.
    qsizetype delayedByRush() const { return rush.newlyLate.size() + rush.furtherDelayed.size(); }
};

// Capable-to-promise (交期承诺): plans a would-be work order on the live plan without saving
// anything and answers when it could ship. See docs/capacity.md.
class PromiseService final : public QObject
{
    Q_OBJECT
public:
    PromiseService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                   MasterDataService *masterData, BomService *bom, ScheduleService *schedule,
                   QObject *parent = nullptr);
    ~PromiseService() override;

    // Largest quantity a promise accepts; more is taken for a typing error.
    static constexpr double MaxQuantity = 1'000'000;

    // Refused with a message: an unknown product, one without a routing, a step whose machine
    // is missing or deactivated, a zero, negative, non-numeric or absurd quantity, a wanted
    // date in the past. Reads only: nothing is written.
    Result<Promise> promise(const PromiseRequest &request) const;

    // One line: "Earliest 18 Dec · as rush 12 Dec (3 orders delayed) · short: SP-1 4 kg".
    static QString summary(const Promise &promise);

private:
    Outcome checkRequest(const PromiseRequest &request) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    MasterDataService *m_masterData;
    BomService *m_bom;
    ScheduleService *m_schedule;
    std::unique_ptr<PromiseRepository> m_repository;
};

} // namespace Taktline
