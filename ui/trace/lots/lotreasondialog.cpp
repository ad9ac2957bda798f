#include "trace/lots/lotreasondialog.h"

#include "common/messagebanner.h"
#include "trace/tracestyle.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

LotReasonDialog::LotReasonDialog(const QString &title, const QString &prompt,
                                 const QStringList &suggestions, const QString &applyText,
                                 ApplyFunction apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_reason(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("lotReasonDialog"));
    setWindowTitle(title);
    setMinimumWidth(480);
    auto *question = new QLabel(prompt, this);
    question->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMinimumHeight(TraceTouchHeight);
    m_reason->setMaxLength(200);

    // Common reasons as big buttons: one touch fills the field, which can still be edited.
    auto *quick = new QGridLayout;
    quick->setSpacing(8);
    for (int i = 0; i < suggestions.size(); ++i) {
        auto *button = new QPushButton(suggestions.at(i), this);
        button->setObjectName(QStringLiteral("reasonButton"));
        button->setMinimumHeight(TraceTouchHeight);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, m_reason,
                [this, text = suggestions.at(i)] { m_reason->setText(text); });
        quick->addWidget(button, i / 2, i % 2);
    }

    QDialogButtonBox *buttons = touchDialogButtons(this, applyText, QStringLiteral("applyButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addLayout(quick);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString LotReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString LotReasonDialog::errorText() const
{
    return m_banner->text();
}

void LotReasonDialog::accept()
{
    if (Outcome applied = m_apply(reason()); !applied) {
        m_banner->showMessage(applied.error());
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
