#include "ServerSetup.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ServerSetup", text);
}

/// A role name as one SQL identifier, quoted.
QString identifier(const QString &name) {
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QStringList ServerSetup::appendOnlyTables() {
    return {u"audit_log"_s, u"signoffs"_s};
}

Result<void> ServerSetup::grant(Database &db) {
    if (!db.isServer())
        return makeError(ErrorCode::Invalid, tr("Only a database on a server has roles to set up."));
    const QString role = identifier(applicationRole());
    // Of the append-only tables, those this schema version has.
    QStringList present;
    for (const QString &table : appendOnlyTables()) {
        auto exists = db.scalar(u"SELECT to_regclass(?) IS NOT NULL"_s, {table});
        if (!exists)
            return exists.error();
        if (exists->toBool())
            present.append(table);
    }
    const QString appendOnly = present.join(u", "_s);
    // Identifiers cannot be bound; the database's name comes from the server itself.
    auto database = db.scalar(u"SELECT quote_ident(current_database())"_s);
    if (!database)
        return database.error();
    QStringList statements = {
        u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %2 NOLOGIN; "
        "END IF; END $$"_s.arg(applicationRole(), role),
        u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(database->toString()),
        u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(database->toString(), role),
        u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(role),
        u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role),
    };
    if (!appendOnly.isEmpty())
        statements.append(u"REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM %2"_s.arg(appendOnly, role));
    return db.transaction([&]() -> Result<void> {
        for (const QString &statement : statements) {
            if (auto r = db.execDirect(statement); !r)
                return r;
        }
        return {};
    });
}

Result<void> ServerSetup::admit(Database &db, const QString &login) {
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_.@-]*$"_s);
    if (!plain.match(login).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            tr("\u201C%1\u201D is not a login name Relm admits: use letters, digits, _ . @ and -.").arg(login));
    auto exists = db.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"_s, {login});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return makeError(ErrorCode::NotFound,
                         tr("The server has no login \u201C%1\u201D. Create it first, e.g. in psql: CREATE ROLE %1 "
                            "LOGIN PASSWORD '\u2026';")
                             .arg(login));
    return db.execDirect(u"GRANT %1 TO %2"_s.arg(identifier(applicationRole()), identifier(login)));
}

} // namespace relm
