#include "station/stationsounds.h"

#include <QApplication>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace Taktline {

namespace {

QSoundEffect *makeSound(const QString &file, QObject *parent)
{
    auto *sound = new QSoundEffect(parent);
    sound->setSource(QUrl(QStringLiteral("qrc:/sounds/") + file));
    sound->setVolume(1.0);
    return sound;
}

} // namespace

StationSounds::StationSounds(QObject *parent)
    : QObject(parent)
{
    // Sounds only where there is a speaker; a headless or silent tablet gets no error.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_ok = makeSound(QStringLiteral("reported.wav"), this);
        m_refused = makeSound(QStringLiteral("refused.wav"), this);
    }
}

void StationSounds::play(bool ok, bool visible)
{
    QSoundEffect *sound = ok ? m_ok : m_refused;
    if (sound && sound->status() != QSoundEffect::Error)
        sound->play();
    else if (visible)
        QApplication::beep(); // no speaker found: the system bell still says something happened
}

} // namespace Taktline
