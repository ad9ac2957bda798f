#pragma once

#include "shell/page.h"

#include <QWidget>

namespace Taktline {

// A page whose feature is still to come: it says plainly what will be there and when.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(Page page, QWidget *parent = nullptr);

    static QString plannedFeature(Page page);   // one sentence, translated
    static QStringList plannedPoints(Page page); // what the user will be able to do
};

} // namespace Taktline
