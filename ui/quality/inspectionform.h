#pragma once

#include "services/quality/inspectionservice.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Taktline {

class InspectionRow;
class Workspace;

// The inspection form (检验单) for the tablet and the office: the subject and sampling plan at
// the top, one big row per characteristic judged as it is typed, a sample stepper for sampled
// inspections, and Save once every required entry is filled. Opened by the station for a first
// article (with the inspector's badge and PIN in the prefilled input) and by the due list.
class InspectionForm final : public QDialog
{
    Q_OBJECT
public:
    // PREFILLED names the subject (kind, operation / order / lot, machine, request) and, at a
    // station, the inspector (employeeId, pinConfirmation); its entries, if any, are shown.
    InspectionForm(Workspace *workspace, const InspectionInput &prefilled,
                   QWidget *parent = nullptr);
    ~InspectionForm() override;

    // What the form would save now, and its verdict (as InspectionService::preview judges it).
    InspectionInput input() const;
    const InspectionPlan &plan() const { return m_plan; }
    int sampleCount() const { return m_sampleCount; }
    int currentSample() const { return m_sample; } // 1-based
    void showSample(int sampleNo);

    // For the tests and the station: the parts a person presses.
    InspectionRow *row(int index) const { return m_rows.value(index); }
    int rowCount() const { return int(m_rows.size()); }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *nextSampleButton() const { return m_next; }
    QPushButton *previousSampleButton() const { return m_previous; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *errorLabel() const { return m_error; }
    QString lastError() const;

    // Saves (as the Save button does); true when saved.
    bool save();

signals:
    void recorded(const QString &inspectionId, bool passed);

private:
    void load();
    void buildHeader(QVBoxLayout *layout);
    QList<InspectionEntry> collected() const; // m_entries with the shown sample's rows
    void refresh();

    Workspace *m_workspace;
    InspectionInput m_input;
    InspectionSubject m_subject;
    InspectionPlan m_plan;
    QString m_loadError;
    int m_sampleCount = 1;
    int m_sample = 1;
    QList<InspectionEntry> m_entries; // every sample's entries, as typed so far
    QList<InspectionRow *> m_rows;
    QLabel *m_header = nullptr;
    QLabel *m_sampling = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Taktline
