#include "machines/andonanswerdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Taktline {

AndonAnswerDialog::AndonAnswerDialog(const AndonCall &call, Answer answer, qint64 nowMs,
                                     const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_callId(call.id)
    , m_answer(answer)
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("andonAnswerDialog"));
    const bool closing = answer == Answer::Close;
    setWindowTitle(closing ? tr("Close the andon call") : tr("Acknowledge the andon call"));
    const QString called = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(call.calledAtMs, zone).time(), QStringLiteral("HH:mm"));
    auto *what =
        new QLabel(tr("%1  %2 calls for %3")
                       .arg(call.machineCode, call.machineName, andonKindDisplayName(call.kind)),
                   this);
    what->setObjectName(QStringLiteral("andonAnswerWhat"));
    what->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    const QString who =
        call.employeeName.isEmpty() ? QString() : tr(" by %1").arg(call.employeeName);
    const int minutesAgo = int(std::max<qint64>(0, nowMs - call.calledAtMs) / 60000);
    auto *when =
        new QLabel(tr("Called at %1%2, %n min ago.", nullptr, minutesAgo).arg(called, who), this);
    when->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("andonNote"));
    m_note->setPlaceholderText(closing ? tr("What was done (optional)")
                                       : tr("Who is coming, when (optional)"));
    m_note->setMaxLength(500);
    auto *form = new QFormLayout;
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(closing ? tr("Close the call") : tr("Acknowledge"));
    m_ok->setObjectName(QStringLiteral("andonAnswerOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(when);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QString AndonAnswerDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace Taktline
