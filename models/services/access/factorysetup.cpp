#include "services/access/factorysetup.h"

#include "domain/planning/workcalendar.h"
#include "services/access/authservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QTimeZone>

namespace Taktline {

Outcome FactorySetup::run(Workspace *workspace, const FactorySetupInput &input)
{
    if (!workspace->auth()->needsOwnerSetup())
        return Outcome::failure(tr("This factory is already set up."));
    if (input.factoryName.simplified().isEmpty())
        return Outcome::failure(
            tr("Enter the factory's name: travellers, labels and reports carry it."));
    if (!QTimeZone::isTimeZoneIdAvailable(input.timeZoneId))
        return Outcome::failure(tr("Choose the factory's time zone."));
    const Result<WorkCalendar> calendar = WorkCalendar::create(
        WorkCalendar::defaultShifts(), input.weeklyDaysOff, {}, {}, QTimeZone(input.timeZoneId));
    if (!calendar)
        return calendar.outcome();
    Outcome saved = workspace->database().inTransaction([&] {
        if (Outcome owner = workspace->auth()->createOwner(input.username, input.displayName,
                                                           input.password, input.confirmation);
            !owner) {
            return owner;
        }
        if (Outcome named = workspace->settings()->setFactoryName(input.factoryName); !named)
            return named;
        return workspace->schedule()->setCalendar(calendar.value());
    });
    if (!saved)
        workspace->auth()->signOut();
    return saved;
}

} // namespace Taktline
