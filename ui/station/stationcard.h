#pragma once

#include "services/station/stationsession.h"

#include <QFrame>
#include <QTimer>

class QLabel;

namespace Taktline {

// The operation card of the station: which order, product and step, and planned / done /
// remaining / what the previous step allows, readable at arm's length. It flashes green for a
// saved report and red for a refusal.
class StationCard final : public QFrame
{
    Q_OBJECT
public:
    enum class Flash { None, Ok, Warning, Refused };

    explicit StationCard(QWidget *parent = nullptr);

    void setOperation(const std::optional<StationOperation> &operation, const QString &lot,
                      const QString &piece = {});
    void flash(Flash kind);
    Flash currentFlash() const { return m_flash; }
    QString figureText(const QString &name) const; // "planned", "done", "remaining", …

private:
    QLabel *figure(const QString &name, const QString &caption, int column);
    void setFlashProperty(Flash kind);

    QLabel *m_title;
    QLabel *m_product;
    QLabel *m_step;
    QLabel *m_lot;
    QHash<QString, QLabel *> m_figures;
    QWidget *m_figuresBox;
    QTimer m_flashTimer;
    Flash m_flash = Flash::None;
};

} // namespace Taktline
