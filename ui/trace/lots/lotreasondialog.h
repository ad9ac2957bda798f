#pragma once

#include "domain/outcome.h"

#include <QDialog>

#include <functional>

class QLineEdit;

namespace Taktline {

class MessageBanner;

// Asks why a lot is blocked or released again: a reason typed or touched from a few common
// ones, then applied; stays open, saying why, when the service refuses it.
class LotReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    using ApplyFunction = std::function<Outcome(const QString &reason)>;

    LotReasonDialog(const QString &title, const QString &prompt, const QStringList &suggestions,
                    const QString &applyText, ApplyFunction apply, QWidget *parent = nullptr);

    QString reason() const;
    QString errorText() const;
    void accept() override;

private:
    ApplyFunction m_apply;
    QLineEdit *m_reason;
    MessageBanner *m_banner;
};

} // namespace Taktline
