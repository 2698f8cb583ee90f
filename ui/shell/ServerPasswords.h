#pragma once

#include "storage/ServerAddress.h"

namespace relm {

/// Passwords of server logins, kept in the desktop's keychain (Secret Service, KWallet) and
/// nowhere else: never in Relm's settings. Where the desktop has no keychain, nothing is kept and
/// Relm asks each time.
class ServerPasswords final {
public:
    /// The kept password for the address's login, empty when none (or no keychain).
    static QString read(const ServerAddress &address);
    /// Keeps the password; false with `why` when the keychain refused or is missing.
    static bool store(const ServerAddress &address, const QString &password, QString *why = nullptr);
    static void forget(const ServerAddress &address);

private:
    /// One entry per login and server: the address without a password.
    static QString keyOf(const ServerAddress &address);
};

} // namespace relm
