#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Taktline {

class Workspace;

// The owner's warning on the main window when the factory file has not been backed up for the
// days Settings ▸ Backup names, or has no backup folder yet; its button opens that page. It goes
// away with the next good backup. Other roles never see it.
class BackupWarningBar final : public QFrame
{
    Q_OBJECT
public:
    explicit BackupWarningBar(Workspace *workspace, QWidget *parent = nullptr);

    QString text() const; // empty while hidden
    QPushButton *button() const { return m_button; }
    void refresh(); // shows or hides the warning for the backups and the session as they are now

signals:
    void setUpRequested();

private:
    Workspace *m_workspace;
    QLabel *m_label;
    QPushButton *m_button;
};

} // namespace Taktline
