#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Taktline {

class DateEdit;
class MessageBanner;
class Workspace;

// The Shipments tab of the Traceability page (发货): the shipments of a period with their lines,
// and the two warehouse acts that feed a forward trace its customers — receiving finished goods
// (成品入库) and shipping production lots and serials.
class ShipmentsPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        CustomerColumn,
        CustomerOrderColumn,
        LinesColumn,
        QuantityColumn,
        ColumnCount
    };

    explicit ShipmentsPanel(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QStandardItemModel *linesModel() const { return m_linesModel; }
    MessageBanner *banner() const { return m_banner; }

    void setPeriod(const QDate &from, const QDate &to);
    void reload();
    QString selectedShipment() const; // its number, or empty
    // The dialogs (modal); a shipment made or goods received show in the banner.
    void newShipment();
    void receiveFinishedGoods();

signals:
    void traceRequested(const QString &code);

private:
    QWidget *createToolbar();
    void showLines();
    void updateActions();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    DateEdit *m_from;
    DateEdit *m_to;
    QPushButton *m_receive;
    QPushButton *m_ship;
    QPushButton *m_trace;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_linesTitle;
    QStandardItemModel *m_linesModel;
    QTableView *m_lines;
};

} // namespace Taktline
