#include "services/access/passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Taktline {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return Outcome::failure(QCoreApplication::translate("Taktline::PasswordHasher",
                                                            "The password library failed to start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::PasswordHasher", "Not enough memory to protect the password."));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::isGuessable(const QString &secret)
{
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < secret.size(); ++i) {
        const int step = secret.at(i).unicode() - secret.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    return same || up || down;
}

Outcome PasswordHasher::checkStrength(const QString &password)
{
    if (password.size() < MinimumLength) {
        return Outcome::failure(QCoreApplication::translate("Taktline::PasswordHasher",
                                                            "The password needs at least %1 "
                                                            "characters.")
                                    .arg(MinimumLength));
    }
    if (isGuessable(password.toLower())) {
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::PasswordHasher",
            "A password of one repeated character or a run like 12345678 is the first one "
            "tried; mix letters, digits and signs."));
    }
    return Outcome::success();
}

QString PasswordHasher::strengthHint()
{
    return QCoreApplication::translate("Taktline::PasswordHasher",
                                       "At least %1 characters; letters, digits and signs mixed")
        .arg(MinimumLength);
}

} // namespace Taktline
