#include "ServerErrors.h"

#include <QCoreApplication>

namespace relm::server_errors {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::server_errors", text);
}

QString quoted(const QString &where) {
    return QStringLiteral("\u201C%1\u201D").arg(where);
}

} // namespace

Error cannotConnect(const QString &where, const QString &detail) {
    // The client library's sentences end in their own stop or question mark.
    QString reason = detail.trimmed();
    while (reason.endsWith(u'.') || reason.endsWith(u'?'))
        reason.chop(1);
    return makeError(ErrorCode::Io,
                     tr("Relm cannot connect to %1: %2. Check the address, that the server runs and lets you in "
                        "from this computer, and your password (kept in the keychain, PGPASSWORD or ~/.pgpass).")
                         .arg(quoted(where), reason));
}

Error signInRefused(const QString &where, const QString &detail) {
    return makeError(
        ErrorCode::Denied,
        tr("%1 did not let you in (%2). Check the user name and the password.").arg(quoted(where), detail.trimmed()));
}

bool isSignInRefusal(const QString &detail) {
    return detail.contains(QLatin1String("password authentication failed")) ||
           detail.contains(QLatin1String("no password supplied")) ||
           detail.contains(QLatin1String("password is required"));
}

Error emptyDatabase(const QString &where) {
    return makeError(ErrorCode::NotRelm,
                     tr("%1 holds no Relm database yet. Whoever manages the server sets it up with \u201Crelm-cli "
                        "server init %1\u201D (as the database's owner), or \u201Crelm-cli --server %1 init\u201D "
                        "for a database of your own.")
                         .arg(where));
}

Error foreignDatabase(const QString &where) {
    return makeError(ErrorCode::NotRelm,
                     tr("%1 is not a Relm database: it holds another program's tables. Name an empty database or "
                        "one Relm set up. Nothing was changed.")
                         .arg(quoted(where)));
}

Error mayNotUpgrade(const QString &where, int found, int wanted) {
    return makeError(ErrorCode::Storage,
                     tr("%1 has database version %2 and this Relm needs version %3, but your login may not change "
                        "the database's structure. Ask whoever manages the server to run \u201Crelm-cli server "
                        "init %1\u201D as the database's owner; it upgrades the database. Nothing was changed.")
                         .arg(quoted(where))
                         .arg(found)
                         .arg(wanted));
}

Error connectionLost(const QString &where, const QString &detail) {
    return makeError(ErrorCode::Io,
                     tr("The connection to %1 broke (%2). The change was not saved; try again once the server can "
                        "be reached.")
                         .arg(quoted(where), detail.trimmed()));
}

Error notPermitted(const QString &where, const QString &detail) {
    return makeError(ErrorCode::Denied,
                     tr("%1 refused this to your login (%2). Ask whoever manages the server for the right to do it.")
                         .arg(quoted(where), detail.trimmed()));
}

Error busy(const QString &where) {
    return makeError(ErrorCode::Locked,
                     tr("Someone else on %1 is changing the same records just now. Nothing of your change was "
                        "saved; try again in a moment.")
                         .arg(quoted(where)));
}

Error noFileCopy(const QString &where) {
    return makeError(ErrorCode::Io,
                     tr("%1 is a database on a server, which Relm does not yet copy or back up into a file. Ask "
                        "whoever manages the server to back it up (pg_dump); nothing was written.")
                         .arg(quoted(where)));
}

} // namespace relm::server_errors
