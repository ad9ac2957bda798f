#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Taktline {

// Asks for a new backup passphrase twice, with the password fields' strength hint and the plain
// warning that a lost passphrase cannot be recovered: without it, the encrypted backups are lost.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(QWidget *parent = nullptr);

    QString passphrase() const;
    QLineEdit *firstEdit() const { return m_first; }
    QLineEdit *secondEdit() const { return m_second; }
    QPushButton *okButton() const { return m_ok; }
    void accept() override; // refuses two different passphrases or a weak one, in words

private:
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace Taktline
