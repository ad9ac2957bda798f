#pragma once

#include "domain/andon/andoncall.h"
#include "domain/oee/oeeelements.h"
#include "services/oee/oeeservice.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Taktline {

// Why a dashboard figure is missing: the page says the sentence (DashboardService::noticeText)
// instead of a 0 % or a 100 % that would mean nothing.
enum class DashboardNotice {
    FuturePeriod,      // the period has not begun: nothing done, nothing to compare yet
    PlanPassed,        // the schedule is made from now on: a past period has no plan left
    NoPlan,            // the schedule places no more finished pieces in the period
    NoCompletedOrders, // no order was finished in the period
    NoReports,         // no pieces were reported in the period
    NoAndonCalls,      // no andon call in the period
    NoOee,             // the OEE could not be computed (the reason is in oeeError)
};

// Finished pieces (the last step of each order) per time slot against the target there.
struct OutputSlot
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double target = 0; // the period's plan spread over its working time
    double good = 0;   // finished good pieces reported in the slot
};

// Pieces waiting at a step: good at the step before, not yet reported at this one (open orders).
struct WipStep
{
    QString step; // the operation's name (车削)
    double pieces = 0;
    int orders = 0;
};

// First-pass yield of a product over the period: good ÷ made at each step, and rolled over its
// steps (the product of the steps' yields).
struct YieldStep
{
    int seq = 0;
    QString step;
    double good = 0;
    double made = 0; // good + defective + rework
};
struct ProductYield
{
    QString productId;
    QString label; // part no and name
    QList<YieldStep> steps;
    double good = 0; // summed over the steps
    double made = 0;
    std::optional<double> rolled; // Π good/made of the steps that made something
};

// Defective pieces of one reason (an empty id: reported without a reason).
struct DefectCount
{
    QString reasonId;
    QString reason;
    double pieces = 0;
    bool others = false; // the reasons after the Top 5, summed
};

// Stop time of one reason (an empty id and TimeUse::Unclassified: no reason, 未分类).
struct DowntimeCount
{
    QString reasonId;
    QString reason;
    TimeUse use = TimeUse::Unclassified;
    double seconds = 0;
    int stops = 0;
};

// First-article waiting (等待首检) of one machine in the period: from each request of the
// station to the first article passing (or the period's end or now, while it still waits).
struct FirstArticleWait
{
    QString machineId;
    QString machine; // code
    int requests = 0; // asked in the period
    int open = 0;     // still waiting at the period's end (or now)
    double seconds = 0;
};

// Pieces of nonconformances decided one way (返工, 返修 …) in the period.
struct DispositionCount
{
    QString key; // dispositionKey()
    QString name;
    double pieces = 0;
};

// One step of the loss waterfall, from planned operation time to fully productive time.
struct LossStep
{
    enum class Kind {
        Planned,
        PlannedDown,
        Setup,
        Failures,
        Unclassified,
        Performance,
        Quality,
        FullyProductive
    };
    Kind kind = Kind::Planned;
    double seconds = 0; // the loss (or, for the first and last, the time itself)
};

// An order late or finished in the period, for the late list and the drill-downs.
struct DashboardOrder
{
    QString id;
    QString number;
    QString product; // part no and name
    double quantity = 0;
    double finished = 0; // good pieces at the last step
    double waiting = 0;  // pieces waiting at a step (the WIP drill-down)
    QDate dueDate;
    qint64 finishedAtMs = 0; // the latest counted report (orders finished in the period)
    qint64 plannedEndMs = 0; // when the schedule finishes it (late orders)
    qint64 lateByMs = 0;
    bool onTime = true;
};

// A production report behind a bar (drill-down).
struct DashboardReport
{
    QString id;
    qint64 reportedAtMs = 0;
    QString orderNumber;
    QString product;
    int seq = 0;
    QString step;
    QString machine; // code
    QString employee;
    double good = 0;
    double defective = 0;
    double rework = 0;
    QString defectReason;
};

// Which reports a drill-down lists: those counted in [fromMs, toMs), narrowed by the rest.
struct DashboardReportQuery
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool lastStepOnly = false;             // finished pieces (plan against done, hourly output)
    bool defectiveOnly = false;            // with defective pieces
    std::optional<QString> defectReasonId; // "" for reports without a reason
    QStringList excludedReasonIds;         // the Top 5's "others" bar
    QString productId;
};

// What the dashboard shows for one period; each rate is a sum of elements divided once, empty
// with a notice where its denominator is zero.
struct DashboardFigures
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 nowMs = 0;

    // Plan against done (达成率): finished pieces at the last step of each order.
    double plannedQty = 0;
    double doneQty = 0;
    std::optional<double> attainment;
    std::optional<DashboardNotice> attainmentNotice;

    // On-time delivery: orders finished in the period by the end of their due date.
    QList<DashboardOrder> finishedOrders;
    int onTimeOrders = 0;
    std::optional<double> onTimeRate;
    QList<DashboardOrder> lateOrders; // open orders the schedule finishes after their due date

    QList<WipStep> wip;
    QList<OutputSlot> output; // hours for a day or a shift, days for longer periods
    QList<ProductYield> yields;
    double yieldGood = 0;
    double yieldMade = 0;
    std::optional<double> firstPassYield; // Σ good ÷ Σ made over every step reported
    QList<DefectCount> defects;           // Top 5 (and the others summed), most first

    // OEE (from OeeService) and what it breaks down into.
    std::optional<OeeResult> oee;
    QString oeeError;
    QList<DowntimeCount> downtime; // most first
    QList<LossStep> losses;

    // Andon: average response (call → acknowledged) and repair (→ closed) times.
    QList<AndonCall> calls; // made in the period, oldest first
    int andonCalls = 0;
    int andonAcknowledged = 0;
    int andonClosed = 0;
    std::optional<double> responseSeconds;
    std::optional<double> repairSeconds;

    // Quality (质检): verdicts in the period (voided ones and their voiding records not counted), the
    // first-article waiting per machine (most first), the nonconformances still open at the
    // period's end (or now) and the pieces decided in the period by disposition.
    int inspectionsPassed = 0;
    int inspectionsFailed = 0;
    QList<FirstArticleWait> firstArticleWaits;
    double firstArticleWaitSeconds = 0;
    int openNonconformances = 0;
    double openNonconformingPieces = 0;
    QList<DispositionCount> dispositions; // every disposition, in dispositionKey order
};

} // namespace Taktline
