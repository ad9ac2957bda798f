#pragma once

#include "shell/page.h"

#include <QHash>
#include <QSet>
#include <QMainWindow>

class QAction;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace Taktline {

class BackupScheduler;
class BackupWarningBar;
class LanguageManager;
class ChainCheck;
class ConflictService;
class SyncController;
class SyncIndicator;
class MessageBanner;
class NavigationRail;
class Workspace;

// The window: navigation rail, page header, the pages and the menus. It only wires pages,
// actions and the session; every feature lives in its page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace *workspace, LanguageManager *language, QWidget *parent = nullptr);

    Page currentPage() const { return m_current; }
    void setCurrentPage(Page page);
    // The page, and on it the tab named TAB ("machines", "routings", "gantt", …) if it has one.
    void showPageTab(Page page, const QString &tab);
    QWidget *pageWidget(Page page) const { return m_pages.value(page); }
    QList<Page> visiblePages() const;
    MessageBanner *banner() const { return m_banner; }
    BackupWarningBar *backupWarning() const { return m_backupWarning; }
    BackupScheduler *backupScheduler() const { return m_backupScheduler; }
    // The warning that stays while the factory's hash chain is broken (hidden while it holds).
    MessageBanner *chainBanner() const { return m_chainBanner; }
    ChainCheck *chainCheck() const { return m_chainCheck; }
    // With sync: the indicator in the header of every page, Settings ▸ Sync, the station's offline line and,
    // once a server is set up or a conflict is open, the Conflicts page. Pages are made again.
    void setSync(SyncController *sync, ConflictService *conflicts);
    SyncIndicator *syncIndicator() const { return m_syncIndicator; } // null without sync

signals:
    void signOutRequested();
    // The owner confirmed restoring a backup on Settings ▸ Backup (see WorkspaceHost).
    void restoreRequested(const QString &file, const QString &passphrase);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildPages();
    void takeRemoteChanges();
    void remakePage(Page page);
    QWidget *createPage(Page page);
    void retranslateUi();
    void updateHeader();
    void exportCurrentList();
    void showChainCheck(const QString &problem);

    Workspace *m_workspace;
    LanguageManager *m_language;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    QHBoxLayout *m_headerLayout = nullptr;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_demoBadge;
    MessageBanner *m_banner;
    BackupWarningBar *m_backupWarning;
    BackupScheduler *m_backupScheduler;
    MessageBanner *m_chainBanner;
    ChainCheck *m_chainCheck;
    SyncController *m_sync = nullptr;
    ConflictService *m_conflicts = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    QHash<Page, QWidget *> m_pages;
    QSet<Page> m_stalePages; // other devices' changes arrived while they were not shown
    Page m_current = Page::Dashboard;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_exportList = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    bool m_closing = false;
};

} // namespace Taktline
