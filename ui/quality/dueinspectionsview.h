#pragma once

#include "services/quality/inspectionservice.h"

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace Taktline {

class InspectionForm;
class Workspace;

// The due list (待检): what waits for an inspector now — machine, kind, order and step or lot,
// why and since when — of every machine or one, refreshed when inspections or requests change;
// Inspect opens the inspection form for the selected row.
class DueInspectionsView final : public QWidget
{
    Q_OBJECT
public:
    explicit DueInspectionsView(Workspace *workspace, QWidget *parent = nullptr);

    void setMachine(const QString &machineId); // empty: every machine
    void reload();
    // Opens the form for the selected row (non-modal, deleted on close); null when none.
    InspectionForm *openSelected();
    const QList<DueInspection> &rows() const { return m_due; }

private:
    Workspace *m_workspace;
    QString m_machineId;
    QList<DueInspection> m_due;
    QString m_error;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace Taktline
