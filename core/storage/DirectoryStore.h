#pragma once

#include "Result.h"
#include "domain/Directory.h"

namespace relm {

class Database;

/// People (with their roles) and environments.
class DirectoryStore final {
public:
    explicit DirectoryStore(Database &db);

    Result<QList<Person>> people();
    Result<Person> person(Id id);
    Result<Person> personByLogin(const QString &login);
    Result<Id> insert(const Person &person);
    Result<void> update(const Person &person);
    Result<void> removePerson(Id id);

    Result<QList<Environment>> environments();
    Result<Environment> environment(Id id);
    Result<Environment> environmentByName(const QString &name);
    Result<Id> insert(const Environment &environment);
    Result<void> update(const Environment &environment);
    Result<void> removeEnvironment(Id id);

private:
    Result<QList<Person>> queryPeople(const QString &where, const QVariantList &values);
    Result<QList<Environment>> queryEnvironments(const QString &where, const QVariantList &values);
    Result<void> writeRoles(const Person &person);
    Result<void> checkUnique(const Person &person);
    Result<void> checkUnique(const Environment &environment);

    Database &m_db;
};

} // namespace relm
