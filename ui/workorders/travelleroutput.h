#pragma once

#include "domain/outcome.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Taktline {

class MessageBanner;
class TravellerDocument;
class Workspace;

// The traveller (流转卡) of a work order saved as PDF where the user picks, or printed; what
// came of it goes to the work-order detail's banner.
class TravellerOutput final : public QObject
{
    Q_OBJECT
public:
    // How the detail names a machine, so the sheet names it the same way.
    using MachineLabel = std::function<QString(const QString &machineId)>;

    // WINDOW parents the file and print dialogs, and this.
    TravellerOutput(Workspace *workspace, MessageBanner *banner, MachineLabel machineLabel,
                    QWidget *window);

    void saveAsPdf(const QString &workOrderId);
    void print(const QString &workOrderId);

private:
    Result<TravellerDocument> document(const QString &workOrderId) const;

    Workspace *m_workspace;
    MessageBanner *m_banner;
    MachineLabel m_machineLabel;
    QWidget *m_window;
};

} // namespace Taktline
