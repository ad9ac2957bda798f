#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace Taktline {

// The text an empty list shows over its rows, saying what to do next ("No machines yet. Add
// the first with Add… above."): one mechanism for every list view. It follows the view's model
// (rows added, removed, reset) and is hidden while the list has rows.
class EmptyState final : public QLabel
{
    Q_OBJECT
public:
    // TEXT is asked again each time the list becomes empty, so it may depend on a search.
    static EmptyState *install(QAbstractItemView *view, std::function<QString()> text);
    static EmptyState *install(QAbstractItemView *view, const QString &text);
    // The label installed on VIEW, or nullptr.
    static EmptyState *of(const QAbstractItemView *view);

    // Shows or hides the text for the model's rows now (after the text's inputs changed).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, std::function<QString()> text);
    void place();

    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace Taktline
