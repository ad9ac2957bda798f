#pragma once

#include <QCoreApplication>

class QWidget;

namespace Taktline {

class MessageBanner;
class Workspace;

// Prints the badge (工牌) of every active employee and records that they were printed.
class BadgePrinter
{
    // The texts keep the list widget's translation context, where they were written first.
    Q_DECLARE_TR_FUNCTIONS(Taktline::MasterDataListWidget)

public:
    static void printAll(Workspace *workspace, MessageBanner *banner, QWidget *parent);
};

} // namespace Taktline
