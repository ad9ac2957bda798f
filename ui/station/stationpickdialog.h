#pragma once

#include "domain/masterdata/fieldspec.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Taktline {

class MasterDataService;

// The station's manual path: pick an operator or a machine from a big touch list, or type a
// code by hand (a supervisor helping out when a badge or label is missing).
class StationPickDialog final : public QDialog
{
    Q_OBJECT
public:
    StationPickDialog(MasterDataService *masterData, MasterDataKind kind, QWidget *parent = nullptr);

    QString selectedId() const { return m_selectedId; }
    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);
    void pickCurrent();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QString m_selectedId;
};

} // namespace Taktline
