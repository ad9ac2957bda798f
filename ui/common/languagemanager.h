#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace Taktline {

// Loads Taktline's and Qt's own translations and switches between English and 中文 at
// run time; remembers the choice per user (QSettings), defaulting to the system locale.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QStringList availableLanguages(); // "en", "zh_CN"
    static QString nativeName(const QString &language);
    static QString systemLanguage();
    static QString storedLanguage(); // the saved choice, else the system's

    QString current() const { return m_current; }
    // Installs the translators for LANGUAGE; every widget then gets a LanguageChange event.
    bool apply(const QString &language);
    void applyAndStore(const QString &language);

private:
    void removeTranslators();

    QString m_current;
    QList<QTranslator *> m_installed;
};

} // namespace Taktline
