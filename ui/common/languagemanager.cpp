#include "common/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Taktline {

namespace {
const QString SettingsKey = QStringLiteral("ui/language");
const QString Chinese = QStringLiteral("zh_CN");
const QString English = QStringLiteral("en");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageManager::availableLanguages()
{
    return {English, Chinese};
}

QString LanguageManager::nativeName(const QString &language)
{
    return language == Chinese ? QStringLiteral("中文（简体）") : QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Chinese : English;
}

QString LanguageManager::storedLanguage()
{
    const QString stored = QSettings().value(SettingsKey).toString();
    return availableLanguages().contains(stored) ? stored : systemLanguage();
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

bool LanguageManager::apply(const QString &language)
{
    const QString chosen = availableLanguages().contains(language) ? language : English;
    removeTranslators();
    const QLocale locale(chosen == Chinese ? QLocale::Chinese : QLocale::English,
                         chosen == Chinese ? QLocale::China : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // English has a catalogue too: the plural forms of "%n work order(s)" and the like.
    auto *own = new QTranslator(this);
    bool loaded = own->load(QStringLiteral(":/i18n/taktline_") + chosen);
    if (loaded) {
        QCoreApplication::installTranslator(own);
        m_installed.append(own);
    } else {
        delete own;
        loaded = chosen == English; // English reads well from the sources alone
    }
    if (chosen != English) {
        // Qt's own strings (dialog buttons, context menus) in the same language.
        auto *qt = new QTranslator(this);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))) {
            QCoreApplication::installTranslator(qt);
            m_installed.append(qt);
        } else {
            delete qt;
        }
    }
    m_current = chosen;
    return loaded;
}

void LanguageManager::applyAndStore(const QString &language)
{
    apply(language);
    QSettings().setValue(SettingsKey, m_current);
}

} // namespace Taktline
