#pragma once

#include "domain/outcome.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;
class QVideoWidget;

namespace Taktline {

// Reads barcodes for a station without a handheld scanner: from the camera, one frame at a
// time off the UI thread, and from picture files.
class CameraScanner final : public QObject
{
    Q_OBJECT
public:
    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    static bool hasCamera();
    // What to tell the user when there is no camera at all.
    static QString noCameraMessage();
    // The code in the picture at PATH; blocking, so run it off the UI thread for large photos.
    static Result<QString> decodeFile(const QString &path);

    // Shows the camera picture in PREVIEW and reads the frames shown there; call before start().
    void setPreview(QVideoWidget *preview);
    // Decodes the frames SINK shows (the camera's, or any other video source); start() calls it.
    void readFramesFrom(QVideoSink *sink);
    // Starts the camera (the back camera of a tablet when there is one). False, with error(),
    // when there is no camera.
    bool start();
    void stop();
    bool isActive() const;

signals:
    // Once per code: the same code again is reported only after it was out of sight for a while.
    void decoded(const QString &code);
    void error(const QString &message);

private:
    void connectOutput();
    void takeFrame(const QVideoFrame &frame);
    void frameDecoded();

    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    QCamera *m_camera = nullptr;
    QPointer<QVideoWidget> m_preview;
    QPointer<QVideoSink> m_frames;
    bool m_reading = false;
    QFutureWatcher<Result<QString>> m_watcher;
    bool m_busy = false;
    QString m_lastCode;
    QElapsedTimer m_sinceLastCode;
};

} // namespace Taktline
