#pragma once

#include <QString>

namespace Taktline {

// The Traceability page's look, scoped to #traceabilityPage: a big search field and buttons of
// 44 px and more for gloved fingers, a segmented direction choice, tall tree and table rows.
QString traceStyleSheet();

} // namespace Taktline
