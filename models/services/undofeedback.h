#pragma once

#include <QObject>

namespace Taktline {

// Where an undo or redo that the services refused is reported, so the window can say why.
class UndoFeedback final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void report(const QString &message) { emit refused(message); }

signals:
    void refused(const QString &message);
};

} // namespace Taktline
