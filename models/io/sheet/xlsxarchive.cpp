#include "io/sheet/xlsxarchive.h"

#include <zip.h>

namespace Taktline {

namespace {

// One zip entry as a sequential device: unpacks as QXmlStreamReader asks for more.
class ZipEntryDevice final : public QIODevice
{
public:
    explicit ZipEntryDevice(zip_file_t *file)
        : m_file(file)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~ZipEntryDevice() override { zip_fclose(m_file); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_done && QIODevice::atEnd(); }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_done || maxSize <= 0) // QIODevice asks for 0 bytes to probe: not the end
            return 0;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n <= 0) {
            // A damaged entry (bad data, wrong checksum) ends the stream; the reader sees
            // a document cut short, and failed() tells why.
            m_done = true;
            m_failed = n < 0;
            return 0;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace

XlsxArchive::~XlsxArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool XlsxArchive::open(QByteArray bytes)
{
    m_bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return false;
    }
    m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!m_zip) {
        zip_source_free(source);
        return false;
    }
    return true;
}

QStringList XlsxArchive::partNames() const
{
    QStringList names;
    const zip_int64_t count = m_zip ? zip_get_num_entries(m_zip, 0) : 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), 0))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

QString XlsxArchive::find(const QString &partName) const
{
    if (!m_zip)
        return {};
    const zip_int64_t index = zip_name_locate(m_zip, partName.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return {};
    return QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(index), 0));
}

std::optional<QByteArray> XlsxArchive::read(const QString &partName) const
{
    std::unique_ptr<QIODevice> device = stream(partName);
    if (!device)
        return std::nullopt;
    QByteArray bytes;
    char buffer[65536];
    for (qint64 n; (n = device->read(buffer, sizeof buffer)) > 0;)
        bytes.append(buffer, n);
    if (failed(*device))
        return std::nullopt;
    return bytes;
}

bool XlsxArchive::failed(const QIODevice &device)
{
    const auto *entry = dynamic_cast<const ZipEntryDevice *>(&device);
    return entry && entry->failed();
}

std::unique_ptr<QIODevice> XlsxArchive::stream(const QString &partName) const
{
    if (!m_zip)
        return nullptr;
    const zip_int64_t index = zip_name_locate(m_zip, partName.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return nullptr;
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return nullptr;
    return std::make_unique<ZipEntryDevice>(file);
}

} // namespace Taktline
