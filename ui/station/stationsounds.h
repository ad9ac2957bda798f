#pragma once

#include <QObject>

class QSoundEffect;

namespace Taktline {

// The station's sounds: a chime for a saved report, a buzz for a refusal; the system bell where
// the tablet has no speaker.
class StationSounds final : public QObject
{
    Q_OBJECT
public:
    explicit StationSounds(QObject *parent = nullptr);

    // OK: the report chime, else the refusal buzz; VISIBLE: the page shows, so the bell may ring.
    void play(bool ok, bool visible);

private:
    QSoundEffect *m_ok = nullptr;
    QSoundEffect *m_refused = nullptr;
};

} // namespace Taktline
