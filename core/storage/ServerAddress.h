#pragma once

#include "Result.h"

#include <QString>

namespace relm {

/// Where a shared Relm database lives on a PostgreSQL server, as written on the command line and
/// kept in the settings: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE&sslrootcert=FILE.
/// A password may be written after the user, but is better kept in the keychain or in
/// PGPASSWORD / ~/.pgpass, which the server's client library reads itself.
struct ServerAddress {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    /// disable, allow, prefer (the default), require, verify-ca or verify-full.
    QString sslMode = QStringLiteral("prefer");
    /// The certificate authority a verify-ca or verify-full connection trusts; empty: the client
    /// library's default (~/.postgresql/root.crt).
    QString sslRootCertificate;

    /// Whether the text names a server (postgresql:// or postgres://) rather than a file.
    static bool looksLikeServer(const QString &text);
    /// Reads an address; a message saying what is wrong and how to write it otherwise.
    static Result<ServerAddress> parse(const QString &text);

    /// The address without the password, for messages, the title and the status bar.
    QString display() const;
    /// The address as parse() reads it, with the password only when asked.
    QString toUrl(bool withPassword = false) const;
    /// The options the Qt PostgreSQL driver passes to the client library (TLS, time-out, name).
    QString connectOptions() const;

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

} // namespace relm
