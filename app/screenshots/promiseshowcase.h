#pragma once

#include <QString>

class QWidget;

namespace Taktline {

class MainWindow;
class Workspace;

// `taktline screenshot workorders/promise`: the new-order dialog filled in with a product,
// quantity and due date that show a promise worth seeing (a rush that delays orders, material
// short, when the demo has one); workorders/promise-details: the details of that promise.
// Nothing is saved.
QWidget *openPromiseShowcase(MainWindow &window, Workspace &workspace, const QString &tab);

} // namespace Taktline
