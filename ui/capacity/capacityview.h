#pragma once

#include <QWidget>

namespace Taktline {

class Workspace;

// Capacity analysis (产能分析): load against capacity per machine, line and workshop as a heat map, the bottleneck and what-if overtime.
class CapacityView final : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityView(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};

} // namespace Taktline
