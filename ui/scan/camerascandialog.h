#pragma once

#include "domain/outcome.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QVideoWidget;

namespace Taktline {

class CameraScanner;
class MessageBanner;

// Lets an operator without a handheld scanner read a code with the tablet's camera or from a
// picture file; closes with the first code read.
class CameraScanDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CameraScanDialog(QWidget *parent = nullptr);
    ~CameraScanDialog() override;

    // The code read, once the dialog was accepted.
    QString code() const { return m_code; }
    // Reads the picture at PATH off the UI thread; accepts with its code or says what is wrong.
    void decodePictureFile(const QString &path);
    // What the dialog says to the user right now (no camera, a hint, or an error).
    QString messageText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void chooseFile();
    void fileDecoded();
    void finishWith(const QString &code);
    void showError(const QString &message);

    CameraScanner *m_scanner;
    MessageBanner *m_banner;
    QVideoWidget *m_preview = nullptr;
    QLabel *m_message;
    QPushButton *m_fileButton;
    QFutureWatcher<Result<QString>> m_fileWatcher;
    QString m_code;
};

} // namespace Taktline
