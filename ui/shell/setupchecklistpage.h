#pragma once

#include "services/masterdata/setupchecklist.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Taktline {

class Workspace;

// The dashboard of a factory being set up: what to add before the first work order, each step
// a link to its page and ticked when the data it asks for exists; below it, what the dashboard
// will show.
class SetupChecklistPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SetupChecklistPage(Workspace *workspace, QWidget *parent = nullptr);

    bool isDone(SetupStep step) const { return m_done.value(step); }
    void refresh();

signals:
    void stepChosen(Taktline::SetupStep step);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        QLabel *tick = nullptr;
        QPushButton *link = nullptr;
    };

    Workspace *m_workspace;
    QLabel *m_title;
    QLabel *m_error;
    QHash<SetupStep, Row> m_rows;
    QHash<SetupStep, bool> m_done;
};

// The key of a step for object names and the command line ("machines", "firstWorkOrder").
QString setupStepKey(SetupStep step);

} // namespace Taktline
