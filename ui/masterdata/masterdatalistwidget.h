#pragma once

#include "domain/masterdata/fieldspec.h"
#include "domain/outcome.h"
#include "item/choice.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Taktline {

class ListExport;
class MasterDataFilterProxy;
class MasterDataTableModel;
class MessageBanner;
class Workspace;

// One master-data list: search, show inactive, add / edit / deactivate, export to Excel.
class MasterDataListWidget final : public QWidget
{
    Q_OBJECT
public:
    MasterDataListWidget(Workspace *workspace, MasterDataKind kind, QWidget *parent = nullptr);

    MasterDataKind kind() const { return m_kind; }
    MasterDataTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }

    void addRecord();
    void editSelected();
    void toggleSelectedActive();
    void exportToExcel();
    void printBadges(); // the Employees list: every active employee's badge (工牌)
    void editStationPin(); // the Employees list: the selected employee's station PIN
    Outcome exportTo(const QString &path);

private:
    int selectedSourceRow() const;
    void updateButtons();
    void updateCount();

    QHash<QString, QList<Choice>> referenceChoices() const;

    Workspace *m_workspace;
    MasterDataKind m_kind;
    MasterDataTableModel *m_model;
    MasterDataFilterProxy *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_showInactive;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggleActive;
    QPushButton *m_pin = nullptr;
    ListExport *m_export = nullptr;
    QTableView *m_view;
    MessageBanner *m_banner;
};

} // namespace Taktline
