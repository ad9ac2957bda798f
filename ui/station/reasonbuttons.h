#pragma once

#include "domain/masterdata/fieldspec.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QPushButton;

namespace Taktline {

class MasterDataService;

// A captioned grid of big buttons, one per active defect or downtime reason, so an operator
// picks a reason with one touch instead of scrolling a list.
class ReasonButtons final : public QWidget
{
    Q_OBJECT
public:
    // CHECKABLE: a button stays chosen (defect reasons); otherwise a press just says which.
    ReasonButtons(MasterDataService *masterData, MasterDataKind kind, bool checkable,
                  const QString &caption, QWidget *parent = nullptr);

    void reload();
    QString selectedId() const;
    void clearSelection();
    QList<QPushButton *> buttons() const;
    QPushButton *buttonFor(const QString &code) const;

signals:
    void reasonPressed(const QString &reasonId);

private:
    MasterDataService *m_masterData;
    MasterDataKind m_kind;
    bool m_checkable;
    QButtonGroup *m_group;
    QGridLayout *m_grid;
};

} // namespace Taktline
