#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>

class QWidget;

namespace Taktline {

// Writes the dashboard as it is shown: a PNG of the whole page (scrolled-away parts too) or a
// one-page PDF with the page drawn as vectors, fitted to A4 in the orientation that suits it.
class DashboardExport final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardExport)

public:
    static Outcome write(QWidget *content, const QString &path); // .png or .pdf
};

} // namespace Taktline
