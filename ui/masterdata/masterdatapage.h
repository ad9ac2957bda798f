#pragma once

#include "domain/masterdata/fieldspec.h"

#include <QWidget>

class QTabWidget;

namespace Taktline {

class BomEditor;
class MasterDataListWidget;
class RoutingEditor;
class Workspace;

// The Master data page: one tab per kind (products, routings, bills of materials, machines,
// employees, reasons).
class MasterDataPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MasterDataPage(Workspace *workspace, QWidget *parent = nullptr);

    MasterDataListWidget *list(MasterDataKind kind) const;
    RoutingEditor *routingEditor() const { return m_routingEditor; }
    BomEditor *bomEditor() const { return m_bomEditor; }
    void showList(MasterDataKind kind);
    void showRoutings();
    void showBoms();

private:
    QTabWidget *m_tabs;
    QList<MasterDataListWidget *> m_lists;
    RoutingEditor *m_routingEditor;
    BomEditor *m_bomEditor;
};

} // namespace Taktline
