#include "shell/placeholderpage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Taktline {

PlaceholderPage::PlaceholderPage(Page page, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholder_") + pageKey(page));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setFixedWidth(720); // a fixed width lets the wrapped lines compute their height
    auto *title = new QLabel(tr("Coming next: %1").arg(pageTitle(page)), card);
    title->setObjectName(QStringLiteral("placeholderTitle"));
    auto *summary = new QLabel(plannedFeature(page), card);
    summary->setWordWrap(true);
    auto *note = new QLabel(tr("This page is not built yet; nothing here changes your data."),
                            card);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(title);
    cardLayout->addWidget(summary);
    for (const QString &point : plannedPoints(page)) {
        auto *item = new QLabel(QStringLiteral("•  ") + point, card);
        item->setWordWrap(true);
        item->setContentsMargins(8, 0, 0, 0);
        cardLayout->addWidget(item);
    }
    cardLayout->addWidget(note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto *row = new QHBoxLayout; // no alignment flags: they would defeat height-for-width
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
}

QString PlaceholderPage::plannedFeature(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("Today's factory at a glance: output against plan, machines running or "
                  "stopped, and orders at risk of missing their due date.");
    case Page::WorkOrders:
        return tr("Work orders from release to closing, with their operations, progress from "
                  "production reports, rush orders and the schedule.");
    case Page::Machines:
        return tr("Every machine's live status, current job, queue and load for the next seven "
                  "days.");
    case Page::Station:
        return tr("The shop-floor station for tablets: scan badge, machine and traveller, then "
                  "report good and defective quantities with big buttons.");
    case Page::Traceability:
        return tr("Forward and backward genealogy of lots and serial numbers: which material, "
                  "machine, operator and time made each unit, and where it went.");
    case Page::Reports:
        return tr("Daily and monthly production reports, OEE and piece-rate wages, exported to "
                  "Excel.");
    default:
        return {};
    }
}

QStringList PlaceholderPage::plannedPoints(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return {tr("Output today by workshop and line"), tr("Machines down and why"),
                tr("Overdue and urgent work orders")};
    case Page::WorkOrders:
        return {tr("Create, release, hold, complete and close work orders"),
                tr("Print travellers with QR codes"),
                tr("Dispatch board and Gantt chart with rush-order insertion")};
    case Page::Machines:
        return {tr("Running / idle / set-up / down / maintenance, live"),
                tr("Current operation, rate per hour and estimated finish"),
                tr("Downtime today and load against capacity")};
    case Page::Station:
        return {tr("Keyboard-mode and camera barcode scanning"),
                tr("Start, pause and finish with three touches or fewer"),
                tr("Double scans recognised and never counted twice")};
    case Page::Traceability:
        return {tr("Search by any code: work order, lot or serial number"),
                tr("Material lots, serial numbers and shipments"),
                tr("Labels for every scanner, export to Excel and PDF")};
    case Page::Reports:
        return {tr("Daily production report"), tr("Machine utilisation and OEE"),
                tr("Piece-rate wage report per employee")};
    default:
        return {};
    }
}

} // namespace Taktline
