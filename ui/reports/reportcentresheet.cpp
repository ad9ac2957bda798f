#include "reports/reportcentresheet.h"

#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "item/reports/reportsheetmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

ReportCentreSheet::ReportCentreSheet(ReportSheet &sheet, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReportSheetModel(this))
    , m_view(nullptr)
    , m_totals(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("reportSheet"));
    m_model->setSheet(sheet);
    m_view = makeListView(m_model, QStringLiteral("reportSheetTable"), this, TableRows::Office);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int width = m_view->columnWidth(column) + 12;
        m_view->setColumnWidth(column, std::min(width, 360));
    }
    fitColumnsToHeaders(m_view);
    // The figures keep their widths: a stretched last column would push its numbers far right.
    m_view->horizontalHeader()->setStretchLastSection(false);

    m_totals->setObjectName(QStringLiteral("reportTotalsLabel"));
    m_totals->setStyleSheet(themed(u"font-weight: 600; color: @ink; padding: 4px 2px;"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString totals = m_model->totalsText();
    if (m_model->truncated())
        totals +=
            QLatin1Char('\n') + tr("Only the first %L1 rows are shown; the export holds them all.")
                                    .arg(m_model->rowCount());
    m_totals->setText(totals);
    m_totals->setVisible(!totals.isEmpty());

    m_notes->setObjectName(QStringLiteral("reportNotesLabel"));
    m_notes->setStyleSheet(themed(u"color: @muted;"));
    m_notes->setWordWrap(true);
    m_notes->setText(m_model->notes().join(QLatin1Char('\n')));
    m_notes->setVisible(!m_model->notes().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_notes);
}

} // namespace Taktline
