#pragma once

#include "domain/outcome.h"
#include "services/trace/traceservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Taktline {

class ConflictMarkModel;
class ConflictService;

class LotLabelOutput;
class LotTableModel;
class MessageBanner;
class Workspace;
struct LotRow;

// The Lots tab (批次): the material lots with their stock and status, filtered by material and
// searched by any text; receiving material (then its label), blocking and releasing a lot with
// a reason, and tracing a lot forward. Changes need ManageMaterial; without it the actions are
// disabled and say why.
class LotsPanel final : public QWidget
{
    Q_OBJECT
public:
    LotsPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    LotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool canManage() const;
    void reload();
    // Marks the lots with an open sync conflict.
    void setConflicts(ConflictService *conflicts);
    QString selectedLot() const;
    bool selectLot(const QString &lotNo);
    // A scanned lot: shown and selected, or a message when it is not in the list.
    void showLot(const QString &code);

    // What the buttons do, without their dialogs; refusals go to the banner too.
    Result<QString> receive(const LotReceipt &receipt);
    Outcome block(const QString &lotNo, const QString &reason);
    Outcome unblock(const QString &lotNo, const QString &reason);
    Outcome saveLabelPdf(const QString &lotNo, const QString &path);

signals:
    void traceRequested(const QString &lotCode);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadWhenShown(); // a change while hidden is read at the next show
    QWidget *createFilterRow();
    QWidget *createActionRow();
    void reloadMaterials();
    void openReceiveDialog();
    void openReasonDialog(bool blocking);
    void traceSelected();
    void updateActions();
    const LotRow *rowOf(const QString &lotNo) const;

    Workspace *m_workspace;
    MessageBanner *m_banner;
    LotTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ConflictMarkModel *m_marks = nullptr;
    LotLabelOutput *m_labels;
    QComboBox *m_material = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_unblock = nullptr;
    QPushButton *m_label = nullptr;
    QPushButton *m_trace = nullptr;
    bool m_stale = true;
};

} // namespace Taktline
