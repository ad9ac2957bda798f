#include "dashboard/dashboardqualityrows.h"

#include "item/palette.h"

#include <QLocale>
#include <QStandardItemModel>

namespace Taktline {

namespace {

QString minutes(double seconds)
{
    return QCoreApplication::translate("Taktline::DashboardQualityRows", "%1 min")
        .arg(QLocale().toString(seconds / 60.0, 'f', 0));
}

void addRow(QStandardItemModel *model, const QString &what, const QString &figure,
            bool warn = false)
{
    auto *label = new QStandardItem(what);
    auto *value = new QStandardItem(figure);
    label->setEditable(false);
    value->setEditable(false);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (warn)
        value->setForeground(Palette::Red);
    model->appendRow({label, value});
}

} // namespace

bool DashboardQualityRows::fill(QStandardItemModel *model, const DashboardFigures &f)
{
    model->clear();
    model->setHorizontalHeaderLabels({tr("Quality"), tr("Figure")});
    const QLocale locale;
    const int inspections = f.inspectionsPassed + f.inspectionsFailed;
    if (inspections > 0)
        addRow(model, tr("Inspections passed / failed"),
               QStringLiteral("%1 / %2").arg(f.inspectionsPassed).arg(f.inspectionsFailed),
               f.inspectionsFailed > 0);
    for (const FirstArticleWait &wait : f.firstArticleWaits) {
        QString figure = minutes(wait.seconds);
        if (wait.open > 0)
            figure = tr("%1, waiting now").arg(figure);
        addRow(model, tr("Waiting for first article: %1").arg(wait.machine), figure,
               wait.open > 0);
    }
    if (f.openNonconformances > 0 || inspections > 0)
        addRow(model, tr("Nonconformances still open"),
               tr("%n NC(s), %1 pcs", nullptr, f.openNonconformances)
                   .arg(locale.toString(f.openNonconformingPieces, 'f', 0)),
               f.openNonconformances > 0);
    for (const DispositionCount &d : f.dispositions) {
        if (d.pieces > 0)
            addRow(model, tr("Decided: %1").arg(d.name),
                   tr("%1 pcs").arg(locale.toString(d.pieces, 'f', 0)));
    }
    return model->rowCount() > 0;
}

} // namespace Taktline
