#include "importshowcase.h"

#include "import/importdialog.h"
#include "reports/reportcentre.h"
#include "reports/reportspage.h"
#include "services/import/importservice.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QFile>

namespace Taktline {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// A products file as a person might fill the template: two good rows, then a code given twice,
// a name left blank and a unit the factory does not count in.
QString writeBadProducts(Workspace &workspace, const QString &folder)
{
    const std::unique_ptr<ImportHandler> handler =
        ImportService::handler(ImportKind::Products, workspace);
    const QList<ImportColumn> columns = handler->columns();
    const QStringList example = handler->exampleRow();
    QList<QStringList> rows;
    const auto row = [&](const QString &code, const QString &name) {
        QStringList values = example;
        values[0] = code;
        if (values.size() > 1)
            values[1] = name;
        return values;
    };
    rows << row(QStringLiteral("P-2001"), QStringLiteral("法兰盘 DN50"));
    rows << row(QStringLiteral("P-2002"), QStringLiteral("轴套 20×30"));
    rows << row(QStringLiteral("P-2002"), QStringLiteral("轴套 20×32"));
    rows << row(QStringLiteral("P-2003"), QString());
    QStringList odd = row(QStringLiteral("P-2004"), QStringLiteral("端盖"));
    for (int column = 0; column < columns.size() && column < odd.size(); ++column) {
        if (!columns.at(column).choices.isEmpty() ||
            columns.at(column).key == QLatin1String("unit"))
            odd[column] = QStringLiteral("箩筐");
    }
    rows << odd;
    QStringList lines;
    QStringList headers;
    for (const ImportColumn &column : columns)
        headers << csvField(column.displayHeader());
    lines << headers.join(QLatin1Char(','));
    for (const QStringList &values : std::as_const(rows)) {
        QStringList fields;
        for (const QString &value : values)
            fields << csvField(value);
        lines << fields.join(QLatin1Char(','));
    }
    const QString path = QDir(folder).filePath(QStringLiteral("products.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

} // namespace

QWidget *openShowcaseImport(MainWindow &window, Workspace &workspace, const QString &folder)
{
    const QString path = writeBadProducts(workspace, folder);
    auto *dialog = new ImportDialog(&workspace, ImportKind::Products, &window);
    dialog->show();
    if (!path.isEmpty())
        dialog->setFile(path);
    return dialog;
}

void showShowcaseReportCentre(MainWindow &window)
{
    auto *reports = qobject_cast<ReportsPage *>(window.pageWidget(Page::Reports));
    if (!reports)
        return;
    reports->showTab(QStringLiteral("centre"));
    reports->centre()->selectKind(ReportKind::Daily);
    reports->centre()->showReport();
}

} // namespace Taktline
