#include "common/files/savefiledialog.h"

#include "common/files/namedfileiconprovider.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace Taktline {

namespace {

QString filter(SaveFileDialog::Kind kind)
{
    switch (kind) {
    case SaveFileDialog::Kind::Pdf: return SaveFileDialog::tr("PDF files (*.pdf)");
    case SaveFileDialog::Kind::Excel: return SaveFileDialog::tr("Excel workbook (*.xlsx)");
    case SaveFileDialog::Kind::Csv: return SaveFileDialog::tr("CSV for Excel (*.csv)");
    case SaveFileDialog::Kind::Json: return SaveFileDialog::tr("JSON (*.json)");
    case SaveFileDialog::Kind::Png: return SaveFileDialog::tr("PNG images (*.png)");
    }
    return {};
}

} // namespace

QString SaveFileDialog::suffix(Kind kind)
{
    switch (kind) {
    case Kind::Pdf: return QStringLiteral(".pdf");
    case Kind::Excel: return QStringLiteral(".xlsx");
    case Kind::Csv: return QStringLiteral(".csv");
    case Kind::Json: return QStringLiteral(".json");
    case Kind::Png: return QStringLiteral(".png");
    }
    return {};
}

QString SaveFileDialog::ask(QWidget *parent, const QString &title, const QString &suggestedName,
                            const QList<Kind> &kinds)
{
    QStringList filters;
    for (const Kind kind : kinds)
        filters << filter(kind);
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QFileDialog dialog(parent, title, documents.path(), filters.join(QStringLiteral(";;")));
    // The folder may hold the factory's database: the dialog must not open files to sniff them.
    NamedFileIconProvider::protect(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectNameFilter(filters.value(0));
    dialog.selectFile(suggestedName + suffix(kinds.value(0)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (path.isEmpty())
        return {};
    for (const Kind kind : kinds) {
        if (path.endsWith(suffix(kind), Qt::CaseInsensitive))
            return path; // typed with one of the offered extensions
    }
    const qsizetype chosen = filters.indexOf(dialog.selectedNameFilter());
    return path + suffix(kinds.value(std::max<qsizetype>(0, chosen)));
}

} // namespace Taktline
