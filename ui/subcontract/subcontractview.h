#pragma once

#include "services/subcontract/subcontractservice.h"

#include <QWidget>

class QButtonGroup;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Taktline {

class MessageBanner;
class ScannerInputFilter;
class SubcontractOrdersModel;
struct SubcontractScan;
class Workspace;

// Subcontracted steps (外协): open, late and short subcontract orders with sending and receiving
// by scan. A scanned OP: or WO: code opens the receive dialog when the step has an open order at
// its supplier, otherwise the send dialog when it has pieces to send; the delivery note of the
// chosen orders is saved as a PDF.
class SubcontractView final : public QWidget
{
    Q_OBJECT
public:
    explicit SubcontractView(Workspace *workspace, QWidget *parent = nullptr);
    ~SubcontractView() override;

    void reload();
    SubcontractService::Filter filter() const;
    void setFilter(SubcontractService::Filter filter);
    // What a scanner typed into the scan field: opens the send or receive dialog.
    void handleScan(const QString &code);
    QString bannerText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createToolBar();
    void updateCounts();
    void updateButtons();
    QList<SubcontractOrder> selectedOrders() const;
    void openSend(const SubcontractScan &step);
    void openReceive(const QString &orderId);
    void sendSelected();
    void receiveSelected();
    void saveDeliveryNote();
    void select(const QString &orderId);

    Workspace *m_workspace;
    ScannerInputFilter *m_filter = nullptr;
    SubcontractOrdersModel *m_model = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLineEdit *m_scan = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_note = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Taktline
