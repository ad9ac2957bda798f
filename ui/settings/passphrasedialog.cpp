#include "settings/passphrasedialog.h"

#include "services/access/passwordhasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

PassphraseDialog::PassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Backup passphrase"));
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_second->setObjectName(QStringLiteral("passphraseRepeatEdit"));
    for (QLineEdit *edit : {m_first, m_second})
        edit->setEchoMode(QLineEdit::Password);
    m_first->setPlaceholderText(PasswordHasher::strengthHint());
    auto *intro = new QLabel(tr("Backups written from now on are encrypted with this passphrase. "
                                "Restoring one of them asks for it."),
                             this);
    intro->setWordWrap(true);
    auto *warning = new QLabel(tr("Write the passphrase down and keep it somewhere safe. Nobody "
                                  "can recover a lost passphrase — not Taktline, not its makers — "
                                  "and without it the encrypted backups cannot be restored."),
                               this);
    warning->setObjectName(QStringLiteral("passphraseWarning"));
    warning->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("dialogError"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Encrypt backups"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_first);
    form->addRow(tr("Repeat passphrase:"), m_second);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::accept()
{
    QString problem;
    if (m_first->text() != m_second->text())
        problem = tr("The two passphrases are not the same.");
    else if (const Outcome strong = PasswordHasher::checkStrength(m_first->text()); !strong)
        problem = strong.error();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
