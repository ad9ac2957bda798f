#pragma once

#include "services/import/importservice.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Taktline {

class MessageBanner;
class Workspace;

// Excel and CSV import (导入): the user picks what the file holds, gets a template to fill (or
// the factory's current data to edit), picks the file, sees at once what an import would add
// and change and every problem by sheet, row and column, and imports only a clean file — as
// one step the undo stack takes back.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Workspace *workspace, ImportKind kind, QWidget *parent = nullptr);

    // Opens the dialog for KIND over PARENT (it deletes itself when closed).
    static ImportDialog *openFor(Workspace *workspace, ImportKind kind, QWidget *parent);

    ImportKind kind() const;
    void setKind(ImportKind kind);
    // Reads and checks PATH at once (the dry run); nothing is written.
    void setFile(const QString &path);
    // Imports the checked file; false (a message in the banner) when refused.
    bool runImport();
    // Takes the last import back through the undo stack.
    void undoImport();
    Outcome saveTemplate(const QString &path, bool withCurrentData);
    Outcome saveErrorWorkbook(const QString &path);
    const std::optional<ImportPlan> &plan() const { return m_plan; }
    QStandardItemModel *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *undoButton() const { return m_undo; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *countsLabel() const { return m_counts; }

signals:
    // An import was written or taken back: pages showing the kind's data reload.
    void imported();

private:
    void chooseFile();
    void askTemplate(bool withCurrentData);
    void askErrorWorkbook();
    void showPlan();
    void updateButtons();

    Workspace *m_workspace;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QPushButton *m_template;
    QPushButton *m_current;
    QLabel *m_counts;
    QStandardItemModel *m_problems;
    QTableView *m_problemView;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QPushButton *m_errorWorkbook;
    QPushButton *m_import;
    QPushButton *m_close;
    std::optional<ImportPlan> m_plan;
    bool m_done = false; // the checked file was imported
};

} // namespace Taktline
