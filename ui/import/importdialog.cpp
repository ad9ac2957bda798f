#include "import/importdialog.h"

#include "common/files/namedfileiconprovider.h"
#include "common/files/savefiledialog.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "item/import/importcommand.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Taktline {

namespace {

enum ProblemColumn { SheetColumn, RowColumn, CellColumn, ValueColumn, ReasonColumn };

QStandardItem *item(const QString &text)
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setToolTip(text);
    return cell;
}

} // namespace

ImportDialog::ImportDialog(Workspace *workspace, ImportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_template(new QPushButton(tr("Download template…"), this))
    , m_current(new QPushButton(tr("Export current data for editing…"), this))
    , m_counts(new QLabel(this))
    , m_problems(new QStandardItemModel(0, 5, this))
    , m_problemView(nullptr)
    , m_banner(new MessageBanner(this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_errorWorkbook(new QPushButton(tr("Save error workbook…"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from Excel"));
    for (const ImportKind each : ImportKinds::all())
        m_kind->addItem(ImportKinds::displayName(each), int(each));
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    m_kind->setMinimumWidth(200);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("An .xlsx or .csv file: choose it or type its path"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_template->setObjectName(QStringLiteral("templateButton"));
    m_current->setObjectName(QStringLiteral("currentDataButton"));
    m_counts->setObjectName(QStringLiteral("importCountsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setStyleSheet(themed(u"font-size: 15px; color: @ink;"));
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->hide();
    m_errorWorkbook->setObjectName(QStringLiteral("errorWorkbookButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setProperty("primary", true);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button :
         {m_choose, m_template, m_current, m_undo, m_errorWorkbook, m_import, m_close}) {
        button->setMinimumHeight(40);
        button->setAutoDefault(false); // Enter in the file field checks the file, never imports
    }
    m_kind->setMinimumHeight(40);
    m_file->setMinimumHeight(40);

    m_problems->setHorizontalHeaderLabels(
        {tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_problemView =
        makeListView(m_problems, QStringLiteral("importProblemTable"), this, TableRows::Office);
    m_problemView->setSortingEnabled(true);
    m_problemView->sortByColumn(RowColumn, Qt::AscendingOrder);
    m_problemView->setWordWrap(false);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->setColumnWidth(SheetColumn, 110);
    m_problemView->setColumnWidth(RowColumn, 70);
    m_problemView->setColumnWidth(CellColumn, 150);
    m_problemView->setColumnWidth(ValueColumn, 160);
    fitColumnsToHeaders(m_problemView);

    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("What the file holds:"), this), 0, 0);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_template);
    kindRow->addWidget(m_current);
    kindRow->addStretch(1);
    form->addLayout(kindRow, 0, 1);
    form->addWidget(new QLabel(tr("File:"), this), 1, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    form->addLayout(fileRow, 1, 1);
    form->setColumnStretch(1, 1);
    auto *result = new QHBoxLayout;
    result->addWidget(m_banner, 1);
    result->addWidget(m_undo);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_errorWorkbook);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_counts);
    layout->addWidget(m_problemView, 1);
    layout->addLayout(result);
    layout->addLayout(buttons);
    setTabOrder(m_kind, m_template);
    setTabOrder(m_template, m_current);
    setTabOrder(m_current, m_file);
    setTabOrder(m_file, m_choose);
    setTabOrder(m_choose, m_problemView);
    setTabOrder(m_problemView, m_undo);
    setTabOrder(m_undo, m_errorWorkbook);
    setTabOrder(m_errorWorkbook, m_import);
    setTabOrder(m_import, m_close);
    resize(1040, 640);

    setKind(kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_file->text().isEmpty() && !m_done)
            setFile(m_file->text());
    });
    connect(m_file, &QLineEdit::returnPressed, this, [this] { setFile(m_file->text()); });
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_template, &QPushButton::clicked, this, [this] { askTemplate(false); });
    connect(m_current, &QPushButton::clicked, this, [this] { askTemplate(true); });
    connect(m_errorWorkbook, &QPushButton::clicked, this, &ImportDialog::askErrorWorkbook);
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(); });
    connect(m_undo, &QPushButton::clicked, this, &ImportDialog::undoImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    showPlan();
}

ImportDialog *ImportDialog::openFor(Workspace *workspace, ImportKind kind, QWidget *parent)
{
    auto *dialog = new ImportDialog(workspace, kind, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

void ImportDialog::chooseFile()
{
    QFileDialog dialog(this, tr("Choose the file to import"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                       tr("Excel or CSV (*.xlsx *.csv)"));
    NamedFileIconProvider::protect(dialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setFile(dialog.selectedFiles().constFirst());
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_banner->hide();
    m_undo->hide();
    m_done = false;
    m_plan.reset();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImportPlan> checked =
        ImportService(*m_workspace).dryRun(kind(), QDir::fromNativeSeparators(path));
    QGuiApplication::restoreOverrideCursor();
    if (!checked)
        m_banner->showMessage(checked.error());
    else
        m_plan = std::move(checked).value();
    showPlan();
}

void ImportDialog::showPlan()
{
    m_problems->removeRows(0, m_problems->rowCount());
    if (!m_plan) {
        m_counts->setText(m_file->text().isEmpty()
                              ? tr("Download the template, fill it in Excel, then choose it "
                                   "here. Nothing is written until you press Import.")
                              : QString());
        updateButtons();
        return;
    }
    const ImportPlan &plan = *m_plan;
    const ImportCounts &counts = plan.counts;
    QString text = tr("%n row(s) read", nullptr, plan.dataRows);
    if (!plan.sheet.isEmpty())
        text = tr("%1 from sheet “%2”").arg(text, plan.sheet);
    if (plan.ok()) {
        //: What a dry run read, then what an import would do.
        text = tr("%1: %2").arg(text, tr("%1 to add, %2 to change, %3 unchanged.")
                                          .arg(counts.added)
                                          .arg(counts.changed)
                                          .arg(counts.unchanged));
    } else {
        //: What a dry run read, then how many problems it found.
        text = tr("%1. %2").arg(
            text, tr("%n problem(s) to fix first; nothing is imported while any is left.",
                     nullptr, int(plan.problems.size())));
    }
    m_counts->setText(text);
    m_counts->setStyleSheet(plan.ok() ? themed(u"font-size: 15px; color: @ink;")
                                      : themed(u"font-size: 15px; color: @red; font-weight: 600;"));
    for (const ImportProblem &problem : plan.problems) {
        auto *row = new QStandardItem;
        row->setEditable(false);
        if (problem.row > 0)
            row->setData(problem.row, Qt::DisplayRole); // a number: sorts 9 before 10
        const QString cell = problem.column.isEmpty()
                                 ? problem.header
                                 : QStringLiteral("%1  %2").arg(problem.column, problem.header);
        m_problems->appendRow({item(problem.sheet), row, item(cell.trimmed()), item(problem.value),
                               item(problem.reason)});
    }
    const QHeaderView *header = m_problemView->horizontalHeader();
    m_problems->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool clean = m_plan && m_plan->ok() && m_plan->counts.rows() > 0;
    m_import->setEnabled(clean && !m_done);
    m_errorWorkbook->setEnabled(m_plan && !m_plan->ok());
    m_problemView->setVisible(m_plan && !m_plan->problems.isEmpty());
}

bool ImportDialog::runImport()
{
    if (!m_plan || !m_plan->ok() || m_done)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImportPlan> done = ImportService(*m_workspace).run(m_plan->kind, m_plan->path);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        m_banner->showMessage(done.error());
        return false;
    }
    if (!done.value().ok()) { // the file changed since the dry run
        m_plan = std::move(done).value();
        showPlan();
        return false;
    }
    m_plan = std::move(done).value();
    m_done = true;
    const ImportCounts counts = m_plan->counts;
    const QString what = ImportKinds::displayName(m_plan->kind);
    m_workspace->undoStack()->push(
        new ImportCommand(*m_workspace, m_workspace->undoFeedback(), *m_plan));
    m_banner->showMessage(tr("Imported %1: %2 added, %3 changed, %4 unchanged.")
                              .arg(what)
                              .arg(counts.added)
                              .arg(counts.changed)
                              .arg(counts.unchanged),
                          MessageBanner::Kind::Success);
    m_undo->show();
    m_undo->setEnabled(true);
    updateButtons();
    emit imported();
    return true;
}

void ImportDialog::undoImport()
{
    QUndoStack *stack = m_workspace->undoStack();
    const int commands = stack->count();
    stack->undo();
    // A command the service refused to undo is dropped from the stack (UndoFeedback says why).
    const bool refused = stack->count() < commands;
    if (m_plan)
        setFile(m_plan->path); // checked again: it can be imported once more
    if (refused)
        m_banner->showMessage(tr("The import could not be taken back."));
    else
        m_banner->showMessage(tr("The import was taken back."), MessageBanner::Kind::Info);
    emit imported();
}

Outcome ImportDialog::saveTemplate(const QString &path, bool withCurrentData)
{
    return ImportService(*m_workspace).writeTemplate(kind(), path, withCurrentData);
}

Outcome ImportDialog::saveErrorWorkbook(const QString &path)
{
    if (!m_plan)
        return Outcome::failure(tr("Choose a file first."));
    return ImportService(*m_workspace).writeErrorWorkbook(*m_plan, path);
}

void ImportDialog::askTemplate(bool withCurrentData)
{
    const QString what = ImportKinds::displayName(kind());
    const QString path = SaveFileDialog::ask(
        this, withCurrentData ? tr("Export current data for editing") : tr("Download template"),
        withCurrentData ? what : tr("%1 template").arg(what), {SaveFileDialog::Kind::Excel});
    if (path.isEmpty())
        return;
    if (Outcome saved = saveTemplate(path, withCurrentData); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    m_banner->showMessage(
        tr("Saved %1. Fill it in Excel, then choose it here.").arg(QDir::toNativeSeparators(path)),
        MessageBanner::Kind::Success);
}

void ImportDialog::askErrorWorkbook()
{
    const QString name = QFileInfo(m_plan ? m_plan->path : QString()).completeBaseName();
    const QString path =
        SaveFileDialog::ask(this, tr("Save error workbook"), tr("%1 problems").arg(name),
                            {SaveFileDialog::Kind::Excel});
    if (path.isEmpty())
        return;
    if (Outcome saved = saveErrorWorkbook(path); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    m_banner->showMessage(tr("Saved the rows with problems to %1: fix them there and import "
                             "that file.")
                              .arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Success);
}

} // namespace Taktline
