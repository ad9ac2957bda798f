#include "quality/inspectionsview.h"

#include "common/lists/emptystate.h"
#include "common/lists/tableviews.h"
#include "item/palette.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

QString subjectOf(const InspectionRecord &r)
{
    if (!r.lotNo.isEmpty())
        return r.supplier.isEmpty() ? r.lotNo : r.lotNo + QStringLiteral(" · ") + r.supplier;
    QString text = r.workOrderNumber;
    if (r.seq > 0)
        text += QStringLiteral(" / %1 %2").arg(r.seq).arg(r.operationName);
    if (!r.machineCode.isEmpty())
        text += QStringLiteral(" · ") + r.machineCode;
    return text;
}

} // namespace

InspectionsView::InspectionsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period"), this));
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("All"), 0);
    m_period->setCurrentIndex(1);
    filters->addWidget(m_period);
    filters->addWidget(new QLabel(tr("Kind"), this));
    m_kind->addItem(tr("All kinds"), QString());
    for (InspectionKind kind : {InspectionKind::FirstArticle, InspectionKind::Patrol,
                                InspectionKind::Final, InspectionKind::Incoming})
        m_kind->addItem(inspectionKindName(kind), inspectionKindKey(kind));
    filters->addWidget(m_kind);
    filters->addStretch();
    layout->addLayout(filters);
    m_view = makeListView(m_model, QStringLiteral("inspections"), this);
    EmptyState::install(m_view, [this] {
        return m_error.isEmpty() ? tr("No inspection in this period.") : m_error;
    });
    layout->addWidget(m_view, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &InspectionsView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InspectionsView::reload);
    InspectionService *service = m_workspace->inspections();
    connect(service, &InspectionService::inspectionRecorded, this, &InspectionsView::reload);
    connect(service, &InspectionService::inspectionVoided, this, &InspectionsView::reload);
    reload();
}

void InspectionsView::reload()
{
    InspectionService::Filter filter;
    const int days = m_period->currentData().toInt();
    if (days > 0) {
        const QDate today = m_workspace->clock().today();
        filter.fromMs = QDateTime(today.addDays(1 - days), QTime(0, 0)).toMSecsSinceEpoch();
        filter.toMs = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    filter.kind = inspectionKindFromKey(m_kind->currentData().toString());
    const Result<QList<InspectionRecord>> found = m_workspace->inspections()->inspections(filter);
    m_records = found ? found.value() : QList<InspectionRecord>();
    m_error = found ? QString() : found.error();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Inspection"), tr("Subject"),
                                        tr("Product"), tr("Sampling"), tr("Result"),
                                        tr("Inspector"), tr("Note")});
    for (const InspectionRecord &r : std::as_const(m_records)) {
        QString sampling;
        if (r.sampleSize > 0)
            sampling = tr("n %1, Ac %2 / Re %3, %4 nonconforming")
                           .arg(r.sampleSize)
                           .arg(r.accept.value_or(0))
                           .arg(r.reject.value_or(1))
                           .arg(r.nonconforming);
        QString result = r.passed ? tr("Pass") : tr("Fail");
        if (r.voided)
            result = tr("%1 (voided)").arg(result);
        const QList<QStandardItem *> row = {
            new QStandardItem(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs),
                                                 QLocale::ShortFormat)),
            new QStandardItem(inspectionKindName(r.kind)),
            new QStandardItem(subjectOf(r)),
            new QStandardItem(QString(r.partNo + QLatin1Char(' ') + r.productName).trimmed()),
            new QStandardItem(sampling),
            new QStandardItem(result),
            new QStandardItem(r.inspector),
            new QStandardItem(r.note),
        };
        for (QStandardItem *item : row) {
            item->setEditable(false);
            if (r.voided) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            }
        }
        row.at(5)->setForeground(r.passed ? Palette::GoodText : Palette::Red);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Taktline
