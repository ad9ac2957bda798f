#pragma once

#include "shell/page.h"

#include <QFrame>
#include <QHash>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace Taktline {

// The column of big page buttons on the left of the main window.
class NavigationRail final : public QFrame
{
    Q_OBJECT
public:
    explicit NavigationRail(QWidget *parent = nullptr);

    void setVisiblePages(const QList<Page> &pages);
    void setCurrentPage(Page page);
    void retranslate();
    QToolButton *button(Page page) const { return m_buttons.value(page); }

signals:
    void pageRequested(Taktline::Page page);

private:
    QLabel *m_brand;
    QButtonGroup *m_group;
    QHash<Page, QToolButton *> m_buttons;
};

} // namespace Taktline
