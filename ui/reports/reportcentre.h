#pragma once

#include "services/reports/reportservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Taktline {

class MessageBanner;
class ReportCentreExport;
class ReportCentrePeriod;
class ReportCentreSheet;
class Workspace;

// The report centre (报表中心): pick a report and its period (and a machine or workshop), see
// its sheets as sortable tables with their totals, and export the same report to Excel in the
// background, to open it or show it in its folder when done.
class ReportCentre final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportCentre(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportCentre() override;

    void selectKind(ReportKind kind);
    ReportKind kind() const;
    ReportCentrePeriod *period() const { return m_period; }
    ReportQuery request() const;
    // Builds the report and shows it; false (and a message in the banner) when it fails.
    bool showReport();
    // Exports the current request to PATH in the background (no file dialog).
    bool exportTo(const QString &path);
    ReportCentreExport *exporter() const { return m_export; }
    QTabWidget *sheetTabs() const { return m_sheets; }
    ReportCentreSheet *sheet(int index) const;
    MessageBanner *banner() const { return m_banner; }
    // The last folder an export went to (the Documents folder at first).
    static QString lastFolder();

signals:
    // The user asked for the import dialog (the toolbar's Import… button).
    void importRequested();

private:
    void exportToExcel();
    void exportFinished(const QString &error, const QString &path, qint64 rows);
    void reloadFilters();
    void clearSheets(const QString &message);

    Workspace *m_workspace;
    QListWidget *m_kinds;
    ReportCentrePeriod *m_period;
    QComboBox *m_machine;
    QComboBox *m_workshop;
    QPushButton *m_show;
    QPushButton *m_exportButton;
    QPushButton *m_import;
    QLabel *m_title;
    MessageBanner *m_banner;
    QPushButton *m_open;
    QPushButton *m_showInFolder;
    QTabWidget *m_sheets;
    QLabel *m_empty;
    ReportCentreExport *m_export;
    QString m_exported;
    QString m_shownTitle;
    QString m_shownPeriod;
};

} // namespace Taktline
