#include "boardshowcase.h"

#include "board/boardwindow.h"
#include "services/access/accesscontrol.h"
#include "services/board/boardservice.h"
#include "services/workspace.h"

#include <QTimer>

namespace Taktline {

Outcome showBoardShowcase(Workspace &workspace, const QString &tab,
                          std::unique_ptr<BoardService> &board, std::unique_ptr<QWidget> &shown)
{
    workspace.access()->signOut();
    QString error;
    const std::optional<QList<BoardWindow::PageKind>> page =
        BoardWindow::pagesFromText(tab.isEmpty() ? QStringLiteral("machines") : tab, &error);
    if (!page)
        return Outcome::failure(error);
    board = std::make_unique<BoardService>(&workspace, QString());
    if (Outcome loaded = board->load(); !loaded)
        return loaded;
    auto window = std::make_unique<BoardWindow>(board.get(), BoardWindow::allPages(), 15);
    window->rotationTimer()->stop();
    window->showPage(page->constFirst());
    shown = std::move(window);
    return Outcome::success();
}

} // namespace Taktline
