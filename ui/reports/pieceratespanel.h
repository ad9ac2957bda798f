#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Taktline {

class MessageBanner;
class Workspace;

// The rate table tab (工价表): one product's piece rates by operation and date, with the
// routing's operations that have none; add, edit and remove for those who edit master data.
class PieceRatesPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Column { OperationColumn, RateColumn, ValidFromColumn, StatusColumn, ColumnCount };
    static constexpr int RateIdRole = Qt::UserRole + 1;

    PieceRatesPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    void setProduct(const QString &productId);
    QString productId() const;
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    bool canEdit() const { return m_canEdit; }

    void addRate();
    void editSelected();
    void removeSelected();
    // Saves RATE (in place of the rate REPLACESID when given); a refusal goes to the banner.
    Outcome saveRate(const PieceRate &rate, const QString &replacesId = {});

signals:
    void ratesChanged();

private:
    void reloadProducts();
    void reloadRates();
    void updateButtons();
    QStringList routingNames() const;
    PieceRate rateAt(int row) const;
    void openDialog(const PieceRate &initial);

    Workspace *m_workspace;
    MessageBanner *m_banner;
    bool m_canEdit;
    QComboBox *m_product;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_note;
    QList<PieceRate> m_rates;
};

} // namespace Taktline
