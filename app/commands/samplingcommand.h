#pragma once

#include <QStringList>

namespace Taktline {

// `taktline sampling --lot-size N [--level II] --aql 1.0 [--severity normal|tightened|reduced]
// [--json] [--lang zh_CN|en]`: the GB/T 2828.1 single sampling plan for a lot — code letter,
// sample size, Ac and Re — for scripts and for checking a plan by hand. Needs no database.
// Usage errors exit 2; a lot size or AQL outside the tables exits 1 with the reason.
int runSamplingCommand(const QStringList &args);

} // namespace Taktline
