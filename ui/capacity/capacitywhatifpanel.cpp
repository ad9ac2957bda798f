#include "capacity/capacitywhatifpanel.h"

#include "common/theme.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Taktline {

CapacityWhatIfPanel::CapacityWhatIfPanel(QWidget *parent)
    : QFrame(parent)
    , m_overtime(new QDoubleSpinBox(this))
    , m_dayOff(new QComboBox(this))
    , m_try(new QPushButton(tr("Try"), this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("capacityWhatIf"));
    setStyleSheet(themed(u"#capacityWhatIf { background: @infoFill; border: 1px solid @infoBorder; "
                         u"border-radius: 6px; }"));
    m_overtime->setObjectName(QStringLiteral("overtimeSpin"));
    m_overtime->setRange(0, CapacityAnalyser::MaxOvertimeHours);
    m_overtime->setSingleStep(0.5);
    m_overtime->setDecimals(1);
    //: Overtime hours per working day in the capacity what-if.
    m_overtime->setSuffix(tr(" h"));
    m_overtime->setMinimumHeight(36);
    m_overtime->setToolTip(tr("Overtime after the last shift of every working day. Accepted, it "
                              "becomes one more shift of the calendar on every working day, "
                              "also after the horizon, until it is removed in Settings."));
    m_dayOff->setObjectName(QStringLiteral("workDayOffCombo"));
    m_dayOff->setMinimumHeight(36);
    m_dayOff->setToolTip(tr("Work a weekly day off on every such day of the horizon; holidays "
                            "stay off. Accepted, those dates become extra working days."));
    m_try->setObjectName(QStringLiteral("tryWhatIfButton"));
    m_accept->setObjectName(QStringLiteral("acceptWhatIfButton"));
    m_reset->setObjectName(QStringLiteral("resetWhatIfButton"));
    m_accept->setToolTip(tr("Save the what-if to the working calendar of every device and "
                            "re-plan (needs the right to edit settings)."));
    for (QPushButton *button : {m_try, m_accept, m_reset})
        button->setMinimumHeight(36);
    m_result->setObjectName(QStringLiteral("whatIfResult"));
    m_result->setWordWrap(true);
    m_accept->setEnabled(false);
    m_reset->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("What-if:"), this);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Overtime per day"), this));
    layout->addWidget(m_overtime);
    layout->addSpacing(6);
    layout->addWidget(m_dayOff);
    layout->addWidget(m_try);
    layout->addWidget(m_accept);
    layout->addWidget(m_reset);
    layout->addSpacing(6);
    layout->addWidget(m_result, 1);
    setDaysOff({});

    connect(m_try, &QPushButton::clicked, this, &CapacityWhatIfPanel::tried);
    connect(m_accept, &QPushButton::clicked, this, &CapacityWhatIfPanel::accepted);
    connect(m_reset, &QPushButton::clicked, this, &CapacityWhatIfPanel::reset);
}

void CapacityWhatIfPanel::setDaysOff(const QList<Qt::DayOfWeek> &daysOff)
{
    const int wanted = m_dayOff->currentData().toInt();
    m_dayOff->clear();
    m_dayOff->addItem(daysOff.isEmpty() ? tr("No weekly day off") : tr("No extra day"), 0);
    for (const Qt::DayOfWeek day : daysOff)
        //: The capacity what-if: work every such weekly day off of the horizon, e.g. "Work Sundays".
        m_dayOff->addItem(tr("Work %1s").arg(QLocale().dayName(day)), int(day));
    m_dayOff->setEnabled(!daysOff.isEmpty());
    m_dayOff->setCurrentIndex(std::max(0, m_dayOff->findData(wanted)));
}

CapacityWhatIf CapacityWhatIfPanel::whatIf() const
{
    CapacityWhatIf whatIf;
    whatIf.overtimeHours = m_overtime->value();
    if (const int day = m_dayOff->currentData().toInt(); day > 0)
        whatIf.workedDaysOff = {Qt::DayOfWeek(day)};
    return whatIf;
}

void CapacityWhatIfPanel::setWhatIf(const CapacityWhatIf &whatIf)
{
    m_overtime->setValue(whatIf.overtimeHours);
    m_dayOff->setCurrentIndex(std::max(
        0, m_dayOff->findData(whatIf.workedDaysOff.isEmpty() ? 0 : int(whatIf.workedDaysOff.first()))));
}

void CapacityWhatIfPanel::setResult(const QString &result, bool accepted)
{
    m_result->setText(result);
    m_accept->setEnabled(!result.isEmpty() && !accepted);
    m_reset->setEnabled(!result.isEmpty());
}

QString CapacityWhatIfPanel::resultText() const
{
    return m_result->text();
}

} // namespace Taktline
