#pragma once

#include "storage/trace/finishedgoodsrepository.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Taktline {

class MessageBanner;
class Workspace;

// Receives finished goods (成品入库): a work order with finished output not yet in the store,
// how many pieces, where they are put and by whom. Stays open, saying why, when refused.
class ReceiveFinishedDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiveFinishedDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Chooses the work order with this number, as if picked from the list.
    bool selectOrder(const QString &number);
    QString errorText() const;
    QString summary() const; // what was received, after accept()
    void accept() override;

private:
    void showOrder();
    int orderIndex() const;

    Workspace *m_workspace;
    QList<ReceivableOrderRow> m_orders;
    QComboBox *m_order;
    QLabel *m_output;
    QDoubleSpinBox *m_quantity;
    QLineEdit *m_location;
    QComboBox *m_employee;
    MessageBanner *m_banner;
    QString m_summary;
};

} // namespace Taktline
