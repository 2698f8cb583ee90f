#include "RecordNames.h"

#include "changes/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
template<typename T>
QString nameOf(const Result<T> &record, QString T::*name) {
    return record ? (*record).*name : QString();
}
} // namespace

QString referencedName(Workspace &workspace, const QString &key, const QJsonValue &value) {
    if (!value.isDouble())
        return {};
    const Id id = Id(value.toInteger());
    if (key == u"owner_id"_s || key == u"executed_by"_s)
        return nameOf(workspace.directory().person(id), &Person::displayName);
    if (key == u"environment_id"_s || key == u"target_environment_id"_s)
        return nameOf(workspace.directory().environment(id), &Environment::name);
    if (key == u"task_id"_s || key == u"parent_id"_s)
        return nameOf(workspace.plan().task(id), &PlanTask::name);
    if (key == u"fixed_in_release_id"_s)
        return nameOf(workspace.releases().release(id), &Release::name);
    return {};
}

QString lastAuthorOf(Workspace &workspace, const QString &entity, Id id) {
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    filter.limit = 1;
    auto entries = workspace.auditLog().entries(filter);
    if (!entries || entries->isEmpty())
        return {};
    const QString login = entries->constLast().actorLogin;
    auto person = workspace.directory().personByLogin(login);
    return person ? person->displayName : login;
}

} // namespace relm
