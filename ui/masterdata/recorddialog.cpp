#include "masterdata/recorddialog.h"

#include "common/messagebanner.h"
#include "common/fields/scaninputguard.h"
#include "domain/masterdata/masterdataspecs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Taktline {

namespace {

QString editText(const FieldSpec &field, const QVariant &value)
{
    if (field.type == FieldType::Decimal && value.isValid())
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace

RecordDialog::RecordDialog(MasterDataKind kind, const MasterRecord &initial, SaveFunction save,
                           QWidget *parent, const QHash<QString, QList<Choice>> &choices)
    : QDialog(parent)
    , m_kind(kind)
    , m_initial(initial)
    , m_isNew(initial.id.isEmpty())
    , m_save(std::move(save))
    , m_banner(new MessageBanner(this))
{
    const EntitySpec &spec = entitySpec(kind);
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(m_isNew ? tr("New %1").arg(spec.displaySingular())
                           : tr("Edit %1 %2").arg(spec.displaySingular(),
                                                  initial.text(spec.codeField().column)));
    setMinimumWidth(460);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    for (const FieldSpec &field : spec.fields) {
        const QVariant value = m_isNew && !initial.values.contains(field.column)
            ? field.defaultValue
            : initial.value(field.column);
        QWidget *editor = nullptr;
        if (field.type == FieldType::Boolean) {
            auto *check = new QCheckBox(this);
            check->setChecked(value.toBool());
            editor = check;
        } else if (choices.contains(field.column)) {
            auto *combo = new QComboBox(this);
            for (const Choice &choice : choices.value(field.column))
                combo->addItem(choice.label, choice.value);
            const bool byDefault = m_isNew && !field.reference.isEmpty();
            combo->setCurrentIndex(byDefault ? 0 : std::max(0, combo->findData(value)));
            editor = combo;
        } else if (!field.reference.isEmpty()) {
            const QString shown = m_isNew ? value.toString() : initial.text(field.displayColumn());
            auto *line = new QLineEdit(shown, this);
            line->setMaxLength(field.maxLength);
            editor = line;
        } else {
            auto *line = new QLineEdit(editText(field, value), this);
            line->setMaxLength(field.maxLength);
            if (field.type != FieldType::Text) {
                line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
                ScanInputGuard::protect(line);
            }
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field_") + field.column);
        m_editors.insert(field.column, editor);
        form->addRow(field.displayLabel() + (field.required ? QStringLiteral(" *") : QString())
                         + tr(":"),
                     editor);
    }
    auto *hint = new QLabel(tr("* required"), this);
    hint->setObjectName(QStringLiteral("placeholderNote"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QVariantMap RecordDialog::values() const
{
    QVariantMap values;
    for (const FieldSpec &field : entitySpec(m_kind).fields) {
        QWidget *editor = m_editors.value(field.column);
        QVariant value;
        if (auto *check = qobject_cast<QCheckBox *>(editor))
            value = check->isChecked();
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            value = combo->currentData();
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            value = line->text();
        const QVariant before = m_initial.value(field.column);
        bool unchanged = field.type == FieldType::Boolean
                             ? value.toBool() == before.toBool()
                             : value.toString() == editText(field, before);
        if (!field.reference.isEmpty() && qobject_cast<QLineEdit *>(editor))
            unchanged = value.toString() == m_initial.text(field.displayColumn());
        if (m_isNew || !unchanged)
            values.insert(field.column, value);
    }
    return values;
}

QString RecordDialog::errorText() const
{
    return m_banner->text();
}

void RecordDialog::accept()
{
    const QVariantMap changed = values();
    if (!m_isNew && changed.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (Outcome saved = m_save(changed); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
