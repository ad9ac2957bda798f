#pragma once

#include "domain/planning/workorder.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Taktline {

class MessageBanner;
class Workspace;

// Generates serial numbers (序列号) for one work order: the pattern (Settings' default), how
// many (what the order still lacks), a live preview of the first and last, Generate, and then
// the labels of the batch just made, saved as one PDF or printed. Refusals stay in the dialog.
class SerialsDialog final : public QDialog
{
    Q_OBJECT
public:
    SerialsDialog(Workspace *workspace, const QString &workOrderId, QWidget *parent = nullptr);

    // Why serial numbers cannot be generated for ORDER by the signed-in user (their role, or
    // the order's state); empty when they can.
    static QString whyNotAllowed(Workspace *workspace, const WorkOrder &order);

    // The serial numbers the last Generate made in this dialog.
    const QStringList &generated() const { return m_generated; }
    MessageBanner *banner() const { return m_banner; }
    // Generates with the pattern and count shown; says in the banner what was made or why not.
    bool generate();
    // Writes the labels of the batch just generated to PATH, one page each; what the file
    // dialog's choice leads to. Says in the banner what was written or why not.
    bool saveLabelsPdf(const QString &path);

private:
    void reloadOrder();
    int lackingCount() const; // the order's quantity less its serials, at least 1
    void updatePreview();
    void chooseLabelsFile();
    void printLabels();

    Workspace *m_workspace;
    QString m_workOrderId;
    WorkOrder m_order;
    int m_existing = 0;
    QStringList m_generated;
    MessageBanner *m_banner;
    QLabel *m_orderText;
    QLabel *m_existingText;
    QLineEdit *m_pattern;
    QSpinBox *m_count;
    QLabel *m_preview;
    QPushButton *m_generate;
    QLabel *m_batchText;
    QPushButton *m_saveLabels;
    QPushButton *m_printLabels;
};

} // namespace Taktline
