#pragma once

#include "domain/quality/characteristicjudge.h"

#include <QFrame>
#include <QHash>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Taktline {

// One characteristic of the inspection form: its name, nominal and limits with unit, gauge and
// method, and a big entry for gloved fingers — a number field judged as it is typed, 合格/不合格
// buttons, one button per choice, or a photo picked from a file — with the judge's line in green
// or red beneath.
class InspectionRow final : public QFrame
{
    Q_OBJECT
public:
    explicit InspectionRow(const Characteristic &characteristic, QWidget *parent = nullptr);

    const Characteristic &characteristic() const { return m_characteristic; }
    // What is entered, for sample SAMPLE_NO; an empty entry when nothing is.
    InspectionEntry entry(int sampleNo) const;
    void setEntry(const InspectionEntry &entry); // shows ENTRY (or clears the row)
    bool isEmpty() const;
    // The judge's verdict on what is entered: none while empty, else ok / fail, or refused.
    std::optional<Result<Judgement>> judgement() const;

    QLineEdit *valueField() const { return m_value; } // measured only
    // KEY is "pass" / "fail" for pass/fail, the choice's text for a choice.
    QPushButton *button(const QString &key) const { return m_buttons.value(key); }
    QPushButton *photoButton() const { return m_photo; }
    QLabel *judgementLabel() const { return m_judgement; }
    // Loads the photo at PATH, scaled to at most 1600 px and stored as JPEG; false when unreadable.
    bool setPhotoFile(const QString &path);

signals:
    void changed();

private:
    void pickPhoto();
    void showJudgement();

    Characteristic m_characteristic;
    QLineEdit *m_value = nullptr;
    QButtonGroup *m_group = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    QPushButton *m_photo = nullptr;
    QString m_photoBase64;
    QLabel *m_judgement = nullptr;
};

} // namespace Taktline
