#pragma once

#include "services/places/placeservice.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;

namespace Taktline {

class MessageBanner;
class Workspace;

// Moves pieces of a work order's step from the office (移库): the step, where from (not placed
// or a place that holds some), where to and how many. A refusal stays in the dialog, nothing
// written; a move closes it.
class MoveDialog final : public QDialog
{
    Q_OBJECT
public:
    // STEPS: the order's steps with pieces, as PlaceService::piecesOf gives them.
    MoveDialog(Workspace *workspace, const QString &workOrderId, const QList<StepPieces> &steps,
               QWidget *parent = nullptr);

    QComboBox *stepCombo() const { return m_step; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QDoubleSpinBox *quantitySpin() const { return m_quantity; }
    QPushButton *okButton() const { return m_ok; }
    MessageBanner *banner() const { return m_banner; }
    QString movedId() const { return m_movedId; }

private:
    void fillFrom();
    void save();

    Workspace *m_workspace;
    QString m_workOrderNumber;
    QList<StepPieces> m_steps;
    QComboBox *m_step;
    QComboBox *m_from;
    QComboBox *m_to;
    QDoubleSpinBox *m_quantity;
    QPushButton *m_ok;
    MessageBanner *m_banner;
    QString m_movedId;
};

} // namespace Taktline
