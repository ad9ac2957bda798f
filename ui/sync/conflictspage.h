#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace Taktline {

class ConflictListModel;
class ConflictService;
class MessageBanner;
struct SyncConflict;

// The Conflicts view (冲突): what merging the devices' changes could not settle, with what each
// device did and one button per way to settle it. Actions that void or merge records ask first.
class ConflictsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(ConflictService *service, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ConflictListModel *model() const { return m_model; }
    QCheckBox *showResolvedCheck() const { return m_showResolved; }
    MessageBanner *banner() const { return m_banner; }
    void reload();
    void selectConflict(const QString &id);
    // Runs ACTION_KEY of the selected conflict, asking first when it voids or merges records.
    void runAction(const QString &actionKey);

    // Asks a yes/no question; tests replace it.
    void setConfirmer(std::function<bool(QWidget *, const QString &title, const QString &text)> ask)
    {
        m_confirm = std::move(ask);
    }

private:
    QWidget *createDetails();
    void showSelected();
    const SyncConflict *selected() const;

    ConflictService *m_service;
    ConflictListModel *m_model;
    MessageBanner *m_banner;
    std::function<bool(QWidget *, const QString &, const QString &)> m_confirm;
    QTableView *m_view = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_resolution = nullptr;
    QWidget *m_actions = nullptr;
    QVBoxLayout *m_actionsLayout = nullptr;
};

} // namespace Taktline
