#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"
#include "services/trace/traceservice.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDate;
class QDoubleSpinBox;
class QLineEdit;

namespace Taktline {

class DateEdit;
class MessageBanner;

// Receives a material lot (来料): the material, supplier and supplier lot, the quantity in the
// material's unit, the day received and an optional expiry; an empty lot number gets the next
// one. Stays open, saying why, when the receipt is refused.
class ReceiveLotDialog final : public QDialog
{
    Q_OBJECT
public:
    using ReceiveFunction = std::function<Result<QString>(const LotReceipt &receipt)>;

    // TODAY (the factory's day) is the receiving day offered, and six months on the expiry.
    ReceiveLotDialog(const QList<MasterRecord> &materials, const QStringList &suppliers,
                     const QDate &today, ReceiveFunction receive, QWidget *parent = nullptr);

    LotReceipt receipt() const;
    QString receivedLot() const { return m_received; } // the lot number, once accepted
    QString errorText() const;
    void accept() override;

private:
    void showUnit();

    ReceiveFunction m_receive;
    QList<MasterRecord> m_materials;
    QComboBox *m_material;
    QLineEdit *m_supplier;
    QLineEdit *m_supplierLot;
    QDoubleSpinBox *m_quantity;
    DateEdit *m_receivedOn;
    QCheckBox *m_expires;
    DateEdit *m_expiry;
    QLineEdit *m_lotNo;
    MessageBanner *m_banner;
    QString m_received;
};

} // namespace Taktline
