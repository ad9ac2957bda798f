#include "settings/calendareditor.h"

#include "common/fields/dateedit.h"
#include "common/messagebanner.h"
#include "common/fields/timeedit.h"
#include "services/access/accesscontrol.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Taktline {

namespace {
constexpr int DateRole = Qt::UserRole + 1;
const QString TimeFormat = QStringLiteral("HH:mm");
} // namespace

CalendarEditor::CalendarEditor(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Working calendar"), parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_editable(workspace->access()->allows(Permission::EditSettings))
{
    setObjectName(QStringLiteral("calendarEditor"));
    auto *intro = new QLabel(m_editable ? tr("When machines work. Scheduling places operations "
                                             "in these shifts only; saving replans every machine.")
                                        : tr("When machines work. Changing it needs the right to "
                                             "edit settings."),
                             this);
    intro->setObjectName(QStringLiteral("placeholderNote"));
    intro->setWordWrap(true);
    m_save = new QPushButton(tr("Save calendar"), this);
    m_save->setObjectName(QStringLiteral("saveCalendarButton"));
    m_save->setProperty("primary", true);
    m_save->setVisible(m_editable);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("calendarProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_replace = new QPushButton(tr("Replace the calendar…"), this);
    m_replace->setObjectName(QStringLiteral("replaceCalendarButton"));
    m_replace->hide();

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(createShiftsBox());
    body->addWidget(createWeekBox());
    auto *dates = new QHBoxLayout;
    dates->addWidget(
        createDateList(m_datesOff, QStringLiteral("datesOff"), tr("Days off (holidays)")));
    dates->addWidget(
        createDateList(m_extraDays, QStringLiteral("extraDays"), tr("Extra working days")));
    body->addLayout(dates);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_replace);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_body);
    layout->addLayout(saveRow);
    connect(m_save, &QPushButton::clicked, this, &CalendarEditor::save);
    connect(m_replace, &QPushButton::clicked, this, &CalendarEditor::startReplacing);
    load(workspace->schedule()->calendar());
    showStoredProblem();
}

// A stored calendar that cannot be read (a damaged setting, a time zone this computer does not
// know) is never shown as the default, which saving would then write over the holidays: the
// editor says why and stays locked until the user chooses to replace it.
void CalendarEditor::showStoredProblem()
{
    const Outcome stored = m_workspace->schedule()->storedCalendar();
    const bool locked = !stored.ok() && !m_replacing;
    QString text;
    if (!stored.ok()) {
        text = m_replacing
                   ? tr("%1 Saving now replaces it with the calendar below.").arg(stored.error())
                   : tr("%1 It is kept as it is, and scheduling uses the default calendar "
                        "(08:00–12:00 and 13:00–17:30, Monday to Saturday) until the calendar "
                        "is replaced.")
                         .arg(stored.error());
    }
    m_problem->setText(text);
    m_problem->setVisible(!stored.ok());
    m_body->setVisible(!locked); // the default calendar shown here would look like the factory's
    m_save->setVisible(m_editable && !locked);
    m_replace->setVisible(m_editable && locked);
}

void CalendarEditor::startReplacing()
{
    m_replacing = true;
    showStoredProblem();
}

QWidget *CalendarEditor::createShiftsBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *title = new QLabel(tr("Shifts"), box);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_shiftGrid = new QGridLayout;
    m_shiftGrid->setHorizontalSpacing(8);
    m_addShift = new QPushButton(tr("Add shift"), box);
    m_addShift->setObjectName(QStringLiteral("addShiftButton"));
    m_addShift->setVisible(m_editable);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addShift);
    addRow->addStretch(1);
    layout->addWidget(title);
    layout->addLayout(m_shiftGrid);
    layout->addLayout(addRow);
    connect(m_addShift, &QPushButton::clicked, this, [this] {
        // A new shift starts where the last one ends, as a later shift usually does.
        const QTime start = m_shiftRows.isEmpty() ? QTime(8, 0) : m_shiftRows.last().end->time();
        addShiftRow({start, start.addSecs(4 * 3600)});
        updateShiftNotes();
    });
    return box;
}

QWidget *CalendarEditor::createWeekBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *title = new QLabel(tr("Weekly days off:"), box);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(title);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), box);
        check->setObjectName(QStringLiteral("weeklyOff_%1").arg(day));
        check->setEnabled(m_editable);
        m_weekdayOff.append(check);
        layout->addWidget(check);
    }
    layout->addStretch(1);
    return box;
}

QWidget *CalendarEditor::createDateList(DateList &dates, const QString &name, const QString &title)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *heading = new QLabel(title, box);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    dates.edit = new DateEdit(m_workspace->clock().today(), box);
    dates.edit->setObjectName(name + QStringLiteral("Edit"));
    dates.add = new QPushButton(tr("Add"), box);
    dates.add->setObjectName(name + QStringLiteral("AddButton"));
    dates.remove = new QPushButton(tr("Remove"), box);
    dates.remove->setObjectName(name + QStringLiteral("RemoveButton"));
    dates.list = new QListWidget(box);
    dates.list->setObjectName(name + QStringLiteral("List"));
    dates.list->setMinimumHeight(96);
    dates.list->setMaximumHeight(120);
    for (QWidget *widget : {static_cast<QWidget *>(dates.edit), static_cast<QWidget *>(dates.add),
                            static_cast<QWidget *>(dates.remove)})
        widget->setVisible(m_editable);
    auto *pick = new QHBoxLayout;
    pick->addWidget(dates.edit, 1);
    pick->addWidget(dates.add);
    pick->addWidget(dates.remove);
    layout->addWidget(heading);
    layout->addLayout(pick);
    layout->addWidget(dates.list);
    DateList *target = &dates;
    connect(dates.add, &QPushButton::clicked, this,
            [target] { addDate(*target, target->edit->date()); });
    connect(dates.remove, &QPushButton::clicked, this, [target] {
        qDeleteAll(target->list->selectedItems());
        if (target->list->selectedItems().isEmpty() && target->list->currentItem())
            delete target->list->currentItem();
    });
    return box;
}

void CalendarEditor::addDate(DateList &dates, const QDate &date)
{
    if (!date.isValid())
        return;
    QSet<QDate> all = datesOf(dates);
    all.insert(date);
    QList<QDate> sorted(all.cbegin(), all.cend());
    std::sort(sorted.begin(), sorted.end());
    dates.list->clear();
    const QLocale locale;
    for (const QDate &day : sorted) {
        auto *item = new QListWidgetItem(day.toString(Qt::ISODate) + QStringLiteral("  ") +
                                             locale.dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                         dates.list);
        item->setData(DateRole, day);
        if (day == date)
            dates.list->setCurrentItem(item);
    }
}

QSet<QDate> CalendarEditor::datesOf(const DateList &dates)
{
    QSet<QDate> result;
    for (int row = 0; row < dates.list->count(); ++row)
        result.insert(dates.list->item(row)->data(DateRole).toDate());
    return result;
}

void CalendarEditor::addShiftRow(const Shift &shift)
{
    const int row = static_cast<int>(m_shiftRows.size());
    ShiftRow widgets;
    widgets.start = new TimeEdit(shift.start, this);
    widgets.end = new TimeEdit(shift.end, this);
    widgets.note = new QLabel(this);
    widgets.note->setObjectName(QStringLiteral("placeholderNote"));
    widgets.remove = new QPushButton(tr("Remove"), this);
    widgets.remove->setVisible(m_editable);
    widgets.start->setObjectName(QStringLiteral("shiftStart_%1").arg(row));
    widgets.end->setObjectName(QStringLiteral("shiftEnd_%1").arg(row));
    for (QTimeEdit *edit : {widgets.start, widgets.end}) {
        edit->setDisplayFormat(TimeFormat);
        edit->setReadOnly(!m_editable);
        edit->setMinimumWidth(90);
        connect(edit, &QTimeEdit::timeChanged, this, &CalendarEditor::updateShiftNotes);
    }
    m_shiftGrid->addWidget(new QLabel(tr("Shift %1:").arg(row + 1), this), row, 0);
    m_shiftGrid->addWidget(widgets.start, row, 1);
    m_shiftGrid->addWidget(new QLabel(QStringLiteral("–"), this), row, 2);
    m_shiftGrid->addWidget(widgets.end, row, 3);
    m_shiftGrid->addWidget(widgets.note, row, 4);
    m_shiftGrid->addWidget(widgets.remove, row, 5);
    m_shiftGrid->setColumnStretch(6, 1);
    QPushButton *remove = widgets.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] { removeShiftRow(remove); });
    m_shiftRows.append(widgets);
}

void CalendarEditor::removeShiftRow(QPushButton *remove)
{
    QList<Shift> kept;
    for (const ShiftRow &row : std::as_const(m_shiftRows)) {
        if (row.remove != remove)
            kept.append({row.start->time(), row.end->time()});
    }
    setShifts(kept);
}

void CalendarEditor::setShifts(const QList<Shift> &shifts)
{
    // The grid is laid out again so the shifts stay numbered 1, 2, 3 without gaps.
    while (QLayoutItem *item = m_shiftGrid->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr); // out of findChild() and the layout at once
            widget->deleteLater();      // later: a clicked Remove button is one of them
        }
        delete item;
    }
    m_shiftRows.clear();
    for (const Shift &shift : shifts)
        addShiftRow(shift);
    updateShiftNotes();
}

void CalendarEditor::updateShiftNotes()
{
    const QLocale locale;
    for (const ShiftRow &row : std::as_const(m_shiftRows)) {
        const Shift shift{row.start->time(), row.end->time()};
        const QString hours = locale.toString(shift.lengthSeconds() / 3600.0, 'f', 1);
        row.note->setText(shift.crossesMidnight() && shift.end != QTime(0, 0)
                              ? tr("%1 h, ends the next day").arg(hours)
                              : tr("%1 h").arg(hours));
    }
}

QList<Shift> CalendarEditor::editedShifts() const
{
    QList<Shift> shifts;
    for (const ShiftRow &row : m_shiftRows)
        shifts.append({row.start->time(), row.end->time()});
    return shifts;
}

void CalendarEditor::load(const WorkCalendar &calendar)
{
    setShifts(calendar.shifts());
    const QList<Qt::DayOfWeek> off = calendar.weeklyDaysOff();
    for (int i = 0; i < m_weekdayOff.size(); ++i)
        m_weekdayOff.at(i)->setChecked(off.contains(Qt::DayOfWeek(Qt::Monday + i)));
    for (auto [dates, source] : {std::pair{&m_datesOff, &calendar.datesOff()},
                                 std::pair{&m_extraDays, &calendar.extraWorkingDates()}}) {
        dates->list->clear();
        for (const QDate &date : *source)
            addDate(*dates, date);
        dates->list->setCurrentItem(nullptr);
    }
}

void CalendarEditor::save()
{
    QList<Qt::DayOfWeek> weeklyOff;
    for (int i = 0; i < m_weekdayOff.size(); ++i) {
        if (m_weekdayOff.at(i)->isChecked())
            weeklyOff.append(Qt::DayOfWeek(Qt::Monday + i));
    }
    ScheduleService *schedule = m_workspace->schedule();
    if (!m_replacing && !schedule->storedCalendar().ok()) {
        showStoredProblem(); // never written over without the user's choice
        return;
    }
    const Result<WorkCalendar> calendar =
        WorkCalendar::create(editedShifts(), weeklyOff, datesOf(m_datesOff), datesOf(m_extraDays),
                             schedule->calendar().timeZone());
    if (!calendar) {
        m_banner->showMessage(calendar.error());
        return;
    }
    const auto unreadable =
        m_replacing ? ScheduleService::Unreadable::Replace : ScheduleService::Unreadable::Keep;
    if (const Outcome saved = schedule->setCalendar(calendar.value(), unreadable); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    m_replacing = false;
    load(schedule->calendar());
    showStoredProblem();
    m_banner->showMessage(tr("The working calendar is saved and the plan follows it."),
                          MessageBanner::Kind::Success);
}

} // namespace Taktline
