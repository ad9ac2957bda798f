#include "subcontract/subcontractview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Taktline {

// Stub until its branch lands.
SubcontractView::SubcontractView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("—"), this));
}

} // namespace Taktline
