#include "demo/places/demosubcontracting.h"

#include "services/masterdata/masterdataservice.h"
#include "services/subcontract/subcontractservice.h"
#include "services/workspace.h"

#include <QSqlQuery>

#include <cmath>
#include <iterator>

namespace Taktline {

namespace {

// One outsourced step with pieces to send: its previous step's good pieces.
struct Sendable
{
    QString operationId;
    double pieces = 0;
};

// The running orders' outsourced steps whose previous step made pieces, newest order first.
QList<Sendable> sendableSteps(Workspace &workspace)
{
    QList<Sendable> steps;
    QSqlQuery query(workspace.database().connection());
    query.exec(QStringLiteral(
        "SELECT o.id, (SELECT coalesce(sum(r.good), 0) FROM production_reports r "
        "  JOIN work_order_operations p ON p.id = r.operation_id "
        "  WHERE p.work_order_id = o.work_order_id AND p.seq < o.seq "
        "  AND p.seq = (SELECT max(seq) FROM work_order_operations q "
        "               WHERE q.work_order_id = o.work_order_id AND q.seq < o.seq)) "
        "FROM work_order_operations o JOIN work_orders w ON w.id = o.work_order_id "
        "WHERE o.outsourced = 1 AND w.state = 'in_progress' ORDER BY w.number DESC"));
    while (query.next()) {
        if (query.value(1).toDouble() >= 10)
            steps.append({query.value(0).toString(), query.value(1).toDouble()});
    }
    return steps;
}

// Sets the factory's clock DAYS_AGO days back (at HOUR of that day) until restored.
class BackDate
{
public:
    explicit BackDate(Workspace &workspace)
        : m_workspace(workspace), m_saved(workspace.clock())
    {}
    ~BackDate() { m_workspace.setClock(m_saved); }
    void to(int daysAgo, int hour)
    {
        const QDateTime now = m_saved.now();
        QDateTime at(now.date().addDays(-daysAgo), QTime(hour, 20));
        if (at >= now)
            at = now.addSecs(-15 * 60);
        m_workspace.setClock(Clock::fixedAt(at));
    }
    QDate today() const { return m_saved.today(); }

private:
    Workspace &m_workspace;
    Clock m_saved;
};

} // namespace

Outcome buildDemoSubcontracting(Workspace &workspace)
{
    const QList<Sendable> steps = sendableSteps(workspace);
    const QList<MasterRecord> employees =
        workspace.masterData()->list(MasterDataKind::Employee, false).value();
    const QString keeper = employees.isEmpty() ? QString() : employees.constLast().id;
    SubcontractService *subcontracts = workspace.subcontracts();
    BackDate clock(workspace);

    // Each batch: sent DAYS_AGO, due DUE_IN days after it was sent, and what came back.
    struct Batch { int sentDaysAgo, dueInDays, backDaysAgo; double goodShare, defective, written; };
    const Batch batches[] = {
        {6, 4, 3, 1.0, 1, 0},    // back on time, one piece spoilt
        {5, 3, -1, 0, 0, 0},     // late: due two days ago, nothing back yet
        {4, 4, 1, 0.6, 2, 1},    // short: part back, one piece lost, the rest awaited
        {0, 3, -1, 0, 0, 0},     // sent today
    };
    for (qsizetype i = 0; i < steps.size() && i < qsizetype(std::size(batches)); ++i) {
        const Batch &batch = batches[i];
        const double quantity = std::floor(steps.at(i).pieces * (i == 3 ? 0.5 : 1.0));
        clock.to(batch.sentDaysAgo, 9);
        SubcontractSend send;
        send.operationId = steps.at(i).operationId;
        send.quantity = quantity;
        send.dueDate = clock.today().addDays(batch.dueInDays - batch.sentDaysAgo);
        send.employeeId = keeper;
        const Result<QString> sent = subcontracts->send(send);
        if (!sent)
            return sent.outcome();
        if (batch.backDaysAgo < 0)
            continue;
        clock.to(batch.backDaysAgo, 14);
        SubcontractReceipt receipt;
        receipt.orderId = sent.value();
        receipt.defective = batch.defective;
        receipt.shortQuantity = batch.written;
        receipt.good = batch.goodShare >= 1.0
            ? quantity - batch.defective - batch.written
            : std::floor(quantity * batch.goodShare);
        receipt.employeeId = keeper;
        if (Result<QString> back = subcontracts->receive(receipt); !back)
            return back.outcome();
    }
    return Outcome::success();
}

} // namespace Taktline
