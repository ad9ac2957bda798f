#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QDialog>

#include <functional>

class QComboBox;

namespace Taktline {

class DateEdit;
class MessageBanner;
class RateSpinBox;

// Adds or edits one piece rate: the operation (from the product's routing, or typed), the
// rate per good piece and the day it applies from. Stays open when saving is refused.
class PieceRateDialog final : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Outcome(const PieceRate &rate)>;

    PieceRateDialog(const QString &productText, const QStringList &operations,
                    const PieceRate &initial, SaveFunction save, QWidget *parent = nullptr);

    PieceRate rate() const;
    QString errorText() const;
    void accept() override;

private:
    PieceRate m_initial;
    SaveFunction m_save;
    QComboBox *m_operation;
    RateSpinBox *m_rate;
    DateEdit *m_validFrom;
    MessageBanner *m_banner;
};

} // namespace Taktline
