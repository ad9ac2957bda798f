// Must NOT compile: taktline_models does not link QtWidgets (see CMakeLists.txt here).
#include "services/masterdata/masterdataservice.h"
#include <QWidget>

int probe()
{
    QWidget widget;
    return widget.width();
}
