#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace Taktline {

// One key figure at the top of the dashboard: its name, the figure in large type coloured by how
// good it is, and a line saying what it is made of — or, when it cannot be told, the sentence
// why. A click opens the rows behind it.
class KpiTile final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QColor &colour, const QString &detail);
    void setNotice(const QString &sentence);
    QString valueText() const;
    QString detailText() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace Taktline
