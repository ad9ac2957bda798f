#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Taktline {

class Workspace;

// The work-order detail's serial numbers (序列号): how many the order has, and the button that
// opens SerialsDialog, enabled only when the user's role and the order's state allow it.
class SerialsBar final : public QWidget
{
    Q_OBJECT
public:
    explicit SerialsBar(Workspace *workspace, QWidget *parent = nullptr);

    // Shows WORK_ORDER_ID's serials; an empty id hides the bar.
    void showWorkOrder(const QString &workOrderId);
    QPushButton *button() const { return m_button; }
    QLabel *countLabel() const { return m_count; }

private:
    void reload();
    void openDialog();

    Workspace *m_workspace;
    QString m_id;
    QLabel *m_count;
    QPushButton *m_button;
};

} // namespace Taktline
