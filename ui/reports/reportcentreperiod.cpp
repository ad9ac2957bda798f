#include "reports/reportcentreperiod.h"

#include "common/fields/dateedit.h"
#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Taktline {

QList<ReportCentrePeriod::Preset> ReportCentrePeriod::presetsFor(ReportKind kind,
                                                                 const QDate &today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate lastMonthStart = monthStart.addMonths(-1);
    switch (kind) {
    case ReportKind::Daily:
        return {{tr("Yesterday"), today.addDays(-1), today.addDays(-1)},
                {tr("Today"), today, today}};
    case ReportKind::Weekly:
        return {{tr("Last week"), monday.addDays(-7), monday.addDays(-1)},
                {tr("This week"), monday, monday.addDays(6)}};
    case ReportKind::Monthly:
        return {{tr("Last month"), lastMonthStart, monthStart.addDays(-1)},
                {tr("This month"), monthStart, monthStart.addMonths(1).addDays(-1)}};
    case ReportKind::Capacity: // the plan looks ahead
        return {{tr("Next 4 weeks"), today, today.addDays(27)},
                {tr("Next 2 weeks"), today, today.addDays(13)},
                {tr("Next 8 weeks"), today, today.addDays(55)}};
    default:
        return {{tr("This month"), monthStart, today},
                {tr("Last month"), lastMonthStart, monthStart.addDays(-1)},
                {tr("Last 7 days"), today.addDays(-6), today},
                {tr("Yesterday"), today.addDays(-1), today.addDays(-1)}};
    }
}

ReportCentrePeriod::ReportCentrePeriod(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_fromLabel(new QLabel(this))
    , m_from(new DateEdit(this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_to(new DateEdit(this))
    , m_span(new QLabel(this))
    , m_presetLayout(new QHBoxLayout)
{
    setObjectName(QStringLiteral("reportPeriod"));
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_span->setObjectName(QStringLiteral("periodSpanLabel"));
    m_span->setStyleSheet(themed(u"color: @muted;"));
    for (DateEdit *edit : {m_from, m_to}) {
        edit->setMinimumWidth(140);
        edit->setMinimumHeight(40);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addLayout(m_presetLayout);
    layout->addSpacing(8);
    layout->addWidget(m_span);
    layout->addStretch(1);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!singleDay() && m_to->date() < m_from->date())
            m_to->setDate(m_from->date());
        updateSpan();
        emit changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        updateSpan();
        emit changed();
    });
    m_from->setDate(m_today.addDays(-1));
    m_to->setDate(m_today.addDays(-1));
    setKind(ReportKind::Daily);
}

void ReportCentrePeriod::setToday(const QDate &today)
{
    m_today = today;
    setKind(m_kind);
}

bool ReportCentrePeriod::singleDay() const
{
    return m_kind == ReportKind::Daily || m_kind == ReportKind::Weekly ||
           m_kind == ReportKind::Monthly;
}

void ReportCentrePeriod::setKind(ReportKind kind)
{
    m_kind = kind;
    const bool single = singleDay();
    m_dash->setVisible(!single);
    m_to->setVisible(!single);
    if (kind == ReportKind::Daily)
        m_fromLabel->setText(tr("Day:"));
    else if (kind == ReportKind::Weekly)
        //: The weekly report: any day of the week it covers.
        m_fromLabel->setText(tr("A day of the week:"));
    else if (kind == ReportKind::Monthly)
        m_fromLabel->setText(tr("A day of the month:"));
    else
        m_fromLabel->setText(tr("From:"));
    rebuildPresets();
    applyPreset(0);
}

QDate ReportCentrePeriod::from() const
{
    return singleDay() ? ReportService::periodAround(m_kind, m_from->date()).first : m_from->date();
}

QDate ReportCentrePeriod::to() const
{
    return singleDay() ? ReportService::periodAround(m_kind, m_from->date()).second : m_to->date();
}

void ReportCentrePeriod::applyPreset(int index)
{
    const QList<Preset> presets = presetsFor(m_kind, m_today);
    if (index < 0 || index >= presets.size())
        return;
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(presets.at(index).from);
    m_to->setDate(presets.at(index).to);
    for (int i = 0; i < m_presets.size(); ++i)
        m_presets.at(i)->setChecked(i == index);
    updateSpan();
    emit changed();
}

void ReportCentrePeriod::rebuildPresets()
{
    qDeleteAll(m_presets);
    m_presets.clear();
    const QList<Preset> presets = presetsFor(m_kind, m_today);
    for (int i = 0; i < presets.size(); ++i) {
        auto *button = new QPushButton(presets.at(i).label, this);
        button->setObjectName(QStringLiteral("periodPreset%1").arg(i));
        button->setCheckable(true);
        button->setAutoExclusive(false);
        button->setMinimumHeight(40);
        connect(button, &QPushButton::clicked, this, [this, i] { applyPreset(i); });
        m_presetLayout->addWidget(button);
        button->setVisible(true); // at once, not when the layout next runs
        m_presets.append(button);
    }
}

void ReportCentrePeriod::updateSpan()
{
    const QDate first = from();
    const QDate last = to();
    m_span->setText(first == last || !singleDay()
                        ? QString()
                        : QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate),
                                                        last.toString(Qt::ISODate)));
    // A preset stays lit only while its dates are the ones shown.
    const QList<Preset> presets = presetsFor(m_kind, m_today);
    for (int i = 0; i < m_presets.size() && i < presets.size(); ++i)
        m_presets.at(i)->setChecked(presets.at(i).from == first && presets.at(i).to == last);
}

} // namespace Taktline
