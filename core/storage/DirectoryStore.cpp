#include "DirectoryStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::DirectoryStore", text);
}

RowWriter peopleWriter(Database &db) {
    return RowWriter(db, u"people"_s, {u"login"_s, u"display_name"_s, u"email"_s});
}

RowWriter environmentWriter(Database &db) {
    return RowWriter(db, u"environments"_s, {u"name"_s, u"kind"_s, u"position"_s, u"description"_s});
}

} // namespace

DirectoryStore::DirectoryStore(Database &db)
    : m_db(db) {}

Result<QList<Person>> DirectoryStore::queryPeople(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, login, display_name, email FROM people "_s + where + u" ORDER BY display_name"_s,
                       values);
    if (!q)
        return q.error();
    QList<Person> people;
    while ((*q)->next())
        people.append(Person{(*q)->value(0).toLongLong(),
                             (*q)->value(1).toString(),
                             (*q)->value(2).toString(),
                             (*q)->value(3).toString(),
                             {}});
    (*q)->finish();

    auto roles = m_db.exec(u"SELECT person_id, role FROM person_roles ORDER BY person_id, role"_s);
    if (!roles)
        return roles.error();
    QHash<Id, QList<Role>> rolesByPerson;
    while ((*roles)->next()) {
        if (auto role = fromKey<Role>((*roles)->value(1).toString()))
            rolesByPerson[(*roles)->value(0).toLongLong()].append(*role);
    }
    (*roles)->finish();
    for (Person &person : people)
        person.roles = rolesByPerson.value(person.id);
    return people;
}

Result<QList<Person>> DirectoryStore::people() {
    return queryPeople({}, {});
}

Result<Person> DirectoryStore::person(Id id) {
    return single(queryPeople(u"WHERE id = ?"_s, {id}), tr("Person #%1").arg(id));
}

Result<Person> DirectoryStore::personByLogin(const QString &login) {
    return single(queryPeople(u"WHERE lower(login) = lower(?)"_s, {login}),
                  tr("A person with the login \u201C%1\u201D").arg(login));
}

Result<void> DirectoryStore::checkUnique(const Person &person) {
    return peopleWriter(m_db).requireFree(
        u"login"_s, person.login, person.id,
        tr("Someone with the login \u201C%1\u201D already exists.").arg(person.login));
}

Result<void> DirectoryStore::writeRoles(const Person &person) {
    if (auto q = m_db.exec(u"DELETE FROM person_roles WHERE person_id = ?"_s, {person.id}); !q)
        return q.error();
    for (Role role : person.roles) {
        if (auto q = m_db.exec(u"INSERT INTO person_roles (person_id, role) VALUES (?, ?)"_s, {person.id, keyOf(role)});
            !q)
            return q.error();
    }
    return {};
}

Result<Id> DirectoryStore::insert(const Person &person) {
    if (auto r = checkUnique(person); !r)
        return r.error();
    auto id = peopleWriter(m_db).insert({person.login, person.displayName, person.email}, person.id);
    if (!id)
        return id;
    Person stored = person;
    stored.id = *id;
    if (auto r = writeRoles(stored); !r)
        return r.error();
    return id;
}

Result<void> DirectoryStore::update(const Person &person) {
    if (auto r = checkUnique(person); !r)
        return r;
    if (auto r = peopleWriter(m_db).update(person.id, {person.login, person.displayName, person.email}); !r)
        return r;
    return writeRoles(person);
}

Result<void> DirectoryStore::removePerson(Id id) {
    return peopleWriter(m_db).remove(id);
}

Result<QList<Environment>> DirectoryStore::queryEnvironments(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, name, kind, position, description FROM environments "_s + where +
                           u" ORDER BY position, name"_s,
                       values);
    if (!q)
        return q.error();
    QList<Environment> result;
    while ((*q)->next()) {
        result.append(Environment{(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                                  fromKey<EnvironmentKind>((*q)->value(2).toString()).value_or(EnvironmentKind::Other),
                                  (*q)->value(3).toInt(), (*q)->value(4).toString()});
    }
    (*q)->finish();
    return result;
}

Result<QList<Environment>> DirectoryStore::environments() {
    return queryEnvironments({}, {});
}

Result<Environment> DirectoryStore::environment(Id id) {
    return single(queryEnvironments(u"WHERE id = ?"_s, {id}), tr("Environment #%1").arg(id));
}

Result<Environment> DirectoryStore::environmentByName(const QString &name) {
    auto found = single(queryEnvironments(u"WHERE lower(name) = lower(?)"_s, {name}),
                        tr("An environment named \u201C%1\u201D").arg(name));
    if (found || found.error().code != ErrorCode::NotFound)
        return found;
    // A name mistyped: the message lists the ones there are, to choose from.
    auto all = environments();
    if (!all || all->isEmpty())
        return found;
    QStringList names;
    for (const Environment &e : std::as_const(*all))
        names.append(e.name);
    return makeError(ErrorCode::NotFound,
                     found.errorMessage() + u' ' + tr("The environments are: %1.").arg(names.join(u", "_s)));
}

Result<void> DirectoryStore::checkUnique(const Environment &environment) {
    return environmentWriter(m_db).requireFree(
        u"name"_s, environment.name, environment.id,
        tr("An environment named \u201C%1\u201D already exists.").arg(environment.name));
}

Result<Id> DirectoryStore::insert(const Environment &e) {
    if (auto r = checkUnique(e); !r)
        return r.error();
    return environmentWriter(m_db).insert({e.name, keyOf(e.kind), e.position, e.description}, e.id);
}

Result<void> DirectoryStore::update(const Environment &e) {
    if (auto r = checkUnique(e); !r)
        return r;
    return environmentWriter(m_db).update(e.id, {e.name, keyOf(e.kind), e.position, e.description});
}

Result<void> DirectoryStore::removeEnvironment(Id id) {
    return environmentWriter(m_db).remove(id);
}

} // namespace relm
