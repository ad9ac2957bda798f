#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>

typedef struct zip zip_t;

namespace Taktline {

// The parts of an .xlsx (a zip archive) held in memory as the compressed file: lists them, reads
// one whole, or streams one for QXmlStreamReader so a large sheet is never unpacked at once.
class XlsxArchive final
{
public:
    XlsxArchive() = default;
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    // False when BYTES are not a readable zip archive (damaged, truncated, something else).
    bool open(QByteArray bytes);
    QStringList partNames() const;
    // The part's name as stored (parts are found regardless of case), empty when missing.
    QString find(const QString &partName) const;
    // The whole part, nothing when missing or damaged.
    std::optional<QByteArray> read(const QString &partName) const;
    // The part unpacked as it is read; null when missing. A damaged part ends the stream early.
    std::unique_ptr<QIODevice> stream(const QString &partName) const;
    // Whether a stream from stream() ended on damaged data rather than at its end.
    static bool failed(const QIODevice &device);

private:
    QByteArray m_bytes;
    zip_t *m_zip = nullptr;
};

} // namespace Taktline
