#pragma once

#include <QWidget>

namespace Taktline {

// A slim bar of load against capacity; past 100 % it turns red so an overloaded machine is
// seen at a glance.
class LoadBar final : public QWidget
{
    Q_OBJECT
public:
    explicit LoadBar(QWidget *parent = nullptr);

    void setLoad(double loadHours, double capacityHours);
    double ratio() const;                               // load / capacity; 0 without capacity
    bool overloaded() const { return ratio() > 1.005; } // past what reads as 100 %
    QSize sizeHint() const override { return {200, 10}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_load = 0;
    double m_capacity = 0;
};

} // namespace Taktline
