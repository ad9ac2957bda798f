#include "shell/mainwindow.h"

#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "dashboard/dashboardpage.h"
#include "machines/machinespage.h"
#include "domain/masterdata/masterdataspecs.h"
#include "masterdata/masterdatapage.h"
#include "quality/qualitypage.h"
#include "reports/reportspage.h"
#include "services/access/accesscontrol.h"
#include "services/backup/backupscheduler.h"
#include "services/chain/chaincheck.h"
#include "services/masterdata/settingsservice.h"
#include "services/sync/conflictservice.h"
#include "services/sync/synccontroller.h"
#include "services/undofeedback.h"
#include "services/workspace.h"
#include "settings/settingspage.h"
#include "shell/backupwarningbar.h"
#include "shell/navigationrail.h"
#include "shell/setupchecklistpage.h"
#include "shell/syncindicator.h"
#include "station/stationpage.h"
#include "sync/conflictspage.h"
#include "trace/lots/lotspanel.h"
#include "trace/traceabilitypage.h"
#include "workorders/workorderspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Taktline {

MainWindow::MainWindow(Workspace *workspace, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_language(language)
    , m_rail(new NavigationRail(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_demoBadge(new QLabel(QStringLiteral("DEMO"), this))
    , m_banner(new MessageBanner(this))
    , m_backupWarning(new BackupWarningBar(workspace, this))
    , m_backupScheduler(new BackupScheduler(workspace->backups(), this))
    , m_chainBanner(new MessageBanner(this))
    , m_chainCheck(new ChainCheck(workspace->database().path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/taktline.svg")));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_headerLayout = new QHBoxLayout(header);
    m_headerLayout->setContentsMargins(24, 14, 24, 14);
    m_headerLayout->addWidget(m_title);
    m_headerLayout->addSpacing(12);
    m_headerLayout->addWidget(m_demoBadge);
    m_headerLayout->addStretch(1);
    m_headerLayout->addWidget(m_subtitle);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(header);
    auto *bannerHolder = new QVBoxLayout;
    bannerHolder->setContentsMargins(16, 8, 16, 0);
    bannerHolder->setSpacing(8);
    bannerHolder->addWidget(m_backupWarning);
    m_chainBanner->setObjectName(QStringLiteral("chainBanner"));
    bannerHolder->addWidget(m_chainBanner);
    bannerHolder->addWidget(m_banner);
    contentLayout->addLayout(bannerHolder);
    contentLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    createActions();
    connect(m_rail, &NavigationRail::pageRequested, this, &MainWindow::setCurrentPage);
    connect(m_workspace->undoFeedback(), &UndoFeedback::refused, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_chainCheck, &ChainCheck::checked, this, &MainWindow::showChainCheck);
    connect(m_workspace->settings(), &SettingsService::settingsChanged, this, &MainWindow::updateHeader);
    connect(m_workspace->access(), &AccessControl::sessionChanged, this, &MainWindow::rebuildPages);
    connect(m_backupWarning, &BackupWarningBar::setUpRequested, this,
            [this] { showPageTab(Page::Settings, QStringLiteral("backup")); });
    connect(m_backupScheduler, &BackupScheduler::backupFailed, this, [this](const QString &why) {
        if (!m_closing) // on exit the close dialog says it
            m_banner->showMessage(
                tr("The automatic backup failed: %1 It is tried again in a few minutes; "
                   "Settings ▸ Backup shows the folder and the last good backup.")
                    .arg(why));
    });
    m_backupScheduler->start(std::chrono::minutes(5));
    rebuildPages();
    retranslateUi();
    resize(1280, 800);
}

void MainWindow::createActions()
{
    QUndoStack *stack = m_workspace->undoStack();
    m_undo = stack->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this);
    // Ctrl+Y as on Windows and Ctrl+Shift+Z as on Linux, whatever the platform's default.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Y),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redo->setShortcuts(redoKeys);
    // Ctrl+E exports the list showing, as its "Export to Excel…" button does.
    m_exportList = new QAction(this);
    m_exportList->setObjectName(QStringLiteral("exportListAction"));
    m_exportList->setShortcut(ListExport::shortcut());
    connect(m_exportList, &QAction::triggered, this, &MainWindow::exportCurrentList);
    m_signOut = new QAction(this);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportList);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
}

QList<Page> MainWindow::visiblePages() const
{
    QList<Page> pages;
    for (Page page : allPages()) {
        if (!pageVisible(page, [this](Permission p) { return m_workspace->access()->allows(p); }))
            continue;
        // One PC on its own has nothing to disagree with: no Conflicts page until it syncs.
        if (page == Page::Conflicts
            && (!m_conflicts || (!m_sync->isConfigured() && m_conflicts->openCount() == 0)))
            continue;
        pages.append(page);
    }
    return pages;
}

void MainWindow::setSync(SyncController *sync, ConflictService *conflicts)
{
    if (m_sync || !sync || !conflicts)
        return;
    m_sync = sync;
    m_conflicts = conflicts;
    m_syncIndicator = new SyncIndicator(m_workspace, sync, this);
    // In the page header, not a status bar: at 1280×800 the pages have no 35 pixels to spare.
    m_headerLayout->addSpacing(16);
    m_headerLayout->addWidget(m_syncIndicator);
    m_headerLayout->setContentsMargins(24, 10, 24, 10);
    connect(m_syncIndicator, &SyncIndicator::settingsRequested, this,
            [this] { showPageTab(Page::Settings, QStringLiteral("sync")); });
    connect(m_syncIndicator, &SyncIndicator::conflictsRequested, this,
            [this] { setCurrentPage(Page::Conflicts); });
    // A server set up or a first conflict brings the Conflicts page into the rail; only that
    // page comes or goes, so a dialog open on another page is left alone.
    const auto railChanged = [this] {
        const bool wanted = visiblePages().contains(Page::Conflicts);
        if (wanted == m_pages.contains(Page::Conflicts))
            return;
        if (wanted) {
            QWidget *page = createPage(Page::Conflicts);
            m_pages.insert(Page::Conflicts, page);
            m_stack->addWidget(page);
        } else if (m_current != Page::Conflicts) {
            QWidget *page = m_pages.take(Page::Conflicts);
            m_stack->removeWidget(page);
            page->deleteLater();
        }
        QList<Page> shown;
        for (Page page : allPages()) {
            if (m_pages.contains(page))
                shown.append(page);
        }
        m_rail->setVisiblePages(shown);
    };
    // Another device's changes may bring or settle conflicts: the lists and marks read again.
    connect(m_sync, &SyncController::remoteChangesApplied, m_conflicts,
            &ConflictService::conflictsChanged);
    connect(m_sync, &SyncController::remoteChangesApplied, this, &MainWindow::takeRemoteChanges);
    connect(m_sync, &SyncController::statusChanged, this, railChanged);
    connect(m_conflicts, &ConflictService::conflictsChanged, this, railChanged);
    rebuildPages();
}

QWidget *MainWindow::createPage(Page page)
{
    switch (page) {
    case Page::MasterData:
        return new MasterDataPage(m_workspace, m_stack);
    case Page::Settings: {
        auto *settings = new SettingsPage(m_workspace, m_language, m_stack);
        connect(settings, &SettingsPage::restoreRequested, this, &MainWindow::restoreRequested);
        settings->addSyncTab(m_sync);
        connect(settings, &SettingsPage::conflictsRequested, this,
                [this] { setCurrentPage(Page::Conflicts); });
        return settings;
    }
    case Page::WorkOrders:
        return new WorkOrdersPage(m_workspace, m_stack);
    case Page::Machines:
        return new MachinesPage(m_workspace, m_stack);
    case Page::Station: {
        auto *station = new StationPage(m_workspace, m_stack);
        station->setSync(m_sync);
        return station;
    }
    case Page::Conflicts:
        return new ConflictsPage(m_conflicts, m_stack);
    case Page::Reports:
        return new ReportsPage(m_workspace, m_stack);
    case Page::Quality:
        return new QualityPage(m_workspace, m_stack);
    case Page::Traceability: {
        auto *trace = new TraceabilityPage(m_workspace, m_stack);
        trace->lots()->setConflicts(m_conflicts);
        return trace;
    }
    case Page::Dashboard: {
        const auto openStep = [this](SetupStep step) {
            if (step == SetupStep::FirstWorkOrder)
                showPageTab(Page::WorkOrders, QStringLiteral("list"));
            else if (step == SetupStep::Backups)
                showPageTab(Page::Settings, QStringLiteral("backup"));
            else if (step == SetupStep::Badges)
                showPageTab(Page::MasterData, setupStepKey(SetupStep::Employees));
            else
                showPageTab(Page::MasterData, setupStepKey(step));
        };
        // A factory without its first work order has nothing to chart yet: its checklist is the
        // dashboard. Once orders exist, the dashboard shows what is left to set up in a slim bar.
        const Result<QList<SetupStepState>> steps = SetupChecklist::read(*m_workspace);
        bool ordering = false;
        for (const SetupStepState &state : steps ? steps.value() : QList<SetupStepState>())
            ordering |= state.step == SetupStep::FirstWorkOrder && state.done;
        if (ordering) {
            auto *dashboard = new DashboardPage(m_workspace, m_stack);
            connect(dashboard, &DashboardPage::setupStepChosen, this, openStep);
            return dashboard;
        }
        auto *checklist = new SetupChecklistPage(m_workspace, m_stack);
        connect(checklist, &SetupChecklistPage::stepChosen, this, openStep);
        return checklist;
    }
    }
    Q_UNREACHABLE();
    return nullptr;
}

void MainWindow::showPageTab(Page page, const QString &tab)
{
    setCurrentPage(page);
    if (m_current != page || tab.isEmpty())
        return;
    QWidget *widget = m_pages.value(page);
    if (auto *workOrders = qobject_cast<WorkOrdersPage *>(widget)) {
        workOrders->showTab(tab);
    } else if (auto *reports = qobject_cast<ReportsPage *>(widget)) {
        reports->showTab(tab);
    } else if (auto *quality = qobject_cast<QualityPage *>(widget)) {
        quality->showTab(tab);
    } else if (auto *settings = qobject_cast<SettingsPage *>(widget)) {
        settings->showTab(tab);
    } else if (auto *trace = qobject_cast<TraceabilityPage *>(widget)) {
        trace->showTab(tab);
    } else if (auto *masterData = qobject_cast<MasterDataPage *>(widget)) {
        if (tab == QLatin1String("routings"))
            masterData->showRoutings();
        else if (tab == QLatin1String("boms"))
            masterData->showBoms();
        for (MasterDataKind kind : allMasterDataKinds()) {
            const EntitySpec &spec = entitySpec(kind);
            if (tab == spec.key || tab == spec.table)
                masterData->showList(kind);
        }
    }
}

void MainWindow::rebuildPages()
{
    // Pages are made again after a language or session change: every label comes out in the
    // new language and every page shows only what the new role may do.
    const QList<QWidget *> old = m_pages.values();
    m_pages.clear();
    m_stalePages.clear();
    for (QWidget *widget : old) {
        m_stack->removeWidget(widget);
        widget->deleteLater();
    }
    const QList<Page> pages = visiblePages();
    for (Page page : pages) {
        QWidget *widget = createPage(page);
        m_pages.insert(page, widget);
        m_stack->addWidget(widget);
    }
    m_rail->setVisiblePages(pages);
    if (!pages.isEmpty())
        setCurrentPage(pages.contains(m_current) ? m_current : pages.constFirst());
}

// Another device's changes are in the file. The page in use reads them at once where it can
// without losing what the user is doing (its filter, selection and tab); the others are made
// again when next shown, not on every change that arrives. The station and Settings read the
// file on every action and are kept.
void MainWindow::takeRemoteChanges()
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const Page page = it.key();
        if (page == Page::Station || page == Page::Settings || page == Page::Conflicts)
            continue;
        if (page != m_current) {
            m_stalePages.insert(page);
            continue;
        }
        QWidget *widget = it.value();
        if (widget->metaObject()->indexOfMethod("reload()") >= 0)
            QMetaObject::invokeMethod(widget, "reload");
    }
}

// Makes PAGE anew in its place in the stack.
void MainWindow::remakePage(Page page)
{
    QWidget *old = m_pages.value(page);
    QWidget *fresh = createPage(page);
    m_stack->insertWidget(m_stack->indexOf(old), fresh);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages.insert(page, fresh);
}

void MainWindow::setCurrentPage(Page page)
{
    if (!m_pages.contains(page))
        return;
    if (m_stalePages.remove(page))
        remakePage(page);
    QWidget *widget = m_pages.value(page);
    m_current = page;
    m_stack->setCurrentWidget(widget);
    m_rail->setCurrentPage(page);
    m_banner->hide();
    updateHeader();
}

// Unlike the page's banner it stays across pages: the user is warned until the chain holds.
void MainWindow::showChainCheck(const QString &problem)
{
    if (problem.isEmpty()) {
        m_chainBanner->hide();
        return;
    }
    m_chainBanner->showMessage(
        tr("The hash chain of the recorded facts is broken. %1 Keep this file as it is, run "
           "\"taktline verify\" for the full list, and compare it with your latest backup.")
            .arg(problem));
}

void MainWindow::exportCurrentList()
{
    ListExport *list = ListExport::showingIn(m_pages.value(m_current));
    if (!list) {
        m_banner->showMessage(tr("This page shows no list to export. Open a list, then press %1.")
                                  .arg(ListExport::shortcut().toString(QKeySequence::NativeText)),
                              MessageBanner::Kind::Info);
        return;
    }
    if (!list->button()->isEnabled()) { // no trace yet, no wages in the period
        m_banner->showMessage(tr("This list has nothing to export yet."),
                              MessageBanner::Kind::Info);
        return;
    }
    list->exportToExcel();
}

void MainWindow::updateHeader()
{
    m_title->setText(pageTitle(m_current));
    const auto &session = m_workspace->access()->session();
    const QString user = session ? tr("%1 (%2)").arg(session->displayName, roleDisplayName(session->role))
                                 : QString();
    const QString factory = m_workspace->settings()->factoryName();
    m_subtitle->setText(factory.isEmpty() ? user : factory + QStringLiteral("  ·  ") + user);
    const bool demo = m_workspace->settings()->isDemo();
    m_demoBadge->setVisible(demo);
    QString title = QStringLiteral("Taktline");
    if (!factory.isEmpty())
        title += QStringLiteral(" — ") + factory;
    if (demo)
        title += QStringLiteral(" — DEMO");
    setWindowTitle(title);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_exportList->setText(tr("&Export list to Excel…"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_rail->retranslate();
    updateHeader();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Deferred: the change may come from a widget on a page that is about to be replaced.
        QMetaObject::invokeMethod(this, &MainWindow::rebuildPages, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The backup on exit, when automatic backups are on: each close, so the day's last work is
    // in a backup (rotation thins them out). A failure asks before the window goes.
    m_closing = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<Result<BackupEntry>> backup = m_backupScheduler->backupOnExit();
    QApplication::restoreOverrideCursor();
    m_closing = false;
    if (backup && !backup->ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Backup on exit"),
                        tr("The backup on exit failed: %1").arg(backup->error()),
                        QMessageBox::NoButton, this);
        QPushButton *close = box.addButton(tr("Close without a backup"), QMessageBox::AcceptRole);
        box.addButton(tr("Stay open"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != close) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

} // namespace Taktline
