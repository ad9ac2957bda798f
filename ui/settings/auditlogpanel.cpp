#include "settings/auditlogpanel.h"

#include "common/fields/dateedit.h"
#include "common/lists/emptystate.h"
#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "common/lists/tableviews.h"
#include "domain/clock.h"
#include "item/audit/auditlogmodel.h"
#include "item/audit/audittext.h"
#include "services/access/accesscontrol.h"
#include "services/access/auditlogservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Taktline {

AuditLogPanel::AuditLogPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_service(std::make_unique<AuditLogService>(workspace->database(), workspace->access()))
    , m_model(nullptr)
{
    setObjectName(QStringLiteral("auditLogPanel"));
    const QDate today = workspace->clock().today();
    m_model = new AuditLogModel(m_service.get(), this);
    // The first reading is the filtered one below: no unfiltered count of a large log first.
    QWidget *toolbar = createToolbar();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_view = makeListView(m_model, QStringLiteral("auditLogView"), this);
    using Model = AuditLogModel;
    m_view->setColumnWidth(Model::TimeColumn, 150);
    m_view->setColumnWidth(Model::UserColumn, 100);
    m_view->setColumnWidth(Model::DeviceColumn, 150);
    m_view->setColumnWidth(Model::KindColumn, 100);
    m_view->setColumnWidth(Model::RecordColumn, 130);
    m_view->setColumnWidth(Model::ActionColumn, 160);
    m_view->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToHeaders(m_view);
    EmptyState::install(m_view, [this] {
        if (!m_workspace->access()->allows(Permission::ViewAuditLog))
            return tr("Only the owner may read the audit log.");
        return tr("Nothing was changed in this period, or nothing matches these filters. "
                  "Widen the period or clear the search.");
    });
    m_export = new ListExport(m_view, [] { return tr("Audit log"); }, m_banner);
    toolbar->layout()->addWidget(m_export->button());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_model, &AuditLogModel::errorOccurred, m_banner,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPanel::updateCount);
    fillUsers();
    reload();
}

AuditLogPanel::~AuditLogPanel() = default;

QWidget *AuditLogPanel::createToolbar()
{
    auto *bar = new QWidget(this);
    m_from = new DateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new DateEdit(bar);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_user = new QComboBox(bar);
    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("auditKindCombo"));
    m_kind->addItem(tr("All kinds"), -1);
    for (AuditKind kind : AuditText::allKinds())
        m_kind->addItem(AuditText::kindName(kind), static_cast<int>(kind));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Record, user, device or detail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("From"), bar));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), bar));
    layout->addWidget(m_to);
    layout->addWidget(m_user);
    layout->addWidget(m_kind);
    layout->addWidget(m_search, 1);
    layout->addSpacing(8);
    layout->addWidget(m_count);
    layout->addStretch(0);

    for (DateEdit *date : {m_from, m_to})
        connect(date, &DateEdit::dateChanged, this, &AuditLogPanel::reload);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogPanel::reload);
    // Typing filters after a short pause, so every key press is not a query.
    auto *typingPause = new QTimer(this);
    typingPause->setSingleShot(true);
    typingPause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typingPause, qOverload<>(&QTimer::start));
    connect(typingPause, &QTimer::timeout, this, &AuditLogPanel::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &AuditLogPanel::reload);
    return bar;
}

void AuditLogPanel::fillUsers()
{
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    const Result<QList<QPair<QString, QString>>> users = m_service->users();
    if (!users)
        return; // the model says why
    for (const auto &user : users.value())
        m_user->addItem(user.second, user.first);
}

void AuditLogPanel::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void AuditLogPanel::reload()
{
    if (!m_view)
        return; // still being built
    AuditFilter filter;
    // The period is whole days in the factory's local time, both ends included.
    filter.fromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    filter.beforeMs = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    filter.userId = m_user->currentData().toString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.entities = AuditText::kindEntities(static_cast<AuditKind>(kind));
    filter.search = m_search->text();
    m_model->setFilter(filter);
    if (EmptyState *empty = EmptyState::of(m_view))
        empty->refresh();
}

void AuditLogPanel::updateCount()
{
    m_count->setText(tr("%n change(s)", nullptr, m_model->totalCount()));
}

} // namespace Taktline
