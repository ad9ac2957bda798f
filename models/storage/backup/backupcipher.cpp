#include "storage/backup/backupcipher.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace Taktline {

namespace {

const QByteArray Magic = QByteArrayLiteral("TaktBak1");
constexpr qsizetype ChunkSize = 64 * 1024;
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype LockedBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES +
                                  crypto_box_SECRETKEYBYTES +
                                  crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype SealedBytes =
    crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qsizetype StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// magic, ops, mem, salt, public key, locked secret key, sealed file key, stream header
constexpr qsizetype HeaderBytes = 8 + 8 + 8 + SaltBytes + crypto_box_PUBLICKEYBYTES + LockedBytes +
                                  SealedBytes + StreamHeaderBytes;

// A key in memory that is wiped when it goes.
template<qsizetype N> struct SecretBytes
{
    std::array<unsigned char, N> bytes{};
    ~SecretBytes() { sodium_memzero(bytes.data(), bytes.size()); }
    unsigned char *data() { return bytes.data(); }
};

const uchar *u(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

bool deriveKey(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem,
               unsigned char *key)
{
    QByteArray secret = passphrase.toUtf8();
    const int rc = crypto_pwhash(key, crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
                                 secret.constData(), quint64(secret.size()), u(salt), ops,
                                 size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    return rc == 0;
}

// Reads the chunks after HEADER from IN with FILE_KEY, writing the plain bytes to OUT when given
// and hashing them into HASH when given. False on any authentication failure or truncation.
bool pullStream(QFile &in, const QByteArray &header, const unsigned char *fileKey, QFile *out,
                crypto_hash_sha256_state *hash)
{
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u(header.right(StreamHeaderBytes)),
                                                        fileKey) != 0)
        return false;
    QByteArray plain(ChunkSize, Qt::Uninitialized);
    bool first = true;
    for (;;) {
        const QByteArray cipher = in.read(ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (cipher.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES))
            return false; // truncated: the final chunk never came
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        // The first chunk authenticates the header too, so no header byte can change unseen.
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<uchar *>(plain.data()), &plainSize, &tag, u(cipher),
                quint64(cipher.size()), first ? u(header) : nullptr,
                first ? quint64(header.size()) : 0) != 0)
            return false;
        first = false;
        if (out && out->write(plain.constData(), qint64(plainSize)) != qint64(plainSize))
            return false;
        if (hash)
            crypto_hash_sha256_update(hash, reinterpret_cast<const uchar *>(plain.constData()),
                                      plainSize);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return in.atEnd(); // bytes after the end are a modification too
    }
}

QString modifiedMessage(const QString &path)
{
    return BackupCipher::tr("The backup %1 was modified or is incomplete: its encryption does not "
                            "check out. It cannot be restored.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

Result<BackupKeys> BackupCipher::makeKeys(const QString &passphrase)
{
    if (sodium_init() < 0)
        return Outcome::failure(tr("The encryption library could not start."));
    BackupKeys keys;
    keys.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    keys.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    keys.salt.resize(SaltBytes);
    randombytes_buf(keys.salt.data(), size_t(SaltBytes));
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    SecretBytes<crypto_box_SECRETKEYBYTES> secretKey;
    crypto_box_keypair(reinterpret_cast<uchar *>(keys.publicKey.data()), secretKey.data());
    SecretBytes<crypto_aead_xchacha20poly1305_ietf_KEYBYTES> lockKey;
    if (!deriveKey(passphrase, keys.salt, keys.opsLimit, keys.memLimit, lockKey.data()))
        return Outcome::failure(tr("Not enough memory to derive the key from the passphrase."));
    keys.lockedSecretKey.resize(LockedBytes);
    auto *locked = reinterpret_cast<uchar *>(keys.lockedSecretKey.data());
    randombytes_buf(locked, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        locked + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr, secretKey.data(),
        crypto_box_SECRETKEYBYTES, u(keys.publicKey), quint64(keys.publicKey.size()), nullptr,
        locked, lockKey.data());
    return keys;
}

bool BackupCipher::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(Magic.size()) == Magic;
}

Outcome BackupCipher::encrypt(const QString &plainPath, const QString &outPath,
                              const BackupKeys &keys)
{
    if (sodium_init() < 0 || !keys.isValid())
        return Outcome::failure(tr("The backup encryption keys are missing or damaged. Set the "
                                   "passphrase again in Settings ▸ Backup."));
    QFile in(plainPath);
    QFile out(outPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Outcome::failure(tr("Cannot write the encrypted backup %1: %2")
                                    .arg(QDir::toNativeSeparators(outPath), out.errorString()));
    }
    SecretBytes<crypto_secretstream_xchacha20poly1305_KEYBYTES> fileKey;
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    QByteArray sealed(SealedBytes, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()), fileKey.data(),
                    crypto_secretstream_xchacha20poly1305_KEYBYTES, u(keys.publicKey));
    QByteArray header = Magic;
    std::array<uchar, 8> number{};
    qToLittleEndian(keys.opsLimit, number.data());
    header.append(reinterpret_cast<const char *>(number.data()), 8);
    qToLittleEndian(keys.memLimit, number.data());
    header.append(reinterpret_cast<const char *>(number.data()), 8);
    header += keys.salt + keys.publicKey + keys.lockedSecretKey + sealed;
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(StreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<uchar *>(streamHeader.data()), fileKey.data());
    header += streamHeader;
    crypto_hash_sha256_state written;
    crypto_hash_sha256_init(&written);
    bool ok = out.write(header) == header.size();
    bool first = true;
    QByteArray chunk = in.read(ChunkSize);
    QByteArray cipher(ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    while (ok) {
        const QByteArray next = in.read(ChunkSize);
        const unsigned char tag =
            next.isEmpty() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<uchar *>(cipher.data()),
                                                   &cipherSize, u(chunk), quint64(chunk.size()),
                                                   first ? u(header) : nullptr,
                                                   first ? quint64(header.size()) : 0, tag);
        crypto_hash_sha256_update(&written, u(chunk), quint64(chunk.size()));
        ok = out.write(cipher.constData(), qint64(cipherSize)) == qint64(cipherSize);
        first = false;
        if (next.isEmpty())
            break;
        chunk = next;
    }
    ok = ok && in.error() == QFileDevice::NoError && out.flush();
    out.close();
    // Read back what is on disk: the backup must decrypt to exactly the bytes that were copied.
    std::array<uchar, crypto_hash_sha256_BYTES> expected{};
    crypto_hash_sha256_final(&written, expected.data());
    QFile check(outPath);
    crypto_hash_sha256_state read;
    crypto_hash_sha256_init(&read);
    ok = ok && check.open(QIODevice::ReadOnly) && check.read(HeaderBytes) == header &&
         pullStream(check, header, fileKey.data(), nullptr, &read);
    std::array<uchar, crypto_hash_sha256_BYTES> actual{};
    crypto_hash_sha256_final(&read, actual.data());
    if (!ok || actual != expected) {
        check.close();
        QFile::remove(outPath);
        return Outcome::failure(tr("Writing the encrypted backup %1 failed; it was removed. Check "
                                   "the backup drive.")
                                    .arg(QDir::toNativeSeparators(outPath)));
    }
    return Outcome::success();
}

Outcome BackupCipher::decrypt(const QString &path, const QString &outPath,
                              const QString &passphrase, Failure *failure)
{
    const auto fail = [&](Failure why, const QString &message) {
        if (failure)
            *failure = why;
        QFile::remove(outPath);
        return Outcome::failure(message);
    };
    if (failure)
        *failure = Failure::None;
    if (sodium_init() < 0)
        return fail(Failure::Io, tr("The encryption library could not start."));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(Failure::Io,
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    }
    const QByteArray header = in.read(HeaderBytes);
    if (!header.startsWith(Magic)) {
        return fail(
            Failure::NotEncrypted,
            tr("%1 is not an encrypted Taktline backup.").arg(QDir::toNativeSeparators(path)));
    }
    if (header.size() < HeaderBytes)
        return fail(Failure::Modified, modifiedMessage(path));
    qsizetype at = Magic.size();
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + at);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + at + 8);
    at += 16;
    const QByteArray salt = header.mid(at, SaltBytes);
    at += SaltBytes;
    const QByteArray publicKey = header.mid(at, crypto_box_PUBLICKEYBYTES);
    at += crypto_box_PUBLICKEYBYTES;
    const QByteArray locked = header.mid(at, LockedBytes);
    at += LockedBytes;
    const QByteArray sealed = header.mid(at, SealedBytes);
    // Limits far beyond what makeKeys() writes are a modification, not a reason to run out of
    // memory.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 64 || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > (quint64(1) << 30))
        return fail(Failure::Modified, modifiedMessage(path));
    SecretBytes<crypto_aead_xchacha20poly1305_ietf_KEYBYTES> lockKey;
    if (!deriveKey(passphrase, salt, ops, mem, lockKey.data()))
        return fail(Failure::Io, tr("Not enough memory to derive the key from the passphrase."));
    SecretBytes<crypto_box_SECRETKEYBYTES> secretKey;
    const qsizetype nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), nullptr, nullptr, u(locked) + nonceBytes,
            quint64(LockedBytes - nonceBytes), u(publicKey), quint64(publicKey.size()), u(locked),
            lockKey.data()) != 0) {
        return fail(Failure::WrongPassphrase,
                    tr("The passphrase does not open the backup %1 (or its header was modified).")
                        .arg(QDir::toNativeSeparators(path)));
    }
    SecretBytes<crypto_secretstream_xchacha20poly1305_KEYBYTES> fileKey;
    if (crypto_box_seal_open(fileKey.data(), u(sealed), quint64(SealedBytes), u(publicKey),
                             secretKey.data()) != 0)
        return fail(Failure::Modified, modifiedMessage(path));
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return fail(
            Failure::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), out.errorString()));
    }
    const bool pulled = pullStream(in, header, fileKey.data(), &out, nullptr) && out.flush();
    out.close();
    if (!pulled)
        return fail(Failure::Modified, modifiedMessage(path));
    return Outcome::success();
}

} // namespace Taktline
