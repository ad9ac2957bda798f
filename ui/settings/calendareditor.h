#pragma once

#include "domain/planning/workcalendar.h"

#include <QGroupBox>

class QCheckBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace Taktline {

class DateEdit;
class MessageBanner;
class Workspace;

// The factory's working calendar (工作日历) in Settings: shifts (a night shift may run past
// midnight), weekly days off, holidays and extra working days. Saving replans every machine;
// without the right to edit settings it is shown read-only. A stored calendar that cannot be
// read is reported and locked until the user chooses to replace it.
class CalendarEditor final : public QGroupBox
{
    Q_OBJECT
public:
    CalendarEditor(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    void load(const WorkCalendar &calendar);
    void save();
    // Unlocks an unreadable stored calendar for replacement by the one entered now.
    void startReplacing();

private:
    // One editable date list: the date picker, its Add button and the dates chosen.
    struct DateList
    {
        DateEdit *edit = nullptr;
        QListWidget *list = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
    };
    // One shift row: start and end time, a note on its length, a remove button.
    struct ShiftRow
    {
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
        QLabel *note = nullptr;
        QPushButton *remove = nullptr;
    };

    QWidget *createShiftsBox();
    QWidget *createWeekBox();
    QWidget *createDateList(DateList &dates, const QString &name, const QString &title);
    void addShiftRow(const Shift &shift);
    void removeShiftRow(QPushButton *remove);
    void setShifts(const QList<Shift> &shifts);
    void updateShiftNotes();
    static void addDate(DateList &dates, const QDate &date);
    static QSet<QDate> datesOf(const DateList &dates);
    QList<Shift> editedShifts() const;
    void showStoredProblem();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    bool m_editable;
    QGridLayout *m_shiftGrid = nullptr;
    QList<ShiftRow> m_shiftRows;
    QPushButton *m_addShift = nullptr;
    QList<QCheckBox *> m_weekdayOff; // Monday first
    DateList m_datesOff;
    DateList m_extraDays;
    QPushButton *m_save = nullptr;
    QWidget *m_body = nullptr;             // everything that edits the calendar
    QLabel *m_problem = nullptr;           // why the stored calendar cannot be read
    QPushButton *m_replace = nullptr;      // "Replace the calendar"
    bool m_replacing = false;              // the user chose to replace an unreadable calendar
};

} // namespace Taktline
