#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace Taktline {

// Types TEXT into WIDGET as a person would: ASCII key by key (like a keyboard or a
// keyboard-mode scanner), anything else as the text an input method commits (中文 via IME).
inline void typeText(QWidget *widget, const QString &text)
{
    QString ascii;
    auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            ascii.append(ch);
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(ch));
        QCoreApplication::sendEvent(widget, &commit);
    }
    flush();
}

} // namespace Taktline
