#include "settings/invitedialog.h"

#include "barcode/barcodeimage.h"
#include "common/files/namedfileiconprovider.h"
#include "storage/database.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Taktline {

InviteDialog::InviteDialog(const QString &deviceName, const QString &invite, QWidget *parent)
    : QDialog(parent)
    , m_deviceName(deviceName)
    , m_invite(invite)
    , m_saved(new QLabel(this))
{
    setWindowTitle(tr("Invitation for %1").arg(deviceName));
    setObjectName(QStringLiteral("inviteDialog"));
    auto *note = new QLabel(tr("On %1, open Settings ▸ Sync and press \"Read QR code from "
                               "picture…\" with a photo of this code, or \"Paste invitation…\" "
                               "with the text below. It holds the device's password: show it "
                               "only to that device.")
                                .arg(deviceName),
                            this);
    note->setWordWrap(true);
    auto *picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("inviteQr"));
    picture->setAlignment(Qt::AlignCenter);
    if (Result<QImage> qr = BarcodeImage::encodeQr(invite, 6); qr) {
        m_qr = qr.value();
        picture->setPixmap(QPixmap::fromImage(m_qr));
    } else {
        picture->setText(qr.error());
    }
    auto *text = new QPlainTextEdit(invite, this);
    text->setObjectName(QStringLiteral("inviteText"));
    text->setReadOnly(true);
    text->setMaximumHeight(80);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyInviteButton"));
    auto *save = new QPushButton(tr("Save picture…"), this);
    save->setObjectName(QStringLiteral("saveInvitePictureButton"));
    save->setEnabled(!m_qr.isNull());
    m_saved->setObjectName(QStringLiteral("placeholderNote"));
    m_saved->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(copy);
    row->addWidget(save);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(picture, 1);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_saved);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_invite);
        m_saved->setText(tr("The invitation is copied."));
    });
    connect(save, &QPushButton::clicked, this, &InviteDialog::savePicture);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InviteDialog::savePicture()
{
    const QDir pictures(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    QFileDialog dialog(this, tr("Save the QR code picture"), pictures.path(),
                       tr("PNG picture (*.png)"));
    NamedFileIconProvider::protect(dialog); // the folder may hold the factory's database
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("png"));
    dialog.selectFile(m_deviceName + QStringLiteral(".png"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (Database::isOpenHere(path) || !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        m_saved->setText(tr("Choose a new .png file name."));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_qr.save(&file, "PNG") || !file.commit()) {
        m_saved->setText(tr("The picture could not be saved to %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_saved->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Taktline
