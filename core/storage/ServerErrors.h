#pragma once

#include "Result.h"

namespace relm::server_errors {

/// Messages for a PostgreSQL server Relm cannot use; each names the server and what to do.
/// `where` is the address without its password.
Error cannotConnect(const QString &where, const QString &detail);
/// The server did not accept the login's password (or needs one and none was given): code Denied,
/// so that a window can ask for the password and try again.
Error signInRefused(const QString &where, const QString &detail);
/// Whether the client library's text says the server wants another password.
bool isSignInRefusal(const QString &detail);
/// The database on the server holds no tables yet.
Error emptyDatabase(const QString &where);
/// The database holds tables, but not Relm's.
Error foreignDatabase(const QString &where);
/// The login may not change the database's structure, and it needs creating or upgrading.
Error mayNotUpgrade(const QString &where, int found, int wanted);
/// The connection to the server broke while working; nothing of the change was saved.
Error connectionLost(const QString &where, const QString &detail);
/// The login may not do this (the server's own permission check refused it).
Error notPermitted(const QString &where, const QString &detail);
/// Another client holds the records this change needs, or the two changes crossed.
Error busy(const QString &where);
/// A copy of the database as one file is made on this computer only for a local database.
Error noFileCopy(const QString &where);

} // namespace relm::server_errors
