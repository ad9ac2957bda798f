#include "board/boardstyle.h"

#include "common/theme.h"

namespace Taktline {

QString boardStyleSheet()
{
    return themed(uR"(
#boardWindow { background: @boardWindow; }
#boardWindow QLabel { color: @boardText; }
#boardTitle { font-size: 44px; font-weight: bold; }
#boardPageTitle { font-size: 40px; font-weight: 600; color: @boardMuted; }
#boardIndicator { font-size: 32px; color: @boardMuted; }
#boardClock { font-size: 52px; font-weight: bold; }
#boardEmpty { font-size: 48px; font-weight: 600; color: @boardMuted; }
#boardError { font-size: 28px; color: @white; background: @red; padding: 8px 16px; border-radius: 8px; }
)");
}

} // namespace Taktline
