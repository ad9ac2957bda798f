#pragma once

#include "services/capacity/capacityanalyser.h"

#include <QFrame>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace Taktline {

// The what-if controls of the capacity tab (假设分析): overtime hours after the last shift of
// every working day and a weekly day off worked in the horizon, with Try, Accept and Reset and
// a line saying what the what-if did.
class CapacityWhatIfPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit CapacityWhatIfPanel(QWidget *parent = nullptr);

    // The calendar's weekly days off, the ones that can be worked.
    void setDaysOff(const QList<Qt::DayOfWeek> &daysOff);
    CapacityWhatIf whatIf() const;
    void setWhatIf(const CapacityWhatIf &whatIf);
    // RESULT: what the tried what-if did (empty: none tried); Accept is offered while one is.
    void setResult(const QString &result, bool accepted);

    QDoubleSpinBox *overtime() const { return m_overtime; }
    QComboBox *dayOff() const { return m_dayOff; }
    QPushButton *tryButton() const { return m_try; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *resetButton() const { return m_reset; }
    QString resultText() const;

signals:
    void tried();
    void accepted();
    void reset();

private:
    QDoubleSpinBox *m_overtime;
    QComboBox *m_dayOff;
    QPushButton *m_try;
    QPushButton *m_accept;
    QPushButton *m_reset;
    QLabel *m_result;
};

} // namespace Taktline
