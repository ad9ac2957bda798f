#pragma once

#include <QWidget>

namespace Taktline {

class Workspace;

// Subcontracted steps (外协): open, late and short subcontract orders with sending and receiving by scan.
class SubcontractView final : public QWidget
{
    Q_OBJECT
public:
    explicit SubcontractView(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};

} // namespace Taktline
