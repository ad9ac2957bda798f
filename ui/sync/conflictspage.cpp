#include "sync/conflictspage.h"

#include "common/lists/emptystate.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "item/sync/conflictlistmodel.h"
#include "item/sync/synctext.h"
#include "services/sync/conflictservice.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// Actions that void a report or fold one record into another: a person confirms them.
bool isDestructive(const QString &key)
{
    return key == QLatin1String("void_report") || key == QLatin1String("merge")
           || key.startsWith(QLatin1String("void")) || key.startsWith(QLatin1String("merge"));
}

QLabel *detailLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConflictsPage::ConflictsPage(ConflictService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new ConflictListModel(service, this))
    , m_banner(new MessageBanner(this))
    , m_confirm([](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_showResolved = new QCheckBox(tr("Show resolved"), this);
    m_showResolved->setObjectName(QStringLiteral("showResolvedCheck"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("placeholderNote"));
    auto *intro = new QLabel(tr("When two devices change the same thing while apart, what they did "
                                "is kept and listed here. Choose one and settle it."),
                             this);
    intro->setObjectName(QStringLiteral("placeholderNote"));
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_showResolved);

    m_view = makeListView(m_model, QStringLiteral("conflictsView"), this, TableRows::Touch);
    // The short columns take what their words need; what each device did gets the rest, and
    // the details pane beside shows it whole.
    for (int column : {ConflictListModel::KindColumn, ConflictListModel::SubjectColumn,
                       ConflictListModel::FoundColumn, ConflictListModel::StateColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConflictListModel::DevicesColumn,
                                                     QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);
    EmptyState::install(m_view, [this] {
        return m_showResolved->isChecked() ? tr("No conflicts so far.")
                                           : tr("No open conflicts: the devices agree.");
    });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_showResolved, &QCheckBox::toggled, m_model, &ConflictListModel::setIncludeResolved);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n open", nullptr, m_service->openCount()));
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPage::showSelected);
    reload();
}

QWidget *ConflictsPage::createDetails()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("placeholderCard"));
    pane->setAttribute(Qt::WA_StyledBackground);
    pane->setMinimumWidth(320);
    m_title = detailLabel(pane, QStringLiteral("placeholderTitle"));
    m_subject = detailLabel(pane, QStringLiteral("conflictSubject"));
    m_found = detailLabel(pane, QStringLiteral("placeholderNote"));
    m_details = detailLabel(pane, QStringLiteral("conflictDetails"));
    m_resolution = detailLabel(pane, QStringLiteral("conflictResolution"));
    m_actions = new QWidget(pane);
    m_actionsLayout = new QVBoxLayout(m_actions);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsLayout->setSpacing(8);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subject);
    layout->addWidget(m_found);
    layout->addWidget(m_details);
    layout->addWidget(m_resolution);
    layout->addStretch(1);
    layout->addWidget(m_actions);
    return pane;
}

void ConflictsPage::reload()
{
    if (Outcome loaded = m_model->reload(); !loaded)
        m_banner->showMessage(loaded.error());
}

void ConflictsPage::selectConflict(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

const SyncConflict *ConflictsPage::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->conflictAt(current.row()) : nullptr;
}

void ConflictsPage::showSelected()
{
    while (QLayoutItem *item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const SyncConflict *conflict = selected();
    m_title->setText(conflict ? SyncText::kindName(conflict->kind)
                              : tr("Choose a conflict in the list."));
    for (QLabel *label : {m_subject, m_found, m_details, m_resolution})
        label->setVisible(conflict);
    if (!conflict)
        return;
    m_subject->setText(conflict->subject);
    m_found->setText(tr("Found %1").arg(QLocale().toString(conflict->foundAt.toLocalTime(),
                                                            QLocale::ShortFormat)));
    QStringList lines;
    for (const QString &line : conflict->details)
        lines << QStringLiteral("• ") + line;
    m_details->setText(lines.join(QLatin1Char('\n')));
    const bool open = !conflict->resolvedAt.isValid();
    m_resolution->setText(open ? QString()
                               : tr("Resolved %1: %2")
                                     .arg(QLocale().toString(conflict->resolvedAt.toLocalTime(),
                                                             QLocale::ShortFormat),
                                          conflict->resolution));
    m_resolution->setVisible(!open);
    if (!open)
        return;
    for (const SyncConflict::Action &action : conflict->actions) {
        auto *button = new QPushButton(action.label, m_actions);
        button->setObjectName(QStringLiteral("conflictAction_") + action.key);
        button->setMinimumHeight(44);
        const QString key = action.key;
        connect(button, &QPushButton::clicked, this, [this, key] { runAction(key); });
        m_actionsLayout->addWidget(button);
    }
}

void ConflictsPage::runAction(const QString &actionKey)
{
    const SyncConflict *conflict = selected();
    if (!conflict)
        return;
    const auto action = std::find_if(conflict->actions.cbegin(), conflict->actions.cend(),
                                     [&](const SyncConflict::Action &a) { return a.key == actionKey; });
    if (action == conflict->actions.cend())
        return;
    const QString id = conflict->id;
    const QString subject = conflict->subject;
    const QString label = action->label;
    const QString targetId = action->targetId;
    if (isDestructive(actionKey)
        && !m_confirm(this, tr("Settle the conflict"),
                      tr("%1 — %2?\n\nThe change goes to every device and is kept in the "
                         "audit log.")
                          .arg(subject, label)))
        return;
    if (Outcome resolved = m_service->resolve(id, actionKey, targetId); !resolved) {
        m_banner->showMessage(resolved.error());
        return;
    }
    m_banner->showMessage(tr("%1: %2 — done.").arg(subject, label), MessageBanner::Kind::Success);
    reload();
}

} // namespace Taktline
