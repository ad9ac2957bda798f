#pragma once

#include <QFrame>

class QLabel;

namespace Taktline {

// A coloured line above a page's content that says what just went wrong or right; the user
// keeps working and nothing modal gets in the way.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Success, Info };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace Taktline
