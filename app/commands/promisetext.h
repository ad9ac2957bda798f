#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace Taktline {

struct Promise;

// How `taktline promise` prints an answer: lines for a person, JSON for a script. Dates are the
// factory's local days (yyyy-MM-dd), moments its local time.
class PromiseText final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PromiseCommand)

public:
    static QStringList lines(const Promise &promise, const QTimeZone &zone);
    static QJsonObject json(const Promise &promise, const QTimeZone &zone);
};

} // namespace Taktline
