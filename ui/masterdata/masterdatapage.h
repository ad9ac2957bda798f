#pragma once

#include "fieldspec.h"

#include <QWidget>

class QTabWidget;

namespace Taktline {

class MasterDataListWidget;
class RoutingEditor;
class Workspace;

// The Master data page: one tab per kind (products, routings, machines, employees, reasons).
class MasterDataPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MasterDataPage(Workspace *workspace, QWidget *parent = nullptr);

    MasterDataListWidget *list(MasterDataKind kind) const;
    RoutingEditor *routingEditor() const { return m_routingEditor; }
    void showList(MasterDataKind kind);
    void showRoutings();

private:
    QTabWidget *m_tabs;
    QList<MasterDataListWidget *> m_lists;
    RoutingEditor *m_routingEditor;
};

} // namespace Taktline
