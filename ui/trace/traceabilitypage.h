#pragma once

#include "services/trace/tracelookup.h"

#include <QWidget>

class QTabWidget;

namespace Taktline {

class GenealogyPanel;
class LotsPanel;
class MessageBanner;
class ScannerInputFilter;
class Workspace;

// The Traceability page (追溯): the genealogy of any code scanned or typed, the material lots
// (批次), and room for shipments, in tabs over one message banner. While it is shown, a
// scanner's burst anywhere on it is a search: traced on the Genealogy tab, found on the Lots tab.
class TraceabilityPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TraceabilityPage(Workspace *workspace, QWidget *parent = nullptr);
    ~TraceabilityPage() override;

    GenealogyPanel *genealogy() const { return m_genealogy; }
    LotsPanel *lots() const { return m_lots; }
    MessageBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    // Adds a tab that showTab(KEY) can open, e.g. "shipments".
    void addTab(QWidget *panel, const QString &key, const QString &title);
    // "genealogy" (the default), "lots", or the key of a tab added later.
    void showTab(const QString &key);
    // Opens the Genealogy tab on the trace of CODE.
    void traceCode(const QString &code, TraceDirection direction = TraceDirection::Auto);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onScanned(const QString &code);

    Workspace *m_workspace;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    GenealogyPanel *m_genealogy;
    LotsPanel *m_lots;
    ScannerInputFilter *m_filter;
};

} // namespace Taktline
