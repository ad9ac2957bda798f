#include "masterdata/masterdatapage.h"

#include "domain/masterdata/masterdataspecs.h"
#include "masterdata/bomeditor.h"
#include "masterdata/masterdatalistwidget.h"
#include "masterdata/routingeditor.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Taktline {

MasterDataPage::MasterDataPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_routingEditor(new RoutingEditor(workspace, this))
    , m_bomEditor(new BomEditor(workspace, this))
{
    setObjectName(QStringLiteral("masterDataPage"));
    m_tabs->setObjectName(QStringLiteral("masterDataTabs"));
    m_tabs->setDocumentMode(false);
    for (MasterDataKind kind : allMasterDataKinds()) {
        auto *list = new MasterDataListWidget(workspace, kind, m_tabs);
        m_lists.append(list);
        m_tabs->addTab(list, entitySpec(kind).displayPlural());
        if (kind == MasterDataKind::Product) {
            m_tabs->addTab(m_routingEditor, tr("Routings"));
            m_tabs->addTab(m_bomEditor, tr("Bills of materials"));
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_tabs);
}

MasterDataListWidget *MasterDataPage::list(MasterDataKind kind) const
{
    for (MasterDataListWidget *list : m_lists) {
        if (list->kind() == kind)
            return list;
    }
    return nullptr;
}

void MasterDataPage::showList(MasterDataKind kind)
{
    if (MasterDataListWidget *widget = list(kind))
        m_tabs->setCurrentWidget(widget);
}

void MasterDataPage::showRoutings()
{
    m_tabs->setCurrentWidget(m_routingEditor);
}

void MasterDataPage::showBoms()
{
    m_tabs->setCurrentWidget(m_bomEditor);
}

} // namespace Taktline
