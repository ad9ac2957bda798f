#include "scan/camerascandialog.h"

#include "common/messagebanner.h"
#include "common/files/namedfileiconprovider.h"
#include "scan/camerascanner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace Taktline {

namespace {

// A finger, not a mouse pointer, presses these buttons on the shop floor.
constexpr int TouchHeight = 48;

} // namespace

CameraScanDialog::CameraScanDialog(QWidget *parent)
    : QDialog(parent)
    , m_scanner(new CameraScanner(this))
    , m_banner(new MessageBanner(this))
    , m_message(new QLabel(this))
    , m_fileButton(new QPushButton(tr("Decode a picture file…"), this))
{
    setWindowTitle(tr("Scan with the camera"));
    setObjectName(QStringLiteral("cameraScanDialog"));
    m_message->setObjectName(QStringLiteral("cameraMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_fileButton->setObjectName(QStringLiteral("decodeFileButton"));
    m_fileButton->setMinimumHeight(TouchHeight);
    QFont buttonFont = m_fileButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.15);
    m_fileButton->setFont(buttonFont);
    m_fileButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    if (CameraScanner::hasCamera()) {
        m_preview = new QVideoWidget(this);
        m_preview->setObjectName(QStringLiteral("cameraPreview"));
        m_preview->setMinimumSize(480, 360);
        m_scanner->setPreview(m_preview);
        m_message->setText(tr("Hold the barcode 10 to 20 cm in front of the camera. The code is "
                              "taken as soon as it is read."));
        layout->addWidget(m_preview, 1);
        layout->addWidget(m_message);
    } else {
        QFont font = m_message->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        m_message->setFont(font);
        m_message->setText(CameraScanner::noCameraMessage());
        m_message->setMinimumSize(480, 160);
        layout->addWidget(m_message, 1);
    }
    layout->addWidget(m_fileButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumHeight(TouchHeight);
    layout->addWidget(buttons);

    connect(m_fileButton, &QPushButton::clicked, this, &CameraScanDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scanner, &CameraScanner::decoded, this, &CameraScanDialog::finishWith);
    connect(m_scanner, &CameraScanner::error, this, &CameraScanDialog::showError);
    connect(&m_fileWatcher, &QFutureWatcher<Result<QString>>::finished, this,
            &CameraScanDialog::fileDecoded);
}

CameraScanDialog::~CameraScanDialog()
{
    m_scanner->stop();
}

void CameraScanDialog::decodePictureFile(const QString &path)
{
    if (m_fileWatcher.isRunning())
        return;
    m_banner->hide();
    m_fileButton->setEnabled(false);
    m_fileButton->setText(tr("Reading the picture…"));
    m_fileWatcher.setFuture(QtConcurrent::run(&CameraScanner::decodeFile, path));
}

QString CameraScanDialog::messageText() const
{
    return m_banner->text().isEmpty() ? m_message->text() : m_banner->text();
}

void CameraScanDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_preview)
        m_scanner->start();
}

void CameraScanDialog::hideEvent(QHideEvent *event)
{
    m_scanner->stop();
    QDialog::hideEvent(event);
}

void CameraScanDialog::chooseFile()
{
    QFileDialog dialog(
        this, tr("Choose a picture of the barcode"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)"));
    NamedFileIconProvider::protect(dialog); // it may be opened on the factory's folder
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        decodePictureFile(dialog.selectedFiles().constFirst());
}

void CameraScanDialog::fileDecoded()
{
    m_fileButton->setEnabled(true);
    m_fileButton->setText(tr("Decode a picture file…"));
    const Result<QString> code = m_fileWatcher.result();
    if (code)
        finishWith(code.value());
    else
        showError(code.error());
}

void CameraScanDialog::finishWith(const QString &code)
{
    if (!m_code.isEmpty())
        return; // the first code wins
    m_code = code;
    m_scanner->stop();
    accept();
}

void CameraScanDialog::showError(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

} // namespace Taktline
