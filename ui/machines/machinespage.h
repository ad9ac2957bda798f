#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Taktline {

class MachineCard;
class MessageBanner;
class Workspace;

// The Machines page: a card per active machine, grouped by workshop, with what it runs now,
// its queue and its load for the next seven days against capacity. Follows the plan as it
// changes.
class MachinesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MachinesPage(Workspace *workspace, QWidget *parent = nullptr);

    QList<MachineCard *> cards() const { return m_cards; }
    MachineCard *card(const QString &machineId) const;
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleReload();
    void arrangeCards();
    int columnCount() const;

    Workspace *m_workspace;
    MessageBanner *m_banner;
    QLabel *m_empty;
    QWidget *m_content;
    QVBoxLayout *m_groups;
    QList<MachineCard *> m_cards;
    QStringList m_workshopOfCard; // aligned with m_cards
    int m_arrangedColumns = 0;
    bool m_stale = true;
};

} // namespace Taktline
