#pragma once

#include <QWidget>

class QTabWidget;

namespace Taktline {

class DueInspectionsView;
class InspectionsView;
class Workspace;

// The Quality page (质检): what waits for an inspector (待检) and the inspections recorded
// (检验记录), in tabs; a tab is there only when its view is part of the application.
class QualityPage final : public QWidget
{
    Q_OBJECT
public:
    explicit QualityPage(Workspace *workspace, QWidget *parent = nullptr);

    DueInspectionsView *due() const { return m_due; }
    InspectionsView *inspections() const { return m_inspections; }
    QWidget *currentTab() const;
    // The tabs' keys in order: "due", "inspections" (as in `taktline screenshot quality/TAB`).
    QStringList tabKeys() const;
    // Shows the tab KEY (unknown or empty: the first).
    void showTab(const QString &key);

private:
    void addTab(const QString &key, QWidget *view, const QString &title);

    QTabWidget *m_tabs;
    DueInspectionsView *m_due;
    InspectionsView *m_inspections;
    QStringList m_keys;
};

} // namespace Taktline
