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

/// Whoever signs in to the server may write only what is theirs to write, whatever program they
/// use: the audit trail names the login making the change, a sign-off its signer, a signing key
/// its owner; people and their roles are the administrators'. Those who administer the database
/// (its owner, a superuser) may act for others.
QStringList guards(const QStringList &appendOnlyPresent) {
    QStringList statements = {
        uR"(CREATE OR REPLACE FUNCTION relm_administers() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT r.rolsuper OR pg_get_userbyid(d.datdba) = session_user
            FROM pg_roles r, pg_database d WHERE r.rolname = session_user AND d.datname = current_database()
        $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION relm_refuse(what text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the login % may not %', session_user, what USING ERRCODE = 'insufficient_privilege';
        END $$)"_s,
        // The column naming who writes the row (TG_ARGV[0]) must name the login writing it.
        uR"(CREATE OR REPLACE FUNCTION relm_guard_login() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            named text := to_jsonb(NEW) ->> TG_ARGV[0];
        BEGIN
            IF NOT relm_administers() AND named IS DISTINCT FROM session_user THEN
                PERFORM relm_refuse(format('%s in the name of %s', TG_ARGV[1], named));
            END IF;
            RETURN NEW;
        END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION relm_guard_own_key() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT relm_administers() AND (
                (TG_OP <> 'INSERT' AND (SELECT login FROM people WHERE id = OLD.person_id) IS DISTINCT FROM session_user)
                OR (TG_OP <> 'DELETE' AND (SELECT login FROM people WHERE id = NEW.person_id) IS DISTINCT FROM session_user)) THEN
                PERFORM relm_refuse('change another person''s signing key');
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION relm_guard_people() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT relm_administers() THEN
                PERFORM relm_refuse('change people or their roles (whoever administers the database does)');
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$)"_s,
    };
    const auto trigger = [&statements](const QString &name, const QString &table, const QString &events,
                                       const QString &arguments = {}) {
        statements.append(u"DROP TRIGGER IF EXISTS %1 ON %2"_s.arg(name, table));
        statements.append(u"CREATE TRIGGER %1 BEFORE %3 ON %2 FOR EACH ROW EXECUTE FUNCTION %1(%4)"_s.arg(
            name, table, events, arguments));
    };
    if (appendOnlyPresent.contains(u"audit_log"_s))
        trigger(u"relm_guard_login"_s, u"audit_log"_s, u"INSERT"_s, u"'actor_login', 'record a change'"_s);
    if (appendOnlyPresent.contains(u"signoffs"_s)) {
        trigger(u"relm_guard_login"_s, u"signoffs"_s, u"INSERT"_s, u"'login', 'sign'"_s);
        trigger(u"relm_guard_own_key"_s, u"signing_keys"_s, u"INSERT OR UPDATE OR DELETE"_s);
    }
    trigger(u"relm_guard_people"_s, u"people"_s, u"INSERT OR UPDATE OR DELETE"_s);
    trigger(u"relm_guard_people"_s, u"person_roles"_s, u"INSERT OR UPDATE OR DELETE"_s);
    return statements;
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
    statements += guards(present);
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
