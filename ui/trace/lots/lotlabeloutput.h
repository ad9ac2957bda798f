#pragma once

#include "domain/outcome.h"

#include <QObject>

class QWidget;

namespace Taktline {

class LotTableModel;
class MessageBanner;
class Workspace;
struct LotRow;

// A material lot's label (批次标签) printed, or saved as PDF where the user picks, and offered
// right after the lot is received; what came of it goes to the Traceability page's banner.
class LotLabelOutput final : public QObject
{
    Q_OBJECT
public:
    // LOTS is the list the labels are made from; WINDOW parents the dialogs, and this.
    LotLabelOutput(Workspace *workspace, const LotTableModel *lots, MessageBanner *banner,
                   QWidget *window);

    // Asks whether to print LOT_NO's label now, save it as PDF, or not.
    void offer(const QString &lotNo);
    void print(const QString &lotNo);
    void saveAsPdf(const QString &lotNo);
    // The label saved to PATH, without the dialog.
    Outcome savePdf(const QString &lotNo, const QString &path) const;

private:
    const LotRow *rowOf(const QString &lotNo) const;

    Workspace *m_workspace;
    const LotTableModel *m_lots;
    MessageBanner *m_banner;
    QWidget *m_window;
};

} // namespace Taktline
