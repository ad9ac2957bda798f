#pragma once

#include "domain/outcome.h"
#include "services/trace/tracelookup.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Taktline {

class MessageBanner;
class RecentTracesButton;
class SerialMovesLine;
class TraceExport;
class TraceTimeline;
class TraceTreeModel;
class Workspace;

// The Genealogy tab (追溯): a big search field for scans and typing, the direction, recent
// searches; the trace as a tree beside a timeline, kept in step; a summary line; export of the
// trace shown to Excel and to a printable PDF.
class GenealogyPanel final : public QWidget
{
    Q_OBJECT
public:
    GenealogyPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    // Traces CODE and shows it; a refusal goes to the banner and the trace shown stays.
    Outcome trace(const QString &code, TraceDirection direction);
    Outcome trace(const QString &code) { return trace(code, direction()); }
    TraceDirection direction() const;
    void setDirection(TraceDirection direction);

    bool hasTrace() const;
    QString tracedCode() const { return m_tracedCode; }
    QString summaryText() const;
    QStringList recentCodes() const;
    TraceTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    TraceTimeline *timeline() const { return m_timeline; }
    QLineEdit *searchField() const { return m_search; }
    SerialMovesLine *serialMoves() const { return m_moves; }

    // The exports without their file dialogs.
    Outcome exportExcelTo(const QString &path) const;
    Outcome exportPdfTo(const QString &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSearchBar();
    void fitColumns();
    QWidget *createResultView();
    void traceTyped();
    void scanWithCamera();
    void drillInto(int nodeId);
    void nodeChosenInTree(const QModelIndex &current);
    void nodeChosenInTimeline(int nodeId);
    // Lot number → why it is blocked; none when it is not.
    using BlockReasons = QHash<QString, std::optional<QString>>;
    void markBlockedLots(TraceNode &node, BlockReasons &reasons) const;

    Workspace *m_workspace;
    MessageBanner *m_banner;
    TraceTreeModel *m_model;
    TraceExport *m_export;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_directions = nullptr;
    RecentTracesButton *m_recent = nullptr;
    QPushButton *m_excel = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_summary = nullptr;
    SerialMovesLine *m_moves = nullptr; // a serial's moves between places
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    TraceTimeline *m_timeline = nullptr;
    QString m_tracedCode;
    TraceDirection m_usedDirection = TraceDirection::Auto;
    bool m_syncing = false;
};

} // namespace Taktline
