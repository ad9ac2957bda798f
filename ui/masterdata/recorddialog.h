#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"
#include "item/choice.h"

#include <QDialog>
#include <QHash>

#include <functional>

namespace Taktline {

class MessageBanner;

// Adds or edits one master-data record with a form built from its EntitySpec. The dialog
// stays open with the reason shown when saving is refused, so nothing typed is lost.
class RecordDialog final : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Outcome(const QVariantMap &values)>;

    // CHOICES: for a field that references other master data (a product's unit), the rows to
    // choose from by column, the default first; without them the field is typed.
    RecordDialog(MasterDataKind kind, const MasterRecord &initial, SaveFunction save,
                 QWidget *parent = nullptr, const QHash<QString, QList<Choice>> &choices = {});

    // The values the user changed (all values for a new record), as typed.
    QVariantMap values() const;
    QString errorText() const;

    void accept() override;

private:
    MasterDataKind m_kind;
    MasterRecord m_initial;
    bool m_isNew;
    SaveFunction m_save;
    QHash<QString, QWidget *> m_editors;
    MessageBanner *m_banner;
};

} // namespace Taktline
