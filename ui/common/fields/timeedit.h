#pragma once

#include <QTimeEdit>

namespace Taktline {

// The one time-of-day field of the app (a shift's start and end): Tab / Shift+Tab move to the
// next / previous field instead of walking through the hour and minute sections, like DateEdit.
class TimeEdit final : public QTimeEdit
{
    Q_OBJECT
public:
    explicit TimeEdit(const QTime &time, QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
};

} // namespace Taktline
