#pragma once

#include "domain/outcome.h"

#include <QString>
#include <QWidget>

#include <memory>

namespace Taktline {

class BoardService;
class Workspace;

// `taktline screenshot board[/PAGE]`: the wall board as the TV shows it, nobody signed in (the
// workspace's session ends), its rotation stopped on the page TAB names (machines when empty).
// BOARD and SHOWN receive the service and its window; the service must outlive the window.
Outcome showBoardShowcase(Workspace &workspace, const QString &tab,
                          std::unique_ptr<BoardService> &board, std::unique_ptr<QWidget> &shown);

} // namespace Taktline
