#pragma once

#include "services/planning/promiseservice.h"

#include <QDialog>
#include <QTimeZone>

class QTableWidget;

namespace Taktline {

// The details of a promise (交期承诺) for a new order: where each step would land taken
// normally and as a rush order, the orders a rush would make late, the material short. "Take as
// rush order" closes it with rushChosen() true; nothing is saved here.
class PromiseDialog final : public QDialog
{
    Q_OBJECT
public:
    PromiseDialog(const Promise &promise, const QTimeZone &zone, bool canChooseRush,
                  QWidget *parent = nullptr);

    bool rushChosen() const { return m_rushChosen; }

private:
    QTableWidget *table(const QString &objectName, const QStringList &headers);

    bool m_rushChosen = false;
};

} // namespace Taktline
