#include "reports/reportcentre.h"

#include "common/files/savefiledialog.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "reports/reportcentreexport.h"
#include "reports/reportcentreperiod.h"
#include "reports/reportcentresheet.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Taktline {

namespace {

const char *const LastFolderKey = "reportCentre/lastFolder";

QString periodText(const QDate &from, const QDate &to)
{
    return from == to ? from.toString(Qt::ISODate)
                      : QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate),
                                                      to.toString(Qt::ISODate));
}

} // namespace

ReportCentre::ReportCentre(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kinds(new QListWidget(this))
    , m_period(new ReportCentrePeriod(this))
    , m_machine(new QComboBox(this))
    , m_workshop(new QComboBox(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_exportButton(new QPushButton(tr("Export to Excel…"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_title(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_showInFolder(new QPushButton(tr("Show in folder"), this))
    , m_sheets(new QTabWidget(this))
    , m_empty(new QLabel(this))
    , m_export(new ReportCentreExport(workspace->database().path(), workspace->clock(), this))
{
    setObjectName(QStringLiteral("reportCentre"));
    m_kinds->setObjectName(QStringLiteral("reportKindList"));
    m_kinds->setStyleSheet(
        themed(u"QListWidget { font-size: 15px; border: 1px solid @border; background: @white; }"
               u"QListWidget::item { min-height: 48px; padding-left: 12px; background: @white; "
               u"color: @ink; }"
               u"QListWidget::item:selected { background: @accentFill; color: @accentText; "
               u"padding-left: 12px;"
               u" font-weight: 600; }"));
    for (const ReportKind kind : ReportService::kinds()) {
        auto *item = new QListWidgetItem(ReportService::displayName(kind), m_kinds);
        item->setData(Qt::UserRole, int(kind));
        item->setSizeHint(QSize(0, 52));
    }
    // A long (English) name wraps to a second line rather than being cut or widening the page.
    m_kinds->setWordWrap(true);
    m_kinds->setTextElideMode(Qt::ElideNone);
    m_kinds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kinds->setFixedWidth(176);
    m_machine->setObjectName(QStringLiteral("reportMachineCombo"));
    m_workshop->setObjectName(QStringLiteral("reportWorkshopCombo"));
    for (QComboBox *combo : {m_machine, m_workshop}) {
        combo->setMinimumWidth(150);
        combo->setMinimumHeight(40);
    }
    m_show->setObjectName(QStringLiteral("showReportButton"));
    m_show->setProperty("primary", true);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_import->setObjectName(QStringLiteral("openImportButton"));
    for (QPushButton *button : {m_show, m_exportButton, m_import})
        button->setMinimumHeight(40);
    m_title->setObjectName(QStringLiteral("reportTitleLabel"));
    m_title->setStyleSheet(themed(u"font-size: 17px; font-weight: 600; color: @ink;"));
    m_open->setObjectName(QStringLiteral("openExportButton"));
    m_showInFolder->setObjectName(QStringLiteral("showExportInFolderButton"));
    m_open->hide();
    m_showInFolder->hide();
    m_sheets->setObjectName(QStringLiteral("reportSheetTabs"));
    m_sheets->setDocumentMode(true);
    m_empty->setObjectName(QStringLiteral("reportEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(themed(u"color: @muted; font-size: 15px;"));
    m_period->setToday(workspace->clock().today());

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Machine:"), this));
    filters->addWidget(m_machine);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Workshop:"), this));
    filters->addWidget(m_workshop);
    filters->addStretch(1);
    filters->addWidget(m_show);
    filters->addWidget(m_exportButton);
    filters->addWidget(m_import);
    auto *result = new QHBoxLayout;
    result->addWidget(m_banner, 1);
    result->addWidget(m_open);
    result->addWidget(m_showInFolder);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_period);
    right->addLayout(filters);
    right->addLayout(result);
    right->addWidget(m_title);
    right->addWidget(m_sheets, 1);
    right->addWidget(m_empty, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(m_kinds);
    layout->addLayout(right, 1);

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this] {
        m_period->setKind(kind());
        clearSheets(tr("Pick the period and press Show."));
    });
    connect(m_kinds, &QListWidget::itemActivated, this, [this] { showReport(); });
    connect(m_show, &QPushButton::clicked, this, [this] { showReport(); });
    connect(m_exportButton, &QPushButton::clicked, this, &ReportCentre::exportToExcel);
    connect(m_import, &QPushButton::clicked, this, &ReportCentre::importRequested);
    connect(m_export, &ReportCentreExport::finished, this, &ReportCentre::exportFinished);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exported)); });
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exported).absolutePath()));
    });
    reloadFilters();
    m_kinds->setCurrentRow(0);
}

ReportCentre::~ReportCentre() = default;

void ReportCentre::selectKind(ReportKind kind)
{
    for (int row = 0; row < m_kinds->count(); ++row) {
        if (m_kinds->item(row)->data(Qt::UserRole).toInt() == int(kind))
            m_kinds->setCurrentRow(row);
    }
}

ReportKind ReportCentre::kind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? ReportKind(item->data(Qt::UserRole).toInt()) : ReportKind::Daily;
}

ReportQuery ReportCentre::request() const
{
    ReportQuery request;
    request.kind = kind();
    request.from = m_period->from();
    request.to = m_period->to();
    request.machineCode = m_machine->currentData().toString();
    request.workshop = m_workshop->currentData().toString();
    return request;
}

ReportCentreSheet *ReportCentre::sheet(int index) const
{
    return qobject_cast<ReportCentreSheet *>(m_sheets->widget(index));
}

void ReportCentre::reloadFilters()
{
    m_machine->clear();
    m_workshop->clear();
    m_machine->addItem(tr("All machines"), QString());
    m_workshop->addItem(tr("All workshops"), QString());
    const Result<QList<MasterRecord>> machines =
        m_workspace->masterData()->list(MasterDataKind::Machine, false);
    QStringList workshops;
    for (const MasterRecord &machine : machines ? machines.value() : QList<MasterRecord>()) {
        const QString code = machine.text(QStringLiteral("code"));
        m_machine->addItem(QStringLiteral("%1  %2").arg(code, machine.localizedName()), code);
        const QString workshop = machine.text(QStringLiteral("workshop"));
        if (!workshop.isEmpty() && !workshops.contains(workshop))
            workshops << workshop;
    }
    workshops.sort();
    for (const QString &workshop : std::as_const(workshops))
        m_workshop->addItem(workshop, workshop);
}

void ReportCentre::clearSheets(const QString &message)
{
    while (m_sheets->count() > 0) {
        QWidget *page = m_sheets->widget(0);
        m_sheets->removeTab(0);
        page->deleteLater();
    }
    m_sheets->hide();
    m_title->clear();
    m_empty->setText(message);
    m_empty->show();
}

bool ReportCentre::showReport()
{
    m_banner->hide();
    m_open->hide();
    m_showInFolder->hide();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportService service(m_workspace->database(), m_workspace->clock());
    Result<ReportDocument> document = service.build(request());
    QGuiApplication::restoreOverrideCursor();
    if (!document) {
        clearSheets(QString());
        m_banner->showMessage(document.error());
        return false;
    }
    clearSheets(QString());
    ReportDocument &shown = document.value();
    for (ReportSheet &sheet : shown.sheets)
        m_sheets->addTab(new ReportCentreSheet(sheet, m_sheets), sheet.name);
    m_shownTitle = shown.title;
    m_shownPeriod = shown.period;
    m_title->setText(QStringLiteral("%1  ·  %2").arg(shown.title, shown.period));
    m_empty->setVisible(shown.sheets.empty());
    m_empty->setText(tr("This report has nothing for the period."));
    m_sheets->setVisible(!shown.sheets.empty());
    return true;
}

QString ReportCentre::lastFolder()
{
    const QString saved = QSettings().value(QLatin1String(LastFolderKey)).toString();
    if (!saved.isEmpty() && QDir(saved).exists())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ReportCentre::exportToExcel()
{
    const ReportQuery asked = request();
    const QString name =
        QStringLiteral("%1 %2").arg(ReportService::displayName(asked.kind),
                                    periodText(asked.from, asked.to).remove(QLatin1Char(' ')));
    const QString path =
        SaveFileDialog::ask(this, tr("Export to Excel"), QDir(lastFolder()).filePath(name),
                            {SaveFileDialog::Kind::Excel});
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    exportTo(path);
}

bool ReportCentre::exportTo(const QString &path)
{
    m_banner->hide();
    m_open->hide();
    m_showInFolder->hide();
    m_exportButton->setEnabled(false);
    if (!m_export->start(request(), path, this)) {
        m_exportButton->setEnabled(true);
        m_banner->showMessage(tr("An export is still running."));
        return false;
    }
    return true;
}

void ReportCentre::exportFinished(const QString &error, const QString &path, qint64 rows)
{
    m_exportButton->setEnabled(true);
    if (!error.isEmpty()) {
        m_banner->showMessage(error);
        return;
    }
    m_exported = path;
    m_banner->showMessage(
        tr("Exported %Ln row(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)),
        MessageBanner::Kind::Success);
    m_open->show();
    m_showInFolder->show();
}

} // namespace Taktline
