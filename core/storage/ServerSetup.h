#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace relm {

class Database;

/// Sets up a Relm database on a PostgreSQL server for a team, run by whoever administers it (the
/// database's owner, with the right to create roles):
/// - the group role `relm_app`, which every person's own login joins (GRANT relm_app TO alice);
/// - for that role: reading and writing Relm's tables, but only adding to the audit trail and the
///   sign-offs: the server itself refuses to change or remove what they record;
/// - checks the server runs on every write, whatever program writes (triggers): an audit entry
///   names the login making it, a sign-off its signer, a signing key is its owner's, and people
///   and their roles are changed by administrators only;
/// - nothing for anyone else.
/// Running it again repairs the grants (after an upgrade added tables, say).
class ServerSetup final {
public:
    static QString applicationRole() { return QStringLiteral("relm_app"); }
    /// The tables whose rows, once written, nobody using Relm may change or remove.
    static QStringList appendOnlyTables();

    /// Creates the role when missing and grants what it needs. Not inside a change: roles and
    /// grants are the server's, not the database's records.
    static Result<void> grant(Database &db);
    /// Makes an existing login a member of the application role (a person's own login).
    static Result<void> admit(Database &db, const QString &login);
};

} // namespace relm
