#include "RecordFields.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// Copies one member from one version of a record to another.
template<auto Member>
struct MemberCopy;

template<typename T, typename M, M T::*Member>
struct MemberCopy<Member> {
    static void copy(T &to, const T &from) { to.*Member = from.*Member; }
};

template<auto Member>
constexpr auto copyOf = &MemberCopy<Member>::copy;

} // namespace

template<>
QList<RecordField<Release>> recordFields<Release>() {
    return {
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&Release::name>},
        {{u"version"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Version"), copyOf<&Release::version>},
        {{u"type"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Type"), copyOf<&Release::type>},
        {{u"owner"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Owner"), copyOf<&Release::ownerLogin>},
        {{u"target_service"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Target service"),
         copyOf<&Release::targetService>},
        {{u"planned_start"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Planned start"),
         copyOf<&Release::plannedStart>},
        {{u"planned_end"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Planned end"), copyOf<&Release::plannedEnd>},
        {{u"approach"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Approach"), copyOf<&Release::approach>},
        {{u"backout_plan"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Back-out plan"), copyOf<&Release::backoutPlan>},
        {{u"description"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Description"), copyOf<&Release::description>},
        {{u"target_environment_id"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Target environment"),
         copyOf<&Release::targetEnvironmentId>},
        {{u"require_fingerprints"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Fingerprints required"),
         copyOf<&Release::requireFingerprints>},
        {{u"calendar_id"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Calendar"), copyOf<&Release::calendarId>},
    };
}

template<>
QList<RecordField<Component>> recordFields<Component>() {
    return {
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&Component::name>},
        {{u"kind"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Kind"), copyOf<&Component::kind>},
        {{u"owner"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Owner"), copyOf<&Component::ownerLogin>},
        {{u"description"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Description"), copyOf<&Component::description>},
        {{u"retired"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Retired"), copyOf<&Component::retired>},
    };
}

template<>
QList<RecordField<ComponentVersion>> recordFields<ComponentVersion>() {
    return {
        {{u"version"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Version"), copyOf<&ComponentVersion::version>},
        {{u"sha256"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "SHA-256"), copyOf<&ComponentVersion::sha256>},
        {{u"source"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Source"), copyOf<&ComponentVersion::sourceRef>},
        {{u"retired"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Retired"), copyOf<&ComponentVersion::retired>},
        {{u"requires"_s, u"conflicts"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Requires and conflicts"),
         copyOf<&ComponentVersion::relations>},
    };
}

template<>
QList<RecordField<Person>> recordFields<Person>() {
    return {
        {{u"login"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Login"), copyOf<&Person::login>},
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&Person::displayName>},
        {{u"email"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Email"), copyOf<&Person::email>},
        {{u"roles"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Roles"), copyOf<&Person::roles>},
    };
}

template<>
QList<RecordField<Environment>> recordFields<Environment>() {
    return {
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&Environment::name>},
        {{u"kind"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Kind"), copyOf<&Environment::kind>},
        {{u"position"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Position"), copyOf<&Environment::position>},
        {{u"description"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Description"), copyOf<&Environment::description>},
    };
}

template<>
QList<RecordField<ChangeRequest>> recordFields<ChangeRequest>() {
    return {
        {{u"reference"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Reference"), copyOf<&ChangeRequest::reference>},
        {{u"title"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Title"), copyOf<&ChangeRequest::title>},
        {{u"description"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Description"),
         copyOf<&ChangeRequest::description>},
        {{u"kind"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Kind"), copyOf<&ChangeRequest::kind>},
        {{u"status"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Status"), copyOf<&ChangeRequest::status>},
        {{u"public_summary"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Public summary"),
         copyOf<&ChangeRequest::publicSummary>},
        {{u"user_action"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "User action"),
         copyOf<&ChangeRequest::userAction>},
    };
}

template<>
QList<RecordField<PlanTask>> recordFields<PlanTask>() {
    return {
        {{u"parent_id"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Phase"), copyOf<&PlanTask::parentId>},
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&PlanTask::name>},
        {{u"duration_minutes"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Duration"), copyOf<&PlanTask::duration>},
        {{u"milestone"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Milestone"), copyOf<&PlanTask::milestone>},
        {{u"constraint"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Constraint"), copyOf<&PlanTask::constraint>},
        {{u"constraint_date"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Constraint date"),
         copyOf<&PlanTask::constraintDate>},
        {{u"deployment"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Deployment"), copyOf<&PlanTask::deployment>},
        {{u"emergency"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Emergency"), copyOf<&PlanTask::emergency>},
        {{u"environment_id"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Environment"),
         copyOf<&PlanTask::environmentId>},
        {{u"percent_complete"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Complete"),
         copyOf<&PlanTask::percentComplete>},
        {{u"optimistic_minutes"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Optimistic duration"),
         copyOf<&PlanTask::optimistic>},
        {{u"pessimistic_minutes"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Pessimistic duration"),
         copyOf<&PlanTask::pessimistic>},
        {{u"manual_start"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Manual start"), copyOf<&PlanTask::manualStart>},
        {{u"actual_start"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Actual start"), copyOf<&PlanTask::actualStart>},
        {{u"actual_finish"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Actual finish"),
         copyOf<&PlanTask::actualFinish>},
    };
}

template<>
QList<RecordField<PlanLink>> recordFields<PlanLink>() {
    return {
        {{u"type"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Link type"), copyOf<&PlanLink::type>},
        {{u"lag_minutes"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Lag"), copyOf<&PlanLink::lag>},
        {{u"lag_percent"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Lag in percent"),
         [](PlanLink &to, const PlanLink &from) {
             to.lagPercent = from.lagPercent;
             to.lagIsPercent = from.lagIsPercent;
         }},
    };
}

template<>
QList<RecordField<PlanCalendar>> recordFields<PlanCalendar>() {
    return {
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&PlanCalendar::name>},
        {{u"definition"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Working times"), copyOf<&PlanCalendar::calendar>},
    };
}

template<>
QList<RecordField<Risk>> recordFields<Risk>() {
    return {
        {{u"title"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Title"), copyOf<&Risk::title>},
        {{u"description"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Description"), copyOf<&Risk::description>},
        {{u"category"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Category"), copyOf<&Risk::category>},
        {{u"likelihood"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Likelihood"), copyOf<&Risk::likelihood>},
        {{u"impact"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Impact"), copyOf<&Risk::impact>},
        {{u"owner_id"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Owner"), copyOf<&Risk::ownerId>},
        {{u"mitigation"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Mitigation"), copyOf<&Risk::mitigation>},
        {{u"contingency"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Contingency"), copyOf<&Risk::contingency>},
        {{u"status"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Status"), copyOf<&Risk::status>},
        {{u"review_date"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Review date"), copyOf<&Risk::reviewDate>},
        {{u"task_id"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Task"), copyOf<&Risk::taskId>},
        {{u"expected_delay_minutes"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Expected delay"),
         copyOf<&Risk::expectedDelay>},
    };
}

template<>
QList<RecordField<AcceptanceCriterion>> recordFields<AcceptanceCriterion>() {
    return {
        {{u"description"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Description"),
         copyOf<&AcceptanceCriterion::description>},
        {{u"category"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Category"), copyOf<&AcceptanceCriterion::category>},
        {{u"acceptor_role"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Accepted by"),
         copyOf<&AcceptanceCriterion::acceptorRole>},
        {{u"evidence_note"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Evidence note"),
         copyOf<&AcceptanceCriterion::evidenceNote>},
        {{u"evidence_link"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Evidence link"),
         copyOf<&AcceptanceCriterion::evidenceLink>},
        {{u"evidence_file"_s, u"evidence_sha256"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Evidence file"),
         [](AcceptanceCriterion &to, const AcceptanceCriterion &from) {
             to.evidenceFile = from.evidenceFile;
             to.evidenceSha256 = from.evidenceSha256;
         }},
        {{u"status"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Status"), copyOf<&AcceptanceCriterion::status>},
        {{u"waiver_reason"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Waiver reason"),
         copyOf<&AcceptanceCriterion::waiverReason>},
    };
}

template<>
QList<RecordField<ReleasePolicy>> recordFields<ReleasePolicy>() {
    return {
        {{u"signoffs"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Sign-offs"), copyOf<&ReleasePolicy::signOffs>},
        {{u"required_categories"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Required categories"),
         copyOf<&ReleasePolicy::requiredCategories>},
        {{u"minimum_lead_hours"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Minimum lead time"),
         copyOf<&ReleasePolicy::minimumLeadHours>},
        {{u"frozen_baseline_required"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Frozen baseline required"),
         copyOf<&ReleasePolicy::frozenBaselineRequired>},
        {{u"emergency_authoriser"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Emergency authoriser"),
         copyOf<&ReleasePolicy::emergencyAuthoriser>},
    };
}

template<>
QList<RecordField<Deployment>> recordFields<Deployment>() {
    return {
        {{u"environment_id"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Environment"),
         copyOf<&Deployment::environmentId>},
        {{u"package_id"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Package"), copyOf<&Deployment::packageId>},
        {{u"planned_start"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Planned start"),
         copyOf<&Deployment::plannedStart>},
        {{u"planned_end"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Planned end"), copyOf<&Deployment::plannedEnd>},
        {{u"actual_start"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Actual start"),
         copyOf<&Deployment::actualStart>},
        {{u"actual_end"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Actual end"), copyOf<&Deployment::actualEnd>},
        {{u"executed_by"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Executed by"), copyOf<&Deployment::executedBy>},
        {{u"outcome"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Outcome"), copyOf<&Deployment::outcome>},
        {{u"notes"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Notes"), copyOf<&Deployment::notes>},
        {{u"emergency"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Emergency"), copyOf<&Deployment::emergency>},
        {{u"emergency_reason"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Emergency reason"),
         copyOf<&Deployment::emergencyReason>},
    };
}

template<>
QList<RecordField<RunbookStep>> recordFields<RunbookStep>() {
    return {
        {{u"position"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Position"), copyOf<&RunbookStep::position>},
        {{u"title"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Title"), copyOf<&RunbookStep::title>},
        {{u"owner_id"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Owner"), copyOf<&RunbookStep::ownerId>},
        {{u"expected_minutes"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Expected duration"),
         copyOf<&RunbookStep::expectedMinutes>},
        {{u"backout"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Back-out step"), copyOf<&RunbookStep::backout>},
        {{u"point_of_no_return"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Point of no return"),
         copyOf<&RunbookStep::pointOfNoReturn>},
        {{u"done_at"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Done at"), copyOf<&RunbookStep::doneAt>},
        {{u"done_by"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Done by"), copyOf<&RunbookStep::doneBy>},
        {{u"skip_reason"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Skip reason"), copyOf<&RunbookStep::skipReason>},
    };
}

template<>
QList<RecordField<KnownError>> recordFields<KnownError>() {
    return {
        {{u"title"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Title"), copyOf<&KnownError::title>},
        {{u"symptom"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Symptom"), copyOf<&KnownError::symptom>},
        {{u"workaround"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Workaround"), copyOf<&KnownError::workaround>},
        {{u"reference"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Reference"), copyOf<&KnownError::reference>},
        {{u"fixed_in_release_id"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Fixed in release"),
         copyOf<&KnownError::fixedInReleaseId>},
    };
}

template<>
QList<RecordField<ReleaseReview>> recordFields<ReleaseReview>() {
    return {
        {{u"outcome"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Outcome"), copyOf<&ReleaseReview::outcome>},
        {{u"incidents"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Incidents"), copyOf<&ReleaseReview::incidents>},
        {{u"incident_notes"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Incident notes"),
         copyOf<&ReleaseReview::incidentNotes>},
        {{u"service_levels"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Service levels"),
         copyOf<&ReleaseReview::serviceLevels>},
        {{u"lessons"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Lessons"), copyOf<&ReleaseReview::lessons>},
        {{u"follow_ups"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Follow-ups"), copyOf<&ReleaseReview::followUps>},
        {{u"complete"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Complete"), copyOf<&ReleaseReview::complete>},
    };
}

template<>
QList<RecordField<ChangeWindow>> recordFields<ChangeWindow>() {
    return {
        {{u"name"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Name"), copyOf<&ChangeWindow::name>},
        {{u"kind"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Kind"), copyOf<&ChangeWindow::kind>},
        {{u"start"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Start"), copyOf<&ChangeWindow::start>},
        {{u"end"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "End"), copyOf<&ChangeWindow::end>},
        {{u"time_zone"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Time zone"), copyOf<&ChangeWindow::timeZone>},
        {{u"recurrence"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Recurrence"), copyOf<&ChangeWindow::recurrence>},
        {{u"scope"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Scope"), copyOf<&ChangeWindow::scope>},
        {{u"reason"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Reason"), copyOf<&ChangeWindow::reason>},
        {{u"override_role"_s},
         QT_TRANSLATE_NOOP("relm::RecordFields", "Override role"),
         copyOf<&ChangeWindow::overrideRole>},
    };
}

template<>
QList<RecordField<CabMeeting>> recordFields<CabMeeting>() {
    return {
        {{u"title"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Title"), copyOf<&CabMeeting::title>},
        {{u"start"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Start"), copyOf<&CabMeeting::start>},
        {{u"minutes"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Length"), copyOf<&CabMeeting::minutes>},
        {{u"time_zone"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Time zone"), copyOf<&CabMeeting::timeZone>},
        {{u"location"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Location"), copyOf<&CabMeeting::location>},
        {{u"member_ids"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Members"), copyOf<&CabMeeting::memberIds>},
        {{u"horizon_days"_s}, QT_TRANSLATE_NOOP("relm::RecordFields", "Horizon"), copyOf<&CabMeeting::horizonDays>},
    };
}

} // namespace relm
