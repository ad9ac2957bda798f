#pragma once

#include "domain/andon/andoncall.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTimeZone;

namespace Taktline {

// Asks a supervisor to confirm acknowledging (on the way) or closing (done) one andon call, with
// an optional note such as what was done; the caller saves the answer.
class AndonAnswerDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Answer { Acknowledge, Close };
    // Times show in ZONE, the factory calendar's.
    AndonAnswerDialog(const AndonCall &call, Answer answer, qint64 nowMs, const QTimeZone &zone,
                      QWidget *parent = nullptr);

    QString callId() const { return m_callId; }
    Answer answer() const { return m_answer; }
    QString note() const;
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const { return m_ok; }

private:
    QString m_callId;
    Answer m_answer;
    QLineEdit *m_note;
    QPushButton *m_ok;
};

} // namespace Taktline
