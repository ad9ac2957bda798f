#pragma once

#include "domain/sync/syncstatus.h"

#include <QWidget>

class QPushButton;

namespace Taktline {

class SyncController;
class Workspace;

// The word on sync in the header of every page: "Synced ✓", "3 waiting", "Offline since 13:40",
// "Sync error" or "This PC only" — a coloured dot and the words (never colour alone), big
// enough for a gloved finger. A press opens Settings ▸ Sync; while conflicts are open a second
// button says how many and opens the Conflicts view.
class SyncIndicator final : public QWidget
{
    Q_OBJECT
public:
    SyncIndicator(Workspace *workspace, SyncController *sync, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *statusButton() const { return m_status; }
    QPushButton *conflictsButton() const { return m_conflicts; }
    void showStatus(const SyncStatus &status);

signals:
    void settingsRequested();
    void conflictsRequested();

private:
    Workspace *m_workspace;
    QPushButton *m_status;
    QPushButton *m_conflicts;
};

} // namespace Taktline
