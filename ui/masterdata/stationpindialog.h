#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Taktline {

class MessageBanner;
class StationPinService;

// Sets or clears one employee's station PIN (工位PIN码) from Master data ▸ Employees: the PIN
// typed twice, masked; whether one is set is shown, the PIN itself never.
class StationPinDialog final : public QDialog
{
    Q_OBJECT
public:
    StationPinDialog(StationPinService *pins, const QString &employeeId, const QString &name,
                     const QString &badge, QWidget *parent = nullptr);

    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *clearButton() const { return m_clear; }
    QString errorText() const;

private:
    void setPin();
    void clearPin();
    void updateState();

    StationPinService *m_pins;
    QString m_employeeId;
    QLabel *m_state;
    QLineEdit *m_pin;
    QLineEdit *m_repeat;
    MessageBanner *m_error;
    QPushButton *m_set;
    QPushButton *m_clear;
};

} // namespace Taktline
