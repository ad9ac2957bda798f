#include "scan/camerascanner.h"

#include "barcode/barcodeimage.h"
#include "storage/database.h"

#include <QCamera>
#include <QCameraDevice>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QtConcurrent/QtConcurrentRun>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <cstdlib>
#include <limits>

namespace Taktline {

namespace {

// A code held in front of the camera is read many times a second; one report is enough.
constexpr qint64 RepeatSuppressMs = 2000;
// Enough pixels for a traveller's QR code at arm's length, few enough to decode quickly.
constexpr int PreferredWidth = 1280;

QCameraDevice chooseCamera()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        if (camera.position() == QCameraDevice::BackFace)
            return camera;
    }
    const QCameraDevice preferred = QMediaDevices::defaultVideoInput();
    return preferred.isNull() && !cameras.isEmpty() ? cameras.first() : preferred;
}

QCameraFormat chooseFormat(const QCameraDevice &camera)
{
    QCameraFormat best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QCameraFormat &format : camera.videoFormats()) {
        const int distance = std::abs(format.resolution().width() - PreferredWidth);
        if (distance < bestDistance) {
            best = format;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

CameraScanner::CameraScanner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this,
            &CameraScanner::frameDecoded);
}

// A decode still running keeps only its own copy of the image; its result is dropped.
CameraScanner::~CameraScanner() = default;

bool CameraScanner::hasCamera()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

QString CameraScanner::noCameraMessage()
{
    return tr("No camera found on this computer. Use a handheld scanner, or decode a picture "
              "file.");
}

Result<QString> CameraScanner::decodeFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile())
        return Outcome::failure(
            tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    // Reading the factory's database as a picture would drop SQLite's locks when it closes.
    if (Database::isOpenHere(path))
        return Outcome::failure(tr("%1 is the factory's database, not a picture.")
                                    .arg(info.fileName()));
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos from a phone carry their rotation separately
    const QImage image = reader.read();
    if (image.isNull())
        return Outcome::failure(tr("%1 cannot be opened as a picture (%2). Choose a PNG, JPEG or "
                                   "BMP file.")
                                    .arg(info.fileName(), reader.errorString()));
    Result<QString> code = BarcodeImage::decode(image);
    if (!code)
        return Outcome::failure(tr("%1: %2 Take the picture closer, straight on and in good "
                                   "light.")
                                    .arg(info.fileName(), code.error()));
    return code;
}

void CameraScanner::setPreview(QVideoWidget *preview)
{
    m_preview = preview;
    if (m_session)
        connectOutput();
}

void CameraScanner::readFramesFrom(QVideoSink *sink)
{
    if (m_frames)
        disconnect(m_frames, nullptr, this, nullptr);
    m_frames = sink;
    m_reading = sink != nullptr;
    m_lastCode.clear();
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::takeFrame);
}

// The capture session is made only when a camera starts: without a camera there is nothing
// for the media backend to set up.
void CameraScanner::connectOutput()
{
    if (m_preview) {
        // The preview's own sink gets the frames; reading them there needs no second pipeline.
        m_session->setVideoOutput(m_preview);
        readFramesFrom(m_preview->videoSink());
        return;
    }
    if (!m_sink)
        m_sink = new QVideoSink(this);
    m_session->setVideoSink(m_sink);
    readFramesFrom(m_sink);
}

bool CameraScanner::start()
{
    if (isActive())
        return true;
    if (!m_camera) {
        const QCameraDevice device = chooseCamera();
        if (device.isNull()) {
            emit error(noCameraMessage());
            return false;
        }
        m_camera = new QCamera(device, this);
        const QCameraFormat format = chooseFormat(device);
        if (!format.isNull())
            m_camera->setCameraFormat(format);
        connect(m_camera, &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &message) {
                    emit error(tr("The camera cannot be used: %1").arg(message));
                });
        m_session = new QMediaCaptureSession(this);
        m_session->setCamera(m_camera);
    }
    connectOutput();
    m_camera->start();
    return true;
}

void CameraScanner::stop()
{
    m_reading = false;
    if (m_camera)
        m_camera->stop();
}

bool CameraScanner::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraScanner::takeFrame(const QVideoFrame &frame)
{
    if (!m_reading || m_busy || !frame.isValid())
        return; // one frame in flight; the camera delivers many more
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([image] { return BarcodeImage::decode(image); }));
}

void CameraScanner::frameDecoded()
{
    m_busy = false;
    const Result<QString> code = m_watcher.result();
    if (!code || !m_reading)
        return; // most frames show no barcode; that is not an error
    const bool repeat = code.value() == m_lastCode && m_sinceLastCode.elapsed() < RepeatSuppressMs;
    m_lastCode = code.value();
    m_sinceLastCode.start(); // still in sight: keep suppressing
    if (!repeat)
        emit decoded(code.value());
}

} // namespace Taktline
