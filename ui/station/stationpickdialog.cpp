#include "station/stationpickdialog.h"

#include "common/fields/scaninputguard.h"
#include "services/masterdata/masterdataservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

StationPickDialog::StationPickDialog(MasterDataService *masterData, MasterDataKind kind,
                                     QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    const bool employee = kind == MasterDataKind::Employee;
    const QString codeColumn = employee ? QStringLiteral("badge") : QStringLiteral("code");
    setObjectName(QStringLiteral("stationPickDialog"));
    setWindowTitle(employee ? tr("Choose the operator") : tr("Choose the machine"));
    m_filter->setObjectName(QStringLiteral("pickFilter"));
    m_filter->setPlaceholderText(employee ? tr("Badge code or name") : tr("Machine code or name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumHeight(52);
    ScanInputGuard::protect(m_filter); // a badge or machine code, often scanned
    m_list->setObjectName(QStringLiteral("pickList"));
    m_list->setUniformItemSizes(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget { font-size: 20px; } "
                                         "QListWidget::item { min-height: 52px; padding: 0 8px; }"));
    const Result<QList<MasterRecord>> records = masterData->list(kind, false);
    if (records) {
        for (const MasterRecord &record : records.value()) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1   %2").arg(record.text(codeColumn), record.localizedName()),
                m_list);
            item->setData(Qt::UserRole, record.id);
            item->setData(Qt::UserRole + 1, record.text(codeColumn));
        }
    }
    auto *note = new QLabel(records ? tr("Touch a line, or type the code and press Enter.")
                                    : records.error(),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumSize(120, 52);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    connect(m_filter, &QLineEdit::textChanged, this, &StationPickDialog::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &StationPickDialog::pickCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &StationPickDialog::pickCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &StationPickDialog::pickCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StationPickDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem *exact = nullptr;
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
        if (item->data(Qt::UserRole + 1).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            exact = item;
    }
    m_list->setCurrentItem(exact ? exact : first);
}

void StationPickDialog::pickCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    m_selectedId = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace Taktline
