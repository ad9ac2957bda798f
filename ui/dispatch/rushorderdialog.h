#pragma once

#include "services/planning/rushpreview.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Taktline {

class MessageBanner;
class Workspace;

// Inserting a rush order (插单): pick a released or running work order by its number, see what
// putting it at the front of its machines does — its own planned end before → after and every
// order that becomes late or later — and only then insert it. Cancel changes nothing.
class RushOrderDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RushOrderDialog(Workspace *workspace, QWidget *parent = nullptr);

    const RushPreview &preview() const { return m_preview; }
    // After Insert: the order's queue ranks before and after, for undo and redo.
    const QHash<QString, double> &ranksBefore() const { return m_ranksBefore; }
    const QHash<QString, double> &ranksAfter() const { return m_ranksAfter; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *candidates() const { return m_candidates; }
    QTableWidget *impactTable() const { return m_impact; }
    QString summaryText() const;
    void choose(const QString &workOrderId);
    void accept() override;

private:
    void search();
    void showPreview(const QString &workOrderId);
    void addImpactRow(const WorkOrderDelay &delay, bool newlyLate);

    Workspace *m_workspace;
    RushPreview m_preview;
    QHash<QString, double> m_ranksBefore;
    QHash<QString, double> m_ranksAfter;
    QLineEdit *m_search;
    QListWidget *m_candidates;
    QLabel *m_summary;
    QLabel *m_verdict;
    QTableWidget *m_impact;
    QPushButton *m_insert;
    MessageBanner *m_banner;
};

} // namespace Taktline
