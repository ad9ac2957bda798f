#include "common/lists/emptystate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace Taktline {

EmptyState::EmptyState(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents); // a click still reaches the view
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // installed after the view has its model
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    refresh();
}

EmptyState *EmptyState::install(QAbstractItemView *view, std::function<QString()> text)
{
    return new EmptyState(view, std::move(text));
}

EmptyState *EmptyState::install(QAbstractItemView *view, const QString &text)
{
    return install(view, [text] { return text; });
}

EmptyState *EmptyState::of(const QAbstractItemView *view)
{
    return view->viewport()->findChild<EmptyState *>(QStringLiteral("emptyState"),
                                                     Qt::FindDirectChildrenOnly);
}

void EmptyState::refresh()
{
    const bool empty = m_view->model()->rowCount(m_view->rootIndex()) == 0;
    if (empty) {
        setText(m_text());
        place();
    }
    setVisible(empty);
}

void EmptyState::place()
{
    // The middle of the viewport, a little up so it reads as a note, not a dialog.
    const QRect area = m_view->viewport()->rect().adjusted(24, 16, -24, -16);
    const int width = std::min(area.width(), 520);
    const int height = std::min(area.height(), heightForWidth(width));
    setGeometry(area.center().x() - width / 2,
                area.top() + std::max(0, area.height() / 4 - height / 2), width,
                std::max(height, 0));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

} // namespace Taktline
