#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace Taktline {

class DateEdit;
class DispositionDialog;
class MessageBanner;
class NonconformanceDialog;
class NonconformanceListModel;
class Workspace;

// The nonconformance list (不合格品) of the Quality page: number, date, product, order and step,
// lot or serial, quantity and what is still open, reason and the dispositions; open ones or
// all of a period; New opens one by hand, Dispose decides on the selected one's open pieces.
class NonconformanceList final : public QWidget
{
    Q_OBJECT
public:
    explicit NonconformanceList(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    // Opens the dialogs (window-modal, not blocking) and returns them, so a test can fill them.
    NonconformanceDialog *newNonconformance();
    DispositionDialog *disposeSelected(); // nullptr when no row with open pieces is selected
    NonconformanceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateButtons();

    Workspace *m_workspace;
    NonconformanceListModel *m_model;
    MessageBanner *m_banner;
    QComboBox *m_show;
    DateEdit *m_from;
    DateEdit *m_to;
    QPushButton *m_new;
    QPushButton *m_dispose;
    QTableView *m_view;
    QString m_selectedId;
};

} // namespace Taktline
