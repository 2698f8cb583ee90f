#include "RecordTraits.h"

#include "changes/ChangeContext.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "i18n/ShownText.h"
#include "storage/AcceptanceStore.h"
#include "storage/CalendarStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/NotesTemplateStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

// The traits differ only in which store and which words they use; the macro states the shared
// part once so that each record lists just what is particular to it.
#define RELM_RECORD_TRAITS_COMMON(Type, EntityValue, Key, Store, RemoveFn, LoadFn)                                     \
    Entity RecordTraits<Type>::entity() {                                                                              \
        return EntityValue;                                                                                            \
    }                                                                                                                  \
    QString RecordTraits<Type>::key() {                                                                                \
        return u##Key##_s;                                                                                             \
    }                                                                                                                  \
    Result<void> RecordTraits<Type>::validate(const Type &record) {                                                    \
        return validation::check(record);                                                                              \
    }                                                                                                                  \
    Result<Id> RecordTraits<Type>::insert(ChangeContext &context, const Type &record) {                                \
        return context.Store().insert(record);                                                                         \
    }                                                                                                                  \
    Result<void> RecordTraits<Type>::update(ChangeContext &context, const Type &record) {                              \
        return context.Store().update(record);                                                                         \
    }                                                                                                                  \
    Result<void> RecordTraits<Type>::remove(ChangeContext &context, Id id) {                                           \
        return context.Store().RemoveFn(id);                                                                           \
    }                                                                                                                  \
    Result<Type> RecordTraits<Type>::load(ChangeContext &context, Id id) {                                             \
        return context.Store().LoadFn(id);                                                                             \
    }                                                                                                                  \
    QJsonObject RecordTraits<Type>::toJson(const Type &record) {                                                       \
        return json::toJson(record);                                                                                   \
    }

RELM_RECORD_TRAITS_COMMON(Release, Entity::Release, "release", releases, removeRelease, release)
RELM_RECORD_TRAITS_COMMON(Package, Entity::Package, "package", releases, removePackage, package)
RELM_RECORD_TRAITS_COMMON(ChangeRequest, Entity::ChangeRequest, "change_request", releases, removeChangeRequest,
                          changeRequest)
RELM_RECORD_TRAITS_COMMON(Component, Entity::Component, "component", catalogue, removeComponent, component)
RELM_RECORD_TRAITS_COMMON(ComponentVersion, Entity::ComponentVersion, "component_version", catalogue, removeVersion,
                          version)
RELM_RECORD_TRAITS_COMMON(Person, Entity::Person, "person", directory, removePerson, person)
RELM_RECORD_TRAITS_COMMON(Environment, Entity::Environment, "environment", directory, removeEnvironment, environment)

RELM_RECORD_TRAITS_COMMON(PlanTask, Entity::Task, "task", plan, removeTask, task)
RELM_RECORD_TRAITS_COMMON(PlanLink, Entity::TaskLink, "task_link", plan, removeLink, link)
RELM_RECORD_TRAITS_COMMON(ChangeWindow, Entity::FreezeWindow, "freeze_window", calendar, removeWindow, window)
RELM_RECORD_TRAITS_COMMON(CabMeeting, Entity::CabMeeting, "cab_meeting", calendar, removeMeeting, meeting)
RELM_RECORD_TRAITS_COMMON(PlanCalendar, Entity::Calendar, "calendar", plan, removeCalendar, calendar)
RELM_RECORD_TRAITS_COMMON(Risk, Entity::Risk, "risk", risks, removeRisk, risk)
RELM_RECORD_TRAITS_COMMON(AcceptanceCriterion, Entity::Criterion, "criterion", acceptance, removeCriterion, criterion)
RELM_RECORD_TRAITS_COMMON(ReleasePolicy, Entity::Policy, "release_policy", acceptance, removePolicy, policy)
RELM_RECORD_TRAITS_COMMON(Deployment, Entity::Deployment, "deployment", deployments, removeDeployment, deployment)
RELM_RECORD_TRAITS_COMMON(RunbookStep, Entity::RunbookStep, "runbook_step", deployments, removeStep, step)
RELM_RECORD_TRAITS_COMMON(KnownError, Entity::KnownError, "known_error", deployments, removeKnownError, knownError)
RELM_RECORD_TRAITS_COMMON(ReleaseReview, Entity::Review, "review", deployments, removeReview, review)
RELM_RECORD_TRAITS_COMMON(NotesTemplate, Entity::NotesTemplate, "notes_template", notesTemplates, removeTemplate,
                          notesTemplate)
RELM_RECORD_TRAITS_COMMON(NotesBranding, Entity::NotesBranding, "notes_branding", notesTemplates, removeBranding,
                          branding)

#undef RELM_RECORD_TRAITS_COMMON

#define RELM_RECORD_TABLE(Type, Table)                                                                                 \
    QString RecordTraits<Type>::table() {                                                                              \
        return u##Table##_s;                                                                                           \
    }

RELM_RECORD_TABLE(Release, "releases")
RELM_RECORD_TABLE(Package, "packages")
RELM_RECORD_TABLE(ChangeRequest, "change_requests")
RELM_RECORD_TABLE(Component, "components")
RELM_RECORD_TABLE(ComponentVersion, "component_versions")
RELM_RECORD_TABLE(Person, "people")
RELM_RECORD_TABLE(Environment, "environments")
RELM_RECORD_TABLE(PlanTask, "tasks")
RELM_RECORD_TABLE(PlanLink, "task_links")
RELM_RECORD_TABLE(ChangeWindow, "change_windows")
RELM_RECORD_TABLE(CabMeeting, "cab_meetings")
RELM_RECORD_TABLE(PlanCalendar, "calendars")
RELM_RECORD_TABLE(Risk, "risks")
RELM_RECORD_TABLE(AcceptanceCriterion, "acceptance_criteria")
RELM_RECORD_TABLE(ReleasePolicy, "release_policies")
RELM_RECORD_TABLE(Deployment, "deployments")
RELM_RECORD_TABLE(RunbookStep, "runbook_steps")
RELM_RECORD_TABLE(KnownError, "known_errors")
RELM_RECORD_TABLE(ReleaseReview, "release_reviews")
RELM_RECORD_TABLE(NotesTemplate, "notes_templates")
RELM_RECORD_TABLE(NotesBranding, "notes_look")

#undef RELM_RECORD_TABLE

Id RecordTraits<NotesTemplate>::releaseIdOf(const NotesTemplate &) {
    return 0;
}

QString RecordTraits<NotesTemplate>::describe(const NotesTemplate &t) {
    return QCoreApplication::translate("relm::RecordTraits", "the %1 notes template").arg(t.audience);
}

Id RecordTraits<NotesBranding>::releaseIdOf(const NotesBranding &) {
    return 0;
}

QString RecordTraits<NotesBranding>::describe(const NotesBranding &) {
    return QCoreApplication::translate("relm::RecordTraits", "the organisation's look");
}

template<>
QStringList derivedFields<Package>() {
    return {u"contents"_s}; // package items change through PackageContentChange
}

template<>
QStringList derivedFields<ChangeRequest>() {
    return {u"releases"_s}; // links change through LinkChangeRequest
}

Id RecordTraits<PlanTask>::releaseIdOf(const PlanTask &t) {
    return t.releaseId;
}

QString RecordTraits<PlanTask>::describe(const PlanTask &t) {
    return QCoreApplication::translate("relm::RecordTraits", "task %1").arg(t.name);
}

Id RecordTraits<PlanLink>::releaseIdOf(const PlanLink &) {
    return 0; // a link may join two releases; its audit entry stands on its own
}

QString RecordTraits<PlanLink>::describe(const PlanLink &l) {
    return QCoreApplication::translate("relm::RecordTraits", "dependency %1 (%2 \u2192 %3)")
        .arg(linkTypeKey(l.type))
        .arg(l.predecessorId)
        .arg(l.successorId);
}

Id RecordTraits<Risk>::releaseIdOf(const Risk &r) {
    return r.releaseId;
}

QString RecordTraits<Risk>::describe(const Risk &r) {
    return QCoreApplication::translate("relm::RecordTraits", "risk %1").arg(r.title);
}

Id RecordTraits<AcceptanceCriterion>::releaseIdOf(const AcceptanceCriterion &c) {
    return c.releaseId;
}

QString RecordTraits<AcceptanceCriterion>::describe(const AcceptanceCriterion &c) {
    return QCoreApplication::translate("relm::RecordTraits", "criterion %1").arg(shortened(c.description, 40));
}

Id RecordTraits<ReleasePolicy>::releaseIdOf(const ReleasePolicy &) {
    return 0;
}

QString RecordTraits<ReleasePolicy>::describe(const ReleasePolicy &p) {
    return QCoreApplication::translate("relm::RecordTraits", "policy for %1 releases").arg(labelOf(p.releaseType));
}

Id RecordTraits<Deployment>::releaseIdOf(const Deployment &d) {
    return d.releaseId;
}

QString RecordTraits<Deployment>::describe(const Deployment &d) {
    return QCoreApplication::translate("relm::RecordTraits", "deployment #%1").arg(d.id);
}

Id RecordTraits<RunbookStep>::releaseIdOf(const RunbookStep &) {
    return 0;
}

QString RecordTraits<RunbookStep>::describe(const RunbookStep &s) {
    return QCoreApplication::translate("relm::RecordTraits", "runbook step %1").arg(s.title);
}

Id RecordTraits<KnownError>::releaseIdOf(const KnownError &e) {
    return e.releaseId;
}

QString RecordTraits<KnownError>::describe(const KnownError &e) {
    return QCoreApplication::translate("relm::RecordTraits", "known error %1").arg(e.title);
}

Id RecordTraits<ReleaseReview>::releaseIdOf(const ReleaseReview &r) {
    return r.releaseId;
}

QString RecordTraits<ReleaseReview>::describe(const ReleaseReview &) {
    return QCoreApplication::translate("relm::RecordTraits", "post-release review");
}

Id RecordTraits<PlanCalendar>::releaseIdOf(const PlanCalendar &) {
    return 0;
}

QString RecordTraits<PlanCalendar>::describe(const PlanCalendar &c) {
    return QCoreApplication::translate("relm::RecordTraits", "calendar %1").arg(c.name);
}

Id RecordTraits<ChangeWindow>::releaseIdOf(const ChangeWindow &) {
    return 0;
}

QString RecordTraits<ChangeWindow>::describe(const ChangeWindow &w) {
    return w.kind == WindowKind::Freeze
               ? QCoreApplication::translate("relm::RecordTraits", "freeze window %1").arg(w.name)
               : QCoreApplication::translate("relm::RecordTraits", "maintenance window %1").arg(w.name);
}

Id RecordTraits<CabMeeting>::releaseIdOf(const CabMeeting &) {
    return 0;
}

QString RecordTraits<CabMeeting>::describe(const CabMeeting &m) {
    return QCoreApplication::translate("relm::RecordTraits", "change board meeting %1").arg(m.title);
}

Id RecordTraits<Release>::releaseIdOf(const Release &r) {
    return r.id;
}

QString RecordTraits<Release>::describe(const Release &r) {
    return QCoreApplication::translate("relm::RecordTraits", "release %1").arg(r.name);
}

Id RecordTraits<Package>::releaseIdOf(const Package &p) {
    return p.releaseId;
}

QString RecordTraits<Package>::describe(const Package &p) {
    return QCoreApplication::translate("relm::RecordTraits", "package %1").arg(p.name);
}

Id RecordTraits<ChangeRequest>::releaseIdOf(const ChangeRequest &c) {
    return c.releaseIds.isEmpty() ? 0 : c.releaseIds.constFirst();
}

QString RecordTraits<ChangeRequest>::describe(const ChangeRequest &c) {
    return QCoreApplication::translate("relm::RecordTraits", "change request %1").arg(c.reference);
}

Id RecordTraits<Component>::releaseIdOf(const Component &) {
    return 0;
}

QString RecordTraits<Component>::describe(const Component &c) {
    return QCoreApplication::translate("relm::RecordTraits", "component %1").arg(c.name);
}

Id RecordTraits<ComponentVersion>::releaseIdOf(const ComponentVersion &) {
    return 0;
}

QString RecordTraits<ComponentVersion>::describe(const ComponentVersion &v) {
    return QCoreApplication::translate("relm::RecordTraits", "version %1 of %2").arg(v.version, v.componentName);
}

Id RecordTraits<Person>::releaseIdOf(const Person &) {
    return 0;
}

QString RecordTraits<Person>::describe(const Person &p) {
    return QCoreApplication::translate("relm::RecordTraits", "person %1").arg(p.displayName);
}

Id RecordTraits<Environment>::releaseIdOf(const Environment &) {
    return 0;
}

QString RecordTraits<Environment>::describe(const Environment &e) {
    return QCoreApplication::translate("relm::RecordTraits", "environment %1").arg(e.name);
}

} // namespace relm
