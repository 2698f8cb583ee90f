#pragma once

#include "storage/ServerAddress.h"

#include <QString>

#include <optional>

namespace relm::test {

/// The storage and rules suites run twice: on SQLite files, and (with RELM_TEST_ENGINE=postgres,
/// as CTest's *_pg entries set) on a PostgreSQL server this process starts once and stops at exit.
/// Each database file name a test uses becomes a database of its own on that server.
bool onServer();

/// The server database standing for a test's file path (created empty on first use). Fails the
/// calling test when the server cannot start.
ServerAddress serverDatabaseFor(const QString &path);

/// Restarts the test process's server, cutting every connection; empty when it worked.
QString restartServer();

/// Drops the server database standing for the path, if there is one.
void dropServerDatabaseFor(const QString &path);

/// An empty database of its own on the test server (connecting as the cluster's superuser), for
/// tests that need a server in any run.
/// Empty, with `why` set, when no server starts (PostgreSQL not installed).
std::optional<ServerAddress> freshServerDatabase(const QString &name, QString *why);

/// Runs a statement on the test server as its superuser, in the named database; the error text,
/// empty when it succeeded. For setting up logins and checking what a login may do.
QString runAsSuperuser(const QString &database, const QString &sql);

/// Declares `var`, a fresh database (see freshServerDatabase) for the calling test function; where
/// no server starts, the test skips, or fails where one is required (RELM_REQUIRE_POSTGRES=1).
#define RELM_FRESH_SERVER_DATABASE(var, name)                                                                          \
    ServerAddress var;                                                                                                 \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        auto found_ = ::relm::test::freshServerDatabase(name, &why_);                                                  \
        if (!found_ && qEnvironmentVariable("RELM_REQUIRE_POSTGRES") == QLatin1String("1"))                            \
            QFAIL(qPrintable(why_));                                                                                   \
        if (!found_)                                                                                                   \
            QSKIP(qPrintable(why_));                                                                                   \
        var = *found_;                                                                                                 \
    } while (false)

/// Skips the calling test function in the server run: for checks of SQLite files themselves.
#define RELM_SQLITE_ONLY(why)                                                                                          \
    do {                                                                                                               \
        if (::relm::test::onServer())                                                                                  \
            QSKIP("On SQLite only: " why);                                                                             \
    } while (false)

} // namespace relm::test
