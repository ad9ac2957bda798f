#pragma once

#include "domain/quality/nonconformance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Taktline {

class MessageBanner;
class NonconformanceService;
class QuantitySpinBox;

// Decides on open pieces of one nonconformance (不合格品处理): rework, repair, scrap, concession
// or return to supplier, how many (at most the open quantity), the approver a concession or a
// return needs, whether the pieces come off the operator's wages, and a note. Stays open,
// saying why, when the service refuses.
class DispositionDialog final : public QDialog
{
    Q_OBJECT
public:
    DispositionDialog(NonconformanceService *service, const NonconformanceRecord &nc,
                      QWidget *parent = nullptr);

    QString dispositionId() const { return m_dispositionId; } // after accept()
    QString errorText() const;
    void accept() override;

private:
    void updateApprover();

    NonconformanceService *m_service;
    NonconformanceRecord m_nc;
    MessageBanner *m_banner;
    QComboBox *m_disposition;
    QuantitySpinBox *m_quantity;
    QComboBox *m_approver;
    QLabel *m_approverHint;
    QCheckBox *m_deductWages;
    QLineEdit *m_note;
    QString m_dispositionId;
};

} // namespace Taktline
