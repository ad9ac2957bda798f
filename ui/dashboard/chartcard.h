#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;

namespace Taktline {

// One chart of the dashboard on a white card: a title, the chart, and, when the chart has
// nothing to show, the sentence why in its place (never an empty axis or a fake figure).
class ChartCard final : public QFrame
{
    Q_OBJECT
public:
    ChartCard(const QString &key, const QString &title, QWidget *parent = nullptr);

    // Shows CHART (the card's view takes it over) with HINT beside the title ("click a bar …").
    void setChart(QChart *chart, const QString &hint = {});
    void setNotice(const QString &sentence);
    QChart *chart() const; // null while a notice is shown
    QString notice() const;
    QWidget *body() const;         // the chart view, or a widget set with setBody
    void setBody(QWidget *widget); // a table instead of a chart (the late orders)
    void showBody();               // the table again after a notice

private:
    QLabel *m_title;
    QLabel *m_hint;
    QChartView *m_view;
    QLabel *m_notice;
    QWidget *m_body = nullptr;
};

} // namespace Taktline
