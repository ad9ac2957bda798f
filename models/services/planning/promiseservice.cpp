#include "services/planning/promiseservice.h"

#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/planning/promiseplan.h"
#include "services/planning/scheduleservice.h"
#include "storage/database.h"
#include "storage/planning/promiserepository.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

// A date as the summary shows it: "18 Dec" (12月18日), with the year when it is not TODAY's.
QString shortDate(const QDate &date, const QDate &today)
{
    const QString format = date.year() == today.year()
                               ? PromiseService::tr("d MMM", "a date without the year")
                               : PromiseService::tr("d MMM yyyy", "a date with the year");
    return QLocale().toString(date, format);
}

QString promiseQuantity(double quantity)
{
    return QLocale().toString(quantity, 'g', 10);
}

} // namespace

PromiseService::PromiseService(std::shared_ptr<Database> db, const Clock &clock,
                               AccessControl *access, MasterDataService *masterData, BomService *bom,
                               ScheduleService *schedule, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_masterData(masterData)
    , m_bom(bom)
    , m_schedule(schedule)
    , m_repository(std::make_unique<PromiseRepository>(m_db->connection()))
{
}

PromiseService::~PromiseService() = default;

Outcome PromiseService::checkRequest(const PromiseRequest &request) const
{
    if (request.product.trimmed().isEmpty())
        return Outcome::failure(tr("Choose the product to promise."));
    if (!std::isfinite(request.quantity))
        return Outcome::failure(tr("The quantity is not a number."));
    if (request.quantity <= 0)
        return Outcome::failure(tr("The quantity must be greater than zero."));
    if (request.quantity > MaxQuantity)
        return Outcome::failure(tr("%1 pieces is more than a promise can plan (at most %2); "
                                   "check the quantity.")
                                    .arg(promiseQuantity(request.quantity), promiseQuantity(MaxQuantity)));
    const QDate today = m_schedule->calendar().localDate(m_clock.nowMs());
    if (request.wanted.isValid() && request.wanted < today)
        return Outcome::failure(tr("The wanted date %1 is in the past; today is %2.")
                                    .arg(QLocale().toString(request.wanted, QLocale::ShortFormat),
                                         QLocale().toString(today, QLocale::ShortFormat)));
    return Outcome::success();
}

Result<Promise> PromiseService::promise(const PromiseRequest &request) const
{
    if (Outcome allowed = m_access->require(Permission::ViewWorkOrders); !allowed)
        return allowed;
    if (Outcome valid = checkRequest(request); !valid)
        return valid;
    const Result<std::optional<PromiseProduct>> found = m_repository->product(request.product.trimmed());
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("There is no product %1.").arg(request.product.trimmed()));
    const PromiseProduct &product = *found.value();
    if (!product.active)
        return Outcome::failure(tr("Product %1 is deactivated; no new order can be made of it.")
                                    .arg(product.partNo));
    const Result<QList<PromiseRoutingStep>> routing = m_repository->routing(product.id);
    if (!routing)
        return routing.outcome();
    if (routing.value().isEmpty())
        return Outcome::failure(tr("Product %1 has no routing: there is nothing to plan. Give it "
                                   "its steps in Master data ▸ Routings first.")
                                    .arg(product.partNo));
    Result<ScheduleService::Snapshot> loaded = m_schedule->load();
    if (!loaded)
        return loaded.outcome();

    const WorkCalendar calendar = m_schedule->calendar();
    const qint64 storedStartMs = loaded.value().anchorMs;
    PromisePlan plan(std::move(loaded).value(), routing.value(), request.quantity);
    if (Outcome placeable = plan.check(product.partNo); !placeable)
        return placeable;
    // The plan starts now, or where the stored plan starts if that is later.
    constexpr qint64 GridMs = 15 * 60 * 1000;
    const qint64 now = m_clock.nowMs();
    plan.setStart(std::max(storedStartMs, now - now % GridMs));

    Promise answer;
    answer.productId = product.id;
    answer.partNo = product.partNo;
    answer.productName = localizedName(product.name, product.nameEn);
    answer.unit = product.unit;
    answer.quantity = request.quantity;
    answer.today = calendar.localDate(now);
    answer.wanted = request.wanted;
    if (Outcome planned = plan.run(
            [this](const ScheduleService::Snapshot &snapshot) { return m_schedule->plan(snapshot); },
            [this](const QDate &due) { return m_schedule->dueEndMs(due); });
        !planned) {
        return planned;
    }
    answer.steps = plan.steps();
    answer.rush = plan.rush();
    answer.earliestMs = answer.rush.plannedEndBeforeMs;
    answer.earliestAsRushMs = answer.rush.plannedEndAfterMs;
    answer.earliest = calendar.localDate(answer.earliestMs);
    answer.earliestAsRush = calendar.localDate(answer.earliestAsRushMs);
    answer.onTime = !request.wanted.isValid() || answer.earliest <= request.wanted;
    answer.onTimeAsRush = !request.wanted.isValid() || answer.earliestAsRush <= request.wanted;

    const Result<QList<PromiseComponent>> components = m_repository->components(product.id, answer.today);
    if (!components)
        return components.outcome();
    for (const PromiseComponent &component : components.value()) {
        const double needed = component.perUnit * request.quantity;
        const double onHand = std::max(0.0, component.usableStock - component.openDemand);
        // Rounding noise of fractional quantities is no shortage.
        if (needed - onHand > 1e-9 * std::max(1.0, needed)) {
            answer.shortages.append({component.partNo,
                                     localizedName(component.name, component.nameEn),
                                     component.unit, needed, onHand});
        }
    }
    return answer;
}

QString PromiseService::summary(const Promise &promise)
{
    QStringList parts;
    parts << tr("Earliest %1").arg(shortDate(promise.earliest, promise.today));
    const int delayed = int(promise.delayedByRush());
    parts << (delayed > 0 ? tr("as rush %1 (%n order(s) delayed)", nullptr, delayed)
                          : tr("as rush %1 (no order delayed)"))
                 .arg(shortDate(promise.earliestAsRush, promise.today));
    if (promise.materialShort()) {
        QStringList missing;
        for (const PromiseShortage &shortage : promise.shortages) {
            if (missing.size() == 2) {
                missing << tr("%n more", nullptr, int(promise.shortages.size()) - 2);
                break;
            }
            // Non-breaking spaces: a part number, its quantity and unit stay on one line.
            missing << QStringLiteral("%1\u00a0%2\u00a0%3")
                           .arg(shortage.partNo, promiseQuantity(shortage.missing()), shortage.unit);
        }
        parts << tr("short: %1").arg(missing.join(tr(", ")));
    }
    return parts.join(tr(" · "));
}

} // namespace Taktline
