#pragma once

#include "services/quality/inspectionservice.h"

#include <QWidget>

class QComboBox;
class QStandardItemModel;
class QTableView;

namespace Taktline {

class Workspace;

// The recorded inspections (检验记录) of a period, of one kind or all: when, kind, subject,
// product, sampling, result and inspector; a voided inspection is shown struck through.
class InspectionsView final : public QWidget
{
    Q_OBJECT
public:
    explicit InspectionsView(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    QComboBox *periodBox() const { return m_period; }
    QComboBox *kindBox() const { return m_kind; }
    const QList<InspectionRecord> &rows() const { return m_records; }

private:
    Workspace *m_workspace;
    QList<InspectionRecord> m_records;
    QString m_error;
    QComboBox *m_period;
    QComboBox *m_kind;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace Taktline
