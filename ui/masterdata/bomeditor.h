#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Taktline {

class BomLinesModel;
class MessageBanner;
class ProductPicker;
class Outcome;
class Workspace;

// Edits the bill of materials (物料清单) of a product: pick the product on the left, add
// components with their quantity per unit and the step they are fed at, edit them in the table
// or remove them on the right; every change is one undo step, every refusal shows in the banner.
class BomEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit BomEditor(Workspace *workspace, QWidget *parent = nullptr);

    BomLinesModel *linesModel() const { return m_lines; }
    QTableView *productList() const;
    QTableView *linesView() const { return m_linesView; }
    MessageBanner *banner() const { return m_banner; }
    void selectProduct(const QString &productId);

private:
    void onProductChosen();
    void fillChoices();
    void updateUnit();
    void addLine();
    void removeLine();
    int selectedRow() const;
    void updateButtons();
    void report(const Outcome &outcome);

    Workspace *m_workspace;
    ProductPicker *m_picker;
    BomLinesModel *m_lines;
    QLabel *m_heading;
    QWidget *m_addBar;
    QComboBox *m_component;
    QLineEdit *m_quantity;
    QLabel *m_unit;
    QComboBox *m_step;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableView *m_linesView;
    MessageBanner *m_banner;
};

} // namespace Taktline
