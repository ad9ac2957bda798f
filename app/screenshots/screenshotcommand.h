#pragma once

#include <QStringList>

namespace Taktline {

// `taktline screenshot PAGE --out FILE.png [--lang zh_CN|en] [--size WxH] [--db PATH]
//  [--role ROLE]`: renders one page offscreen, for the README and for review.
int runScreenshotCommand(const QStringList &args);

} // namespace Taktline
