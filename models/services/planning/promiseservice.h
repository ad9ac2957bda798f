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
    QString name;
    double needed = 0;
    double onHand = 0; // received, not consumed, not blocked, not promised to open orders
    double missing() const { return needed - onHand; }
};

// The answer (交期承诺): the earliest ship date after today's queues as they are (normal), and
// as a rush order put first on every machine, with what that would make late.
struct Promise
{
    QString productId;
    QString partNo;
    QString productName;
    double quantity = 0;
    QDate wanted;
    QDate earliest;        // normal priority, behind today's queues
    QDate earliestAsRush;  // first in every queue
    bool onTime = false;   // earliest <= wanted (or no date wanted)
    bool onTimeAsRush = false;
    QList<PromiseShortage> shortages; // empty: material on hand
    RushPreview rush;                 // what the rush insertion would make late
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

    // Refused with a message: an unknown product, one without a routing, a zero, negative or
    // absurd quantity, a wanted date in the past.
    Result<Promise> promise(const PromiseRequest &request) const;

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    MasterDataService *m_masterData;
    BomService *m_bom;
    ScheduleService *m_schedule;
};

} // namespace Taktline
