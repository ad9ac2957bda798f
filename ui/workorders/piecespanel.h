#pragma once

#include "services/places/placeservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Taktline {

class Workspace;

// The Pieces tab of a work order (零件位置): per step its finished pieces not yet taken by the
// next step and where they lie ("A-01 货架 30 · 未放置 12"), and Move pieces… for the office.
class PiecesPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Column { StepColumn, PiecesColumn, WhereColumn, ColumnCount };

    explicit PiecesPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showWorkOrder(const QString &workOrderId);
    QTableWidget *table() const { return m_table; }
    QPushButton *moveButton() const { return m_move; }
    QString summary() const;
    // "A-01 货架 30 · 未放置 12": where the pieces of one step are.
    static QString whereText(const StepPieces &step);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshLater();
    void openMoveDialog();

    Workspace *m_workspace;
    QString m_workOrderId;
    QLabel *m_summary;
    QPushButton *m_move;
    QTableWidget *m_table;
    QList<StepPieces> m_steps;
    bool m_stale = false;
};

} // namespace Taktline
