#pragma once

#include <QDateEdit>

namespace Taktline {

// The one date field of the app: yyyy-MM-dd with a calendar pop-up, and Tab / Shift+Tab move
// to the next / previous field instead of walking through the year, month and day sections
// (what a person types after Tab must never land in the day of a date).
class DateEdit final : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(const QDate &date, QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Taktline
