#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace Taktline {

// Asks where to save an export: the file dialog opens in the user's Documents folder on a
// suggested name, and a name typed without one of the offered extensions gets the one of the
// chosen file type.
class SaveFileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SaveFileDialog)

public:
    enum class Kind { Pdf, Excel, Csv, Json, Png };

    // The path to write, or an empty string when the user cancelled. SUGGESTED_NAME has no
    // extension; the first of KINDS is offered first.
    static QString ask(QWidget *parent, const QString &title, const QString &suggestedName,
                       const QList<Kind> &kinds);
    static QString suffix(Kind kind); // ".pdf"
};

} // namespace Taktline
