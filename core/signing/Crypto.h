#pragma once

#include "Result.h"
#include "domain/SignOff.h"

#include <QByteArray>
#include <QString>

namespace relm::crypto {

/// The shortest passphrase Relm accepts for a signing key.
constexpr int minimumPassphraseLength = 8;

/// How hard Argon2id works to derive the key that seals a secret key.
enum class KeyStrength {
    Interactive, ///< libsodium's interactive limits (64 MiB): for people's own passphrases
    Published,   ///< the minimum: for demo keys whose passphrase is printed in the README anyway
};

/// Creates a new Ed25519 key pair for a person, its secret half encrypted under a key derived
/// from the passphrase with Argon2id. Takes a noticeable moment by design: run it off the UI thread.
Result<SigningKey> createKey(Id personId, const QString &passphrase, const QDateTime &now,
                             KeyStrength strength = KeyStrength::Interactive);

/// Decrypts a key's secret half; a wrong passphrase is an error that says so.
Result<QByteArray> unlockSecretKey(const SigningKey &key, const QString &passphrase, const QString &whose);

/// Signs a message with an unlocked secret key (64 bytes); returns the 64-byte detached signature.
QByteArray sign(const QByteArray &secretKey, const QByteArray &message);

/// Whether the signature is the public key's signature of exactly this message.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

/// Whether `hex` (64 lower-case hex digits) is the SHA-256 of `data`; thread-safe and allocation-free,
/// for checking many hashes fast.
bool sha256Matches(QByteArrayView data, QByteArrayView hex);

/// Overwrites a secret in memory before it is released.
void wipe(QByteArray &secret);

} // namespace relm::crypto
