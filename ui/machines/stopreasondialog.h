#pragma once

#include "domain/oee/statusspan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimeZone;

namespace Taktline {

class MessageBanner;
class Workspace;

// Gives one stop of a machine's timeline its reason after the fact (补录停机原因): a supervisor
// picks a downtime reason and may add a note; saved as a correcting fact, the stop's event stays.
class StopReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    StopReasonDialog(Workspace *workspace, const QString &machineLabel, const StatusSpan &span,
                     const QTimeZone &zone, QWidget *parent = nullptr);

    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const { return m_ok; }
    QString bannerText() const;

    void accept() override; // saves; a refusal stays in the dialog with its message

private:
    Workspace *m_workspace;
    QString m_eventId;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QPushButton *m_ok;
    MessageBanner *m_banner;
};

} // namespace Taktline
