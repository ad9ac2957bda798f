#include "quality/spc/spcyieldtable.h"

#include "common/lists/tableviews.h"
#include "common/theme.h"
#include "services/quality/spcservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

SpcYieldTable::SpcYieldTable(QWidget *parent)
    : QGroupBox(tr("First-pass yield"), parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("spcYield"));
    m_model->setHorizontalHeaderLabels({tr("Product"), tr("Step"), tr("Good / made"), tr("FPY")});
    m_view = makeListView(m_model, QStringLiteral("spcYieldView"), this, TableRows::Compact);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_notice->setObjectName(QStringLiteral("spcYieldNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(themed(u"color: @muted; font-weight: normal;"));
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
}

void SpcYieldTable::setYields(const QList<FirstPassYield> &yields)
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const FirstPassYield &yield : yields) {
        auto *product = new QStandardItem(yield.partNo);
        product->setToolTip(yield.partNo + QLatin1Char(' ') + yield.productName);
        auto *step = new QStandardItem(
            yield.seq > 0 ? QStringLiteral("%1 %2").arg(yield.seq).arg(yield.operationName)
                          : yield.operationName);
        auto *counts =
            new QStandardItem(locale.toString(yield.firstPass, 'f', 0) + QStringLiteral(" / ") +
                              locale.toString(yield.made, 'f', 0));
        counts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *rate =
            new QStandardItem(locale.toString(yield.yield() * 100, 'f', 1) + QStringLiteral(" %"));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rate->setData(yield.yield(), Qt::UserRole);
        if (yield.seq == 0) {
            for (QStandardItem *item : {product, step, counts, rate}) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_model->appendRow({product, step, counts, rate});
    }
    m_notice->setVisible(yields.isEmpty());
    m_view->setVisible(!yields.isEmpty());
    if (yields.isEmpty())
        m_notice->setText(tr("No pieces were reported in this period."));
}

void SpcYieldTable::setNotice(const QString &sentence)
{
    m_model->removeRows(0, m_model->rowCount());
    m_notice->setText(sentence);
    m_notice->show();
    m_view->hide();
}

} // namespace Taktline
