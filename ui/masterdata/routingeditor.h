#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Taktline {

class MessageBanner;
class ProductPicker;
class RoutingOperationsModel;
class Workspace;

// Edits the routing of a product: pick the product on the left, edit its ordered operations
// (name, standard time, default machine; for a step done outside (外协) its supplier and price)
// on the right; every change is one undo step.
class RoutingEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingEditor(Workspace *workspace, QWidget *parent = nullptr);

    RoutingOperationsModel *operationsModel() const { return m_operations; }
    QTableView *productList() const;
    QTableView *operationsView() const { return m_operationsView; }
    void selectProduct(const QString &productId);

private:
    void onProductChosen();
    void addOperation();
    void removeOperation();
    void moveOperation(int delta);
    int selectedOperationRow() const;
    void updateButtons();
    void report(const class Outcome &outcome);

    Workspace *m_workspace;
    ProductPicker *m_picker;
    RoutingOperationsModel *m_operations;
    QLabel *m_heading;
    QTableView *m_operationsView;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    MessageBanner *m_banner;
};

} // namespace Taktline
