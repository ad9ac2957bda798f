#pragma once

#include "domain/masterdata/bom.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Taktline {

class Workspace;

// The Materials tab of a work order (物料): per line of the product's bill of materials what
// the order needs, what has been fed, what usable lots hold and what is short (缺料, in red).
// Follows feeds, receipts, blocked lots and BOM edits as they happen.
class MaterialsPanel final : public QWidget
{
    Q_OBJECT
public:
    // The shortage comes right after the component, so a narrow panel still shows it.
    enum Column {
        ComponentColumn,
        ShortageColumn,
        RequiredColumn,
        FedColumn,
        StockColumn,
        StepColumn,
        ColumnCount
    };

    explicit MaterialsPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showWorkOrder(const QString &workOrderId);
    QTableWidget *table() const { return m_table; }
    QString summary() const;
    int shortCount() const { return m_shortCount; }

signals:
    // The number of components short changed (the tab's title shows it).
    void shortCountChanged(int shortCount);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshLater(); // now when shown, else when next shown
    void fill(const QList<MaterialRequirement> &rows, const QList<int> &stepSeqs,
              const QStringList &stepNames);

    Workspace *m_workspace;
    QString m_workOrderId;
    QString m_productId;
    QLabel *m_summary;
    QTableWidget *m_table;
    int m_shortCount = 0;
    QStringList m_shortNames; // "RM-CU-15 · 铜芯电线 (123.5 m short)"
    bool m_stale = false;
};

} // namespace Taktline
