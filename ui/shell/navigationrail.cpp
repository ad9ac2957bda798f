#include "shell/navigationrail.h"

#include <QButtonGroup>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Taktline {

NavigationRail::NavigationRail(QWidget *parent)
    : QFrame(parent)
    , m_brand(new QLabel(QStringLiteral("Taktline"), this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    setFixedWidth(96);
    m_brand->setObjectName(QStringLiteral("railBrand"));
    m_brand->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(2);
    layout->addWidget(m_brand);
    m_group->setExclusive(true);
    for (Page page : allPages()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("nav_") + pageKey(page));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(QIcon(pageIconPath(page)));
        button->setIconSize(QSize(26, 26));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_group->addButton(button);
        m_buttons.insert(page, button);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, page] { emit pageRequested(page); });
    }
    layout->addStretch(1);
    retranslate();
}

void NavigationRail::setVisiblePages(const QList<Page> &pages)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setVisible(pages.contains(it.key()));
}

void NavigationRail::setCurrentPage(Page page)
{
    if (QToolButton *button = m_buttons.value(page))
        button->setChecked(true);
}

void NavigationRail::retranslate()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(pageTitle(it.key()));
        it.value()->setToolTip(pageTitle(it.key()));
    }
}

} // namespace Taktline
