// Must compile: the same setup as widget_probe.cpp without the widget include.
#include "services/masterdata/masterdataservice.h"
#include <QObject>

int probe()
{
    QObject object;
    return object.objectName().size();
}
