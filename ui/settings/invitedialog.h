#pragma once

#include <QDialog>

class QLabel;

namespace Taktline {

// Shows a new device's invitation once: its QR code picture for the tablet to scan in
// Settings ▸ Sync, the text to paste instead, Copy and Save picture.
class InviteDialog final : public QDialog
{
    Q_OBJECT
public:
    InviteDialog(const QString &deviceName, const QString &invite, QWidget *parent = nullptr);

    QString invite() const { return m_invite; }
    const QImage &qrImage() const { return m_qr; }

private:
    void savePicture();

    QString m_deviceName;
    QString m_invite;
    QImage m_qr;
    QLabel *m_saved;
};

} // namespace Taktline
