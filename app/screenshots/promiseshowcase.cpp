#include "promiseshowcase.h"

#include "common/fields/dateedit.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/promiseservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "workorders/promisedialog.h"
#include "workorders/workorderdialog.h"

#include <QComboBox>
#include <QLineEdit>

#include <optional>

namespace Taktline {

namespace {

struct Pick
{
    QString productId;
    double quantity = 0;
    QDate due;
    Promise promise;
};

// Scores an answer by what it shows: orders a rush delays, material short, a date to make.
int score(const Promise &promise)
{
    return (promise.delayedByRush() > 0 ? 4 : 0) + (promise.materialShort() ? 2 : 0)
           + (promise.earliestAsRush < promise.earliest ? 1 : 0);
}

std::optional<Pick> pick(Workspace &workspace)
{
    const Result<QList<MasterRecord>> products = workspace.masterData()->list(MasterDataKind::Product, false);
    if (!products)
        return std::nullopt;
    const QDate due = workspace.clock().today().addDays(7);
    std::optional<Pick> best;
    for (const MasterRecord &product : products.value()) {
        for (const double quantity : {300.0, 120.0}) {
            const Result<Promise> answer = workspace.promises()->promise({product.id, quantity, due});
            if (!answer)
                break; // no routing, or a step that cannot be planned
            if (!best || score(answer.value()) > score(best->promise))
                best = Pick{product.id, quantity, due, answer.value()};
            if (score(best->promise) == 7)
                return best;
        }
    }
    return best;
}

} // namespace

QWidget *openPromiseShowcase(MainWindow &window, Workspace &workspace, const QString &tab)
{
    const std::optional<Pick> chosen = pick(workspace);
    if (tab == QLatin1String("promise-details") && chosen) {
        auto *details = new PromiseDialog(chosen->promise, workspace.schedule()->calendar().timeZone(),
                                          true, &window);
        details->show();
        return details;
    }
    auto *dialog = new WorkOrderDialog(&workspace, WorkOrder{}, &window);
    dialog->resize(860, dialog->sizeHint().height());
    dialog->show();
    if (chosen) {
        auto *product = dialog->findChild<QComboBox *>(QStringLiteral("productCombo"));
        auto *quantity = dialog->findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
        auto *due = dialog->findChild<DateEdit *>(QStringLiteral("dueDateEdit"));
        if (product && quantity && due) {
            product->setCurrentIndex(product->findData(chosen->productId));
            quantity->setText(QString::number(chosen->quantity));
            due->setDate(chosen->due);
            dialog->refreshPromise();
        }
    }
    return dialog;
}

} // namespace Taktline
