#include "services/places/movecheck.h"

#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workorder.h"
#include "services/places/pieceledger.h"
#include "services/places/placeservice.h"
#include "storage/sqlquery.h"
#include "storage/trace/serialrepository.h"
#include "storage/trace/tracerepository.h"

#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace Taktline {

MoveCheck::MoveCheck(QSqlDatabase db)
    : m_db(db)
    , m_places(std::move(db))
{
}

Outcome MoveCheck::checkQuantity(double quantity)
{
    if (!std::isfinite(quantity) || quantity <= 0)
        return Outcome::failure(tr("Enter how many pieces to move: a number above zero."));
    if (quantity > MaxQuantity)
        return Outcome::failure(tr("%1 pieces is not a plausible move: one move takes at most %2.")
                                    .arg(quantityText(quantity, 3), quantityText(MaxQuantity)));
    return Outcome::success();
}

Outcome MoveCheck::checkOrderState(const QString &number, const QString &state)
{
    const std::optional<WorkOrderState> known = workOrderStateFromKey(state);
    if (known && (*known == WorkOrderState::Closed || *known == WorkOrderState::Cancelled))
        return Outcome::failure(tr("Work order %1 is %2: its pieces can no longer be moved.")
                                    .arg(number, workOrderStateDisplayName(*known)));
    return Outcome::success();
}

QString MoveCheck::sourceText(const std::optional<PlaceRow> &from)
{
    return from ? tr("at %1").arg(from->code) : tr("not placed yet");
}

Result<PieceMove> MoveCheck::check(const MoveInput &input) const
{
    const int subjects = int(!input.workOrderNumber.trimmed().isEmpty()) +
                         int(!input.lotNo.trimmed().isEmpty()) +
                         int(!input.serial.trimmed().isEmpty());
    if (subjects == 0)
        return Outcome::failure(
            tr("Scan what moves after the place: a traveller, a lot or a serial."));
    if (subjects > 1)
        return Outcome::failure(tr("Move one thing at a time: a traveller, a lot or a serial."));
    if (input.toPlaceCode.trimmed().isEmpty())
        return Outcome::failure(tr("Scan the place (LOC:) the pieces go to first."));
    if (input.serial.trimmed().isEmpty()) {
        if (Outcome quantity = checkQuantity(input.quantity); !quantity)
            return quantity;
    }

    const Result<std::optional<PlaceRow>> to = m_places.placeByCode(input.toPlaceCode);
    if (!to)
        return to.outcome();
    if (!to.value())
        return Outcome::failure(tr("There is no place %1. Check the label, or add the place under "
                                   "Master data ▸ Places.")
                                    .arg(input.toPlaceCode.trimmed()));
    const PlaceRow &toPlace = *to.value();
    if (!toPlace.active)
        return Outcome::failure(
            tr("Place %1 is deactivated: pieces cannot be moved there.").arg(toPlace.code));

    if (!input.employeeId.isEmpty()) {
        QSqlQuery employee(m_db);
        employee.prepare(
            QStringLiteral("SELECT active FROM employees WHERE id = :id AND deleted = 0"));
        employee.bindValue(QStringLiteral(":id"), input.employeeId);
        if (Outcome read = Sql::exec(employee, tr("read the employee")); !read)
            return read;
        if (!employee.next() || !employee.value(QStringLiteral("active")).toBool())
            return Outcome::failure(tr("This employee is not active; scan the badge again."));
    }

    if (!input.serial.trimmed().isEmpty())
        return serialMove(input, toPlace);

    const Result<std::optional<PlaceRow>> from = sourcePlace(input.fromPlaceCode);
    if (!from)
        return from.outcome();
    if (from.value() && from.value()->id == toPlace.id)
        return Outcome::failure(tr("The pieces are already at %1.").arg(toPlace.code));
    if (!input.lotNo.trimmed().isEmpty())
        return lotMove(input, toPlace, from.value());
    return stepMove(input, toPlace, from.value());
}

Result<std::optional<PlaceRow>> MoveCheck::sourcePlace(const QString &code) const
{
    // Any place that exists, even one removed since, so that pieces left there can still leave.
    std::optional<PlaceRow> from;
    if (code.trimmed().isEmpty())
        return from;
    const Result<QHash<QString, PlaceRow>> all = m_places.places();
    if (!all)
        return all.outcome();
    for (const PlaceRow &place : all.value()) {
        if (place.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0 &&
            (!from || from->deleted))
            from = place;
    }
    if (!from)
        return Outcome::failure(
            tr("There is no place %1 to move the pieces from.").arg(code.trimmed()));
    return from;
}

Result<TravellerStep> MoveCheck::travellerStep(const QString &workOrderNumber, int seq,
                                               const std::optional<PlaceRow> &from) const
{
    const QString number = workOrderNumber.trimmed();
    const Result<std::optional<TraceOrderRow>> order = TraceRepository(m_db).orderByNumber(number);
    if (!order)
        return order.outcome();
    if (!order.value())
        return Outcome::failure(tr("There is no work order %1.").arg(number));
    const TraceOrderRow &o = *order.value();
    if (Outcome open = checkOrderState(o.number, o.state); !open)
        return open;

    const Result<QList<StepRow>> steps = m_places.steps(StepScope::OneOrder, o.id);
    if (!steps)
        return steps.outcome();
    const Result<QList<MoveSum>> moves = m_places.stepMoves(StepScope::OneOrder, o.id);
    if (!moves)
        return moves.outcome();
    const Result<QHash<QString, PlaceRow>> places = m_places.places();
    if (!places)
        return places.outcome();
    const StepPieceLedgers ledgers(steps.value(), moves.value(), places.value());
    const QString source = from ? from->id : QString();

    const StepRow *step = nullptr;
    if (seq > 0) {
        for (const StepRow &s : ledgers.steps()) {
            if (s.seq == seq)
                step = &s;
        }
        if (!step)
            return Outcome::failure(tr("Work order %1 has no step %2.").arg(o.number).arg(seq));
    } else {
        // A traveller moves the latest step that has pieces at the source.
        double anywhere = 0;
        for (const StepRow &s : ledgers.steps()) {
            anywhere += ledgers.pieces(s.operationId);
            if (ledgers.ledger(s.operationId).at(source) > 0)
                step = &s;
        }
        if (anywhere <= 0)
            return Outcome::failure(tr("Work order %1 has no finished pieces to move: no step has "
                                       "good pieces that the next step has not taken yet.")
                                        .arg(o.number));
        if (!step)
            return Outcome::failure(
                tr("No finished pieces of work order %1 are %2.").arg(o.number, sourceText(from)));
    }
    TravellerStep found;
    found.workOrderId = o.id;
    found.workOrderNumber = o.number;
    found.step = *step;
    found.atSource = ledgers.ledger(step->operationId).at(source);
    found.shares = ledgers.ledger(step->operationId).shares();
    found.places = places.value();
    return found;
}

Result<PieceMove> MoveCheck::stepMove(const MoveInput &input, const PlaceRow &to,
                                      const std::optional<PlaceRow> &from) const
{
    const Result<TravellerStep> found = travellerStep(input.workOrderNumber, input.seq, from);
    if (!found)
        return found.outcome();
    const StepRow &step = found.value().step;
    const double there = found.value().atSource;
    if (input.quantity > there + 1e-9) {
        return Outcome::failure(
            tr("Step %1 %2 of work order %3 has %4 pieces %5: a move of %6 is more than the step "
               "has there.")
                .arg(step.seq)
                .arg(step.name, found.value().workOrderNumber, quantityText(there, 3),
                     sourceText(from), quantityText(input.quantity, 3)));
    }
    PieceMove move;
    move.toPlaceId = to.id;
    move.fromPlaceId = from ? from->id : QString();
    move.workOrderId = found.value().workOrderId;
    move.operationId = step.operationId;
    move.quantity = input.quantity;
    move.employeeId = input.employeeId;
    return move;
}

Result<PieceMove> MoveCheck::lotMove(const MoveInput &input, const PlaceRow &to,
                                     const std::optional<PlaceRow> &from) const
{
    const QString lotNo = input.lotNo.trimmed();
    const Result<std::optional<MaterialLot>> lot = TraceRepository(m_db).findLotByNo(lotNo);
    if (!lot)
        return lot.outcome();
    if (!lot.value())
        return Outcome::failure(tr("There is no material lot %1.").arg(lotNo));
    const Result<LotUse> use = m_places.lotUse(lot.value()->id);
    if (!use)
        return use.outcome();
    const Result<QList<MoveSum>> moves = m_places.lotMoves(lot.value()->id);
    if (!moves)
        return moves.outcome();
    const Result<QHash<QString, PlaceRow>> places = m_places.places();
    if (!places)
        return places.outcome();
    const PieceLedger ledger = PieceLedger::ofLot(use.value(), moves.value(), places.value());
    const QString source = from ? from->id : QString();
    const double there = ledger.at(source);
    if (input.quantity > there + 1e-9) {
        return Outcome::failure(tr("Lot %1 has %2 %3: a move of %4 is more than the lot has there.")
                                    .arg(lotNo, quantityText(there, 3), sourceText(from),
                                         quantityText(input.quantity, 3)));
    }
    PieceMove move;
    move.toPlaceId = to.id;
    move.fromPlaceId = source;
    move.lotId = lot.value()->id;
    move.quantity = input.quantity;
    move.employeeId = input.employeeId;
    return move;
}

Result<PieceMove> MoveCheck::serialMove(const MoveInput &input, const PlaceRow &to) const
{
    const QString text = input.serial.trimmed();
    const Result<std::optional<SerialNumber>> serial = SerialRepository(m_db).findBySerial(text);
    if (!serial)
        return serial.outcome();
    if (!serial.value())
        return Outcome::failure(tr("There is no serial %1.").arg(text));
    const SerialNumber &s = *serial.value();
    const Result<std::optional<TraceOrderRow>> order = SerialRepository(m_db).order(s.workOrderId);
    if (!order)
        return order.outcome();
    if (order.value()) {
        if (Outcome open = checkOrderState(order.value()->number, order.value()->state); !open)
            return open;
    }
    const Result<bool> shipped = m_places.serialShipped(s.id);
    if (!shipped)
        return shipped.outcome();
    if (shipped.value())
        return Outcome::failure(
            tr("Serial %1 has been shipped: it is no longer in the factory.").arg(s.serial));
    // A piece is in one place: where its last move took it, whatever the dialog says.
    const Result<QList<SerialMoveRow>> moves = m_places.serialMoves(s.id);
    if (!moves)
        return moves.outcome();
    const QString here = moves.value().isEmpty() ? QString() : moves.value().constLast().toPlaceId;
    if (here == to.id)
        return Outcome::failure(tr("Serial %1 is already at %2.").arg(s.serial, to.code));
    PieceMove move;
    move.toPlaceId = to.id;
    move.fromPlaceId = here;
    move.workOrderId = s.workOrderId;
    move.serialId = s.id;
    move.quantity = 1;
    move.employeeId = input.employeeId;
    return move;
}

} // namespace Taktline
