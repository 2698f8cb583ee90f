#include "Crypto.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace relm::crypto {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::crypto", text);
}

Result<void> ensureInitialised() {
    static const int status = sodium_init(); // 0 first time, 1 when already done, -1 on failure
    if (status < 0)
        return makeError(ErrorCode::Storage, tr("The cryptography library could not start."));
    return {};
}

const unsigned char *bytes(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data) {
    return reinterpret_cast<unsigned char *>(data.data());
}

Result<QByteArray> deriveKey(const QString &passphrase, const QByteArray &salt, qint64 opsLimit, qint64 memLimit) {
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const int status = crypto_pwhash(bytes(key), quint64(key.size()), utf8.constData(), quint64(utf8.size()),
                                     bytes(salt), quint64(opsLimit), size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (status != 0)
        return makeError(ErrorCode::Storage, tr("Not enough memory to derive the key from the passphrase."));
    return key;
}

} // namespace

bool sha256Matches(QByteArrayView data, QByteArrayView hex) {
    if (hex.size() != 2 * crypto_hash_sha256_BYTES || !ensureInitialised())
        return false;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.data()), quint64(data.size()));
    char text[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(text, sizeof text, digest, sizeof digest);
    return std::memcmp(text, hex.data(), size_t(hex.size())) == 0;
}

void wipe(QByteArray &secret) {
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

Result<SigningKey> createKey(Id personId, const QString &passphrase, const QDateTime &now, KeyStrength strength) {
    if (auto r = ensureInitialised(); !r)
        return r.error();
    if (passphrase.size() < minimumPassphraseLength)
        return makeError(ErrorCode::Invalid,
                         tr("A passphrase needs at least %1 characters.").arg(minimumPassphraseLength));
    SigningKey key;
    key.personId = personId;
    key.createdAt = now.toUTC();
    const bool interactive = strength == KeyStrength::Interactive;
    key.opsLimit = interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    key.memLimit = interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(key.publicKey), bytes(secret));

    key.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(key.salt.data(), size_t(key.salt.size()));
    key.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(key.nonce.data(), size_t(key.nonce.size()));

    auto boxKey = deriveKey(passphrase, key.salt, key.opsLimit, key.memLimit);
    if (!boxKey) {
        wipe(secret);
        return boxKey.error();
    }
    key.sealedSecretKey.resize(secret.size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(bytes(key.sealedSecretKey), bytes(secret), quint64(secret.size()), bytes(key.nonce),
                          bytes(boxKey.value()));
    wipe(boxKey.value());
    wipe(secret);
    return key;
}

Result<QByteArray> unlockSecretKey(const SigningKey &key, const QString &passphrase, const QString &whose) {
    if (auto r = ensureInitialised(); !r)
        return r.error();
    if (key.sealedSecretKey.size() != crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES ||
        key.salt.size() != crypto_pwhash_SALTBYTES || key.nonce.size() != crypto_secretbox_NONCEBYTES)
        return makeError(ErrorCode::Storage, tr("The signing key of %1 is damaged.").arg(whose));
    auto boxKey = deriveKey(passphrase, key.salt, key.opsLimit, key.memLimit);
    if (!boxKey)
        return boxKey.error();
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    const int status =
        crypto_secretbox_open_easy(bytes(secret), bytes(key.sealedSecretKey), quint64(key.sealedSecretKey.size()),
                                   bytes(key.nonce), bytes(boxKey.value()));
    wipe(boxKey.value());
    if (status != 0) {
        wipe(secret);
        return makeError(ErrorCode::Invalid, tr("Wrong passphrase for %1.").arg(whose));
    }
    return secret;
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message) {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(secretKey));
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature) {
    if (!ensureInitialised() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey)) ==
           0;
}

} // namespace relm::crypto
