#pragma once

#include "services/trace/tracelookup.h"

#include <QPushButton>

class QMenu;

namespace Taktline {

// The Genealogy tab's Recent button: the last codes traced, each with the direction it was
// traced in, kept in the settings and listed on its menu to be traced again.
class RecentTracesButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit RecentTracesButton(QWidget *parent = nullptr);

    // Newest first.
    QStringList codes() const;
    void remember(const QString &code, TraceDirection direction);

signals:
    void chosen(const QString &code, Taktline::TraceDirection direction);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace Taktline
