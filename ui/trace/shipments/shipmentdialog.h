#pragma once

#include "domain/trace/shipment.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Taktline {

class DateEdit;
class MessageBanner;
class Workspace;

// A new shipment (发货): the customer, their order, the day and a note, and the lines scanned or
// typed one by one — a work order or production lot with a quantity, or a serial. Each line is
// checked as it is added; a refused line or shipment is explained in the dialog, which stays open.
class ShipmentDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShipmentDialog(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *codeField() const { return m_code; }
    int lineCount() const { return int(m_lines.size()); }
    QString errorText() const;
    QString shipmentNo() const { return m_shipmentNo; } // after accept()

    // Adds the code in the scan field with the quantity beside it, or says why not.
    bool addLine();
    void removeSelectedLine();
    void accept() override;

protected:
    // Enter adds the line being typed; only the Ship button ships.
    void keyPressEvent(QKeyEvent *event) override;

private:
    ShipmentRequest request() const;
    void fillCustomerFrom(const QString &workOrderId);
    void updateTotal();

    Workspace *m_workspace;
    QList<ShipmentRequestLine> m_lines;
    QComboBox *m_customer;
    QLineEdit *m_customerOrder;
    DateEdit *m_date;
    QLineEdit *m_note;
    QLineEdit *m_code;
    QDoubleSpinBox *m_quantity;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableWidget *m_table;
    QLabel *m_total;
    MessageBanner *m_banner;
    QString m_shipmentNo;
};

} // namespace Taktline
