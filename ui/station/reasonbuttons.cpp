#include "station/reasonbuttons.h"

#include "services/masterdata/masterdataservice.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

namespace {

constexpr int Columns = 4;

} // namespace

ReasonButtons::ReasonButtons(MasterDataService *masterData, MasterDataKind kind, bool checkable,
                             const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_masterData(masterData)
    , m_kind(kind)
    , m_checkable(checkable)
    , m_group(new QButtonGroup(this))
    , m_grid(new QGridLayout)
{
    auto *title = new QLabel(caption, this);
    title->setObjectName(QStringLiteral("panelCaption"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    m_group->setExclusive(checkable);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        emit reasonPressed(button->property("reasonId").toString());
    });
    reload();
}

void ReasonButtons::reload()
{
    const QString selected = selectedId();
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Result<QList<MasterRecord>> reasons = m_masterData->list(m_kind, false);
    if (!reasons || reasons.value().isEmpty()) {
        auto *none = new QLabel(reasons ? tr("No reasons are set up. Ask the supervisor to add "
                                             "them under Master data.")
                                        : reasons.error(),
                                this);
        none->setWordWrap(true);
        m_grid->addWidget(none, 0, 0);
        return;
    }
    int index = 0;
    for (const MasterRecord &reason : reasons.value()) {
        auto *button = new QPushButton(reason.localizedName(), this);
        button->setObjectName(QStringLiteral("reasonButton"));
        button->setProperty("reasonId", reason.id);
        button->setProperty("code", reason.text(QStringLiteral("code")));
        button->setToolTip(reason.text(QStringLiteral("code")));
        button->setCheckable(m_checkable);
        button->setChecked(m_checkable && reason.id == selected);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(52);
        m_group->addButton(button);
        m_grid->addWidget(button, index / Columns, index % Columns);
        ++index;
    }
}

QString ReasonButtons::selectedId() const
{
    QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property("reasonId").toString() : QString();
}

void ReasonButtons::clearSelection()
{
    // An exclusive group keeps one button checked; lift that for a moment to clear it.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(m_checkable);
}

QList<QPushButton *> ReasonButtons::buttons() const
{
    QList<QPushButton *> list;
    for (QAbstractButton *button : m_group->buttons())
        list.append(static_cast<QPushButton *>(button));
    return list;
}

QPushButton *ReasonButtons::buttonFor(const QString &code) const
{
    for (QPushButton *button : buttons()) {
        if (button->property("code").toString() == code)
            return button;
    }
    return nullptr;
}

} // namespace Taktline
