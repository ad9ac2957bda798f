#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace Taktline {

class MachineTimeline;
class MessageBanner;
class StopReasonDialog;
class Workspace;

// One machine's day (设备时间线) in a window of its own: a day picker, the coloured bands with
// the reports on top, a legend, what the chosen band was, and — for a supervisor — a way to give
// a stop its reason after the fact.
class MachineTimelineDialog final : public QDialog
{
    Q_OBJECT
public:
    MachineTimelineDialog(Workspace *workspace, const QString &machineId,
                          QWidget *parent = nullptr);

    MachineTimeline *timeline() const { return m_timeline; }
    QDate day() const;
    void setDay(const QDate &day);
    QString bannerText() const;
    QString detailText() const;
    QPushButton *reasonButton() const { return m_reasonButton; }
    // Asks for a reason for band INDEX (a window-modal dialog); null when it takes none.
    StopReasonDialog *giveReason(int index);
    void reload();

private:
    QWidget *createLegend();
    void showDetail();

    Workspace *m_workspace;
    QString m_machineId;
    QString m_machineLabel;
    QDateEdit *m_date;
    MessageBanner *m_banner;
    MachineTimeline *m_timeline;
    QLabel *m_detail;
    QLabel *m_summary;
    QPushButton *m_reasonButton;
};

} // namespace Taktline
