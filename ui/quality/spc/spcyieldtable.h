#pragma once

#include <QGroupBox>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Taktline {

struct FirstPassYield;

// First-pass yield (直通率) per product and step, and over each product's whole routing, for the
// SPC chart's period.
class SpcYieldTable final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SpcYieldTable(QWidget *parent = nullptr);

    void setYields(const QList<FirstPassYield> &yields);
    void setNotice(const QString &sentence);
    QTableView *view() const { return m_view; }

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_notice;
};

} // namespace Taktline
