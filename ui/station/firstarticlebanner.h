#pragma once

#include <QFrame>
#include <QPointer>

class QDialog;
class QLabel;
class QPushButton;
class QTimer;

namespace Taktline {

class StationFirstArticle;
class Workspace;

// The station's first-article banner (首件检验): "首件待送检" with a big "送检首件" button, then
// "等待首检 12 分钟" until an inspector scans their badge, green "首件合格" after a pass, red
// "首件不合格" after a fail. Hidden on a step without a first article. Opens the inspection
// form for the inspector who signed in at the station.
class FirstArticleBanner final : public QFrame
{
    Q_OBJECT
public:
    FirstArticleBanner(Workspace *workspace, StationFirstArticle *firstArticle,
                       QWidget *parent = nullptr);

    QString text() const;
    QPushButton *requestButton() const { return m_request; }
    // The inspection form the inspector fills in, while it is open.
    QDialog *form() const { return m_form; }

private:
    void update();
    void openForm();

    Workspace *m_workspace;
    StationFirstArticle *m_firstArticle;
    QLabel *m_text;
    QLabel *m_detail;
    QPushButton *m_request;
    QTimer *m_minutes;
    QPointer<QDialog> m_form;
};

} // namespace Taktline
