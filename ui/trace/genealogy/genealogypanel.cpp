#include "trace/genealogy/genealogypanel.h"

#include "common/lists/listexport.h"
#include "common/messagebanner.h"
#include "item/trace/tracetext.h"
#include "item/trace/tracetreemodel.h"
#include "scan/camerascandialog.h"
#include "scan/scannerinputfilter.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"
#include "trace/genealogy/recenttracesbutton.h"
#include "trace/genealogy/traceexport.h"
#include "trace/genealogy/serialmovesline.h"
#include "trace/genealogy/tracetimeline.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// Trees up to this size open fully; bigger ones show orders and steps, one click from the rest.
constexpr int ExpandAllLimit = 250;
// Below these tree widths the code and machine columns and the times' year, then the who column,
// make way for the titles, which name them too (and the tooltips and exports keep them).
constexpr int AllColumnsWidth = 1000;
constexpr int WhoColumnWidth = 720;

} // namespace

GenealogyPanel::GenealogyPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(banner)
    , m_model(new TraceTreeModel(this))
    , m_export(new TraceExport(workspace, m_model, banner, this))
{
    setObjectName(QStringLiteral("genealogyPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("traceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_moves = new SerialMovesLine(workspace, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(createSearchBar());
    layout->addWidget(m_summary);
    layout->addWidget(m_moves);
    layout->addWidget(createResultView(), 1);
}

QWidget *GenealogyPanel::createSearchBar()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("traceSearchField"));
    m_search->setPlaceholderText(
        tr("Scan or type a work order, production lot, material lot or serial number"));
    m_search->setClearButtonEnabled(true);
    ScannerInputFilter::makeScanField(m_search);
    auto *traceButton = new QPushButton(tr("Trace"), bar);
    traceButton->setObjectName(QStringLiteral("traceButton"));
    traceButton->setProperty("primary", true);
    auto *camera = new QPushButton(tr("Camera"), bar);
    camera->setObjectName(QStringLiteral("cameraButton"));
    camera->setFocusPolicy(Qt::NoFocus);
    camera->setToolTip(tr("Scan a code with the tablet's camera"));
    m_recent = new RecentTracesButton(bar);

    m_directions = new QButtonGroup(bar);
    auto *directionRow = new QHBoxLayout;
    directionRow->setSpacing(0);
    const QList<std::pair<TraceDirection, const char *>> directions{
        {TraceDirection::Auto, "directionAuto"},
        {TraceDirection::Backward, "directionBackward"},
        {TraceDirection::Forward, "directionForward"}};
    for (const auto &[direction, name] : directions) {
        auto *button = new QPushButton(TraceText::directionName(direction), bar);
        button->setObjectName(QString::fromLatin1(name));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        m_directions->addButton(button, int(direction));
        directionRow->addWidget(button);
    }
    m_directions->button(int(TraceDirection::Auto))->setChecked(true);
    m_directions->button(int(TraceDirection::Auto))
        ->setToolTip(tr("A material lot is traced forward to where it went; anything else "
                        "backward to what went into it."));
    m_directions->button(int(TraceDirection::Backward))
        ->setToolTip(tr("What went into it: steps, reports, material lots, components."));
    m_directions->button(int(TraceDirection::Forward))
        ->setToolTip(tr("Where it went: the work orders a lot was fed to, the product a serial "
                        "was fitted into."));

    // The trace is a tree: its workbook lists every node with its depth (TraceWorkbook).
    auto *excel = new ListExport(
        this, [this] { return m_export->suggestedFileName(m_tracedCode); },
        [this](const QString &path) {
            return m_export->excelTo(path, m_tracedCode, m_usedDirection);
        },
        m_banner);
    m_excel = excel->button();
    m_pdf = new QPushButton(tr("Save as PDF…"), bar);
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    for (QPushButton *button : {m_excel, m_pdf}) {
        button->setEnabled(false);
        button->setFocusPolicy(Qt::NoFocus);
    }

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(traceButton);
    searchRow->addWidget(camera);
    searchRow->addWidget(m_recent);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->setSpacing(8);
    optionsRow->addLayout(directionRow);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_pdf);
    optionsRow->addWidget(m_excel); // at the right end, as on every list
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addLayout(optionsRow);

    connect(traceButton, &QPushButton::clicked, this, &GenealogyPanel::traceTyped);
    connect(camera, &QPushButton::clicked, this, &GenealogyPanel::scanWithCamera);
    connect(m_recent, &RecentTracesButton::chosen, this,
            [this](const QString &code, TraceDirection direction) {
                setDirection(direction);
                trace(code, direction);
            });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { m_export->saveAsPdf(m_tracedCode, m_usedDirection); });
    return bar;
}

QWidget *GenealogyPanel::createResultView()
{
    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Scan or type a code to see its genealogy: a work order or its "
                                "production lot backward to the steps, reports and material lots "
                                "in it; a material lot forward to every work order it went into; "
                                "a serial number to its steps and components."),
                             m_stack);
    empty->setObjectName(QStringLiteral("emptyTrace"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(40);

    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(QStringLiteral("traceTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(false); // a double-click traces the node's code
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(48);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TraceTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->installEventFilter(this);
    m_timeline = new TraceTimeline(m_stack);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("traceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GenealogyPanel::nodeChosenInTree);
    connect(m_tree, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { drillInto(m_model->nodeId(index)); });
    connect(m_timeline, &TraceTimeline::nodeSelected, this, &GenealogyPanel::nodeChosenInTimeline);
    connect(m_timeline, &TraceTimeline::nodeActivated, this, &GenealogyPanel::drillInto);
    return m_stack;
}

bool GenealogyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void GenealogyPanel::fitColumns()
{
    const int width = m_tree->width();
    m_tree->setColumnHidden(TraceTreeModel::CodeColumn, width < AllColumnsWidth);
    m_tree->setColumnHidden(TraceTreeModel::MachineColumn, width < AllColumnsWidth);
    m_tree->setColumnHidden(TraceTreeModel::EmployeeColumn, width < WhoColumnWidth);
    m_model->setCompactTimes(width < AllColumnsWidth); // the year is in the timeline's days
}

TraceDirection GenealogyPanel::direction() const
{
    return static_cast<TraceDirection>(m_directions->checkedId());
}

void GenealogyPanel::setDirection(TraceDirection direction)
{
    m_directions->button(int(direction))->setChecked(true);
}

bool GenealogyPanel::hasTrace() const
{
    return !m_model->isEmpty();
}

QString GenealogyPanel::summaryText() const
{
    return hasTrace() ? m_summary->text() : QString();
}

QStringList GenealogyPanel::recentCodes() const
{
    return m_recent->codes();
}

Outcome GenealogyPanel::exportExcelTo(const QString &path) const
{
    return m_export->writeExcel(path, m_usedDirection);
}

Outcome GenealogyPanel::exportPdfTo(const QString &path) const
{
    return m_export->writePdf(path, m_usedDirection);
}

Outcome GenealogyPanel::trace(const QString &code, TraceDirection direction)
{
    const QString typed = ScannerInputFilter::stripNoise(code).trimmed();
    m_search->setText(typed);
    m_search->selectAll();
    const TraceLookup lookup(m_workspace);
    Result<TraceNode> found = lookup.trace(typed, direction);
    QString note;
    if (!found && direction != TraceDirection::Auto) {
        // Forward chosen for a work order, say: it still has a trace, in its own direction.
        Result<TraceNode> natural = lookup.trace(typed, TraceDirection::Auto);
        if (natural &&
            TraceText::usedDirection(natural.value(), TraceDirection::Auto) != direction) {
            note = tr("%1 has no %2; the %3 is shown instead.")
                       .arg(typed, TraceText::directionName(direction),
                            TraceText::directionName(
                                TraceText::usedDirection(natural.value(), TraceDirection::Auto)));
            found = std::move(natural);
            direction = TraceDirection::Auto;
        }
    }
    if (!found) {
        m_banner->showMessage(found.error()); // the trace shown stays for comparison
        return found.outcome();
    }
    if (note.isEmpty())
        m_banner->hide();
    else
        m_banner->showMessage(note, MessageBanner::Kind::Info);
    TraceNode root = std::move(found).value();
    BlockReasons blockReasons;
    markBlockedLots(root, blockReasons);
    m_usedDirection = TraceText::usedDirection(root, direction);
    m_tracedCode = root.code;
    m_summary->setText(TraceText::summary(root, m_usedDirection));
    m_summary->show();
    if (root.kind == TraceNode::Kind::Serial)
        m_moves->showSerial(root.code);
    else
        m_moves->clearMoves();
    m_model->setTrace(std::move(root));
    if (m_model->nodeCount() <= ExpandAllLimit)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(1);
    m_timeline->setTrace(m_model);
    m_stack->setCurrentIndex(1);
    m_excel->setEnabled(true);
    m_pdf->setEnabled(true);
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_tree->setCurrentIndex(m_model->indexOfNode(0));
    }
    m_timeline->selectNode(0);
    m_recent->remember(typed, direction);
    return Outcome::success();
}

void GenealogyPanel::traceTyped()
{
    trace(m_search->text());
    m_search->setFocus();
}

void GenealogyPanel::scanWithCamera()
{
    CameraScanDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.code().isEmpty())
        trace(dialog.code());
}

void GenealogyPanel::drillInto(int nodeId)
{
    const TraceNode *node = m_model->node(nodeId);
    if (!node)
        return;
    const QString code = TraceText::drillCode(*node);
    if (code.isEmpty()) {
        m_banner->showMessage(tr("A production report has no code of its own: double-click its "
                                 "step or work order to trace further."),
                              MessageBanner::Kind::Info);
        return;
    }
    setDirection(TraceDirection::Auto);
    trace(code, TraceDirection::Auto);
}

void GenealogyPanel::nodeChosenInTree(const QModelIndex &current)
{
    if (m_syncing)
        return;
    const QScopedValueRollback syncing(m_syncing, true);
    m_timeline->selectNode(m_model->nodeId(current));
}

void GenealogyPanel::nodeChosenInTimeline(int nodeId)
{
    if (m_syncing)
        return;
    const QScopedValueRollback syncing(m_syncing, true);
    const QModelIndex index = m_model->indexOfNode(nodeId);
    m_tree->scrollTo(index); // opens the branches above it
    m_tree->setCurrentIndex(index);
}

void GenealogyPanel::markBlockedLots(TraceNode &node, BlockReasons &reasons) const
{
    // A backward trace lists the lots fed, not whether they are blocked now; a complaint needs
    // to see that at once. Each lot is looked up once, however often it was fed.
    if (node.kind == TraceNode::Kind::Lot && !node.details.contains(QStringLiteral("blocked"))) {
        auto known = reasons.constFind(node.code);
        if (known == reasons.constEnd()) {
            const Result<MaterialLot> lot = m_workspace->trace()->lot(node.code);
            known = reasons.insert(node.code, lot && lot.value().blocked
                                                  ? std::optional(lot.value().blockReason)
                                                  : std::nullopt);
        }
        if (known->has_value()) {
            node.details.insert(QStringLiteral("blocked"), true);
            node.details.insert(QStringLiteral("block_reason"), **known);
        }
    }
    for (TraceNode &child : node.children)
        markBlockedLots(child, reasons);
}

} // namespace Taktline
