#include "login/languagechoicedialog.h"

#include "common/languagemanager.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

LanguageChoiceDialog::LanguageChoiceDialog(LanguageManager *language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
{
    setObjectName(QStringLiteral("languageChoiceDialog"));
    // Both languages at once: the person choosing may read only one of them.
    setWindowTitle(QStringLiteral("Taktline — 选择语言 / Choose your language"));
    setMinimumWidth(420);
    auto *title = new QLabel(QStringLiteral("选择语言 · Choose your language"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    const QString current = LanguageManager::storedLanguage();
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *button = new QPushButton(LanguageManager::nativeName(code), this);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setMinimumHeight(48);
        button->setAutoDefault(code == current);
        button->setDefault(code == current);
        connect(button, &QPushButton::clicked, this, [this, code] {
            m_language->applyAndStore(code);
            accept();
        });
        layout->addWidget(button);
    }
}

} // namespace Taktline
