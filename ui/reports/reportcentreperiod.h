#pragma once

#include "services/reports/reportservice.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Taktline {

class DateEdit;

// The period of the report centre: a day for the daily report, a day of the week or month for
// the weekly and monthly reports, from–to for the others, with presets a person uses most
// (yesterday, last week, last month …) and the period the report will cover spelt out.
class ReportCentrePeriod final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportCentrePeriod(QWidget *parent = nullptr);

    // TODAY: the factory's day by its clock, what the presets count from.
    void setToday(const QDate &today);
    void setKind(ReportKind kind);
    ReportKind kind() const { return m_kind; }
    // The period the report covers (a whole week or month for those kinds).
    QDate from() const;
    QDate to() const;
    // Picks the preset INDEX of the current kind's presets (0: the most used one).
    void applyPreset(int index);
    QList<QPushButton *> presetButtons() const { return m_presets; }
    DateEdit *fromEdit() const { return m_from; }
    DateEdit *toEdit() const { return m_to; }

signals:
    void changed();

private:
    struct Preset
    {
        QString label;
        QDate from;
        QDate to;
    };
    static QList<Preset> presetsFor(ReportKind kind, const QDate &today);
    bool singleDay() const;
    void rebuildPresets();
    void updateSpan();

    ReportKind m_kind = ReportKind::Daily;
    QDate m_today;
    QLabel *m_fromLabel;
    DateEdit *m_from;
    QLabel *m_dash;
    DateEdit *m_to;
    QLabel *m_span;
    QHBoxLayout *m_presetLayout;
    QList<QPushButton *> m_presets;
};

} // namespace Taktline
