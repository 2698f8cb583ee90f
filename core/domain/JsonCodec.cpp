#include "JsonCodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm::json {

namespace {

QJsonValue dateValue(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idValue(Id id) {
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

QJsonObject toJson(const Release &r) {
    return {{u"id"_s, r.id},
            {u"name"_s, r.name},
            {u"version"_s, r.version},
            {u"type"_s, keyOf(r.type)},
            {u"status"_s, keyOf(r.status)},
            {u"owner"_s, r.ownerLogin},
            {u"target_service"_s, r.targetService},
            {u"planned_start"_s, dateValue(r.plannedStart)},
            {u"planned_end"_s, dateValue(r.plannedEnd)},
            {u"approach"_s, keyOf(r.approach)},
            {u"backout_plan"_s, r.backoutPlan},
            {u"description"_s, r.description},
            {u"target_environment_id"_s, idValue(r.targetEnvironmentId)},
            {u"require_fingerprints"_s, r.requireFingerprints},
            {u"calendar_id"_s, idValue(r.calendarId)}};
}

QJsonObject toJson(const Component &c) {
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"kind"_s, keyOf(c.kind)},
            {u"owner"_s, c.ownerLogin},
            {u"description"_s, c.description},
            {u"retired"_s, c.retired}};
}

QJsonObject toJson(const ComponentVersion &v) {
    QJsonArray requires_;
    QJsonArray conflicts;
    for (const VersionRelation &r : v.relations)
        (r.kind == VersionRelation::Kind::Requires ? requires_ : conflicts)
            .append(QJsonObject{{u"component"_s, r.component}, {u"range"_s, r.range}});
    return {{u"id"_s, v.id},
            {u"requires"_s, requires_},
            {u"conflicts"_s, conflicts},
            {u"component"_s, v.componentName},
            {u"version"_s, v.version},
            {u"sha256"_s, v.sha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.sha256)},
            {u"source"_s, v.sourceRef},
            {u"retired"_s, v.retired}};
}

QJsonObject toJson(const Person &p) {
    QJsonArray roles;
    for (Role role : p.roles)
        roles.append(keyOf(role));
    return {
        {u"id"_s, p.id}, {u"login"_s, p.login}, {u"name"_s, p.displayName}, {u"email"_s, p.email}, {u"roles"_s, roles}};
}

QJsonObject toJson(const Environment &e) {
    return {{u"id"_s, e.id},
            {u"name"_s, e.name},
            {u"kind"_s, keyOf(e.kind)},
            {u"position"_s, e.position},
            {u"description"_s, e.description}};
}

QJsonObject toJson(const Package &p) {
    QJsonArray contents;
    for (const ComponentVersion &v : p.contents)
        contents.append(toJson(v));
    return {{u"id"_s, p.id}, {u"release_id"_s, p.releaseId}, {u"name"_s, p.name}, {u"contents"_s, contents}};
}

QJsonObject toJson(const ChangeRequest &c) {
    QJsonArray releases;
    for (Id id : c.releaseIds)
        releases.append(id);
    return {{u"id"_s, c.id},
            {u"reference"_s, c.reference},
            {u"title"_s, c.title},
            {u"description"_s, c.description},
            {u"kind"_s, keyOf(c.kind)},
            {u"status"_s, keyOf(c.status)},
            {u"public_summary"_s, c.publicSummary},
            {u"user_action"_s, c.userAction},
            {u"created_at"_s, c.createdAt.toUTC().toString(Qt::ISODate)},
            {u"releases"_s, releases}};
}

QJsonObject templateBody(const NotesTemplate &t) {
    QJsonArray sections;
    for (const SectionChoice &c : t.sections) {
        QJsonObject section{{u"key"_s, c.key}, {u"shown"_s, c.shown}};
        if (!c.heading.isEmpty())
            section.insert(u"heading"_s, c.heading);
        sections.append(section);
    }
    return {{u"title"_s, t.title},
            {u"footer"_s, t.footer},
            {u"sections"_s, sections},
            {u"fields"_s, QJsonArray::fromStringList(t.fields)}};
}

std::optional<NotesTemplate> templateFromBody(const QJsonObject &body) {
    NotesTemplate t;
    for (const auto &[key, field] : {std::pair{u"title"_s, &t.title}, std::pair{u"footer"_s, &t.footer}}) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && !value.isString())
            return std::nullopt;
        *field = value.toString();
    }
    const QJsonValue sections = body.value(u"sections"_s);
    const QJsonValue fields = body.value(u"fields"_s);
    if ((!sections.isUndefined() && !sections.isArray()) || (!fields.isUndefined() && !fields.isArray()))
        return std::nullopt;
    for (const QJsonValue &value : sections.toArray()) {
        const QJsonObject section = value.toObject();
        if (!value.isObject() || !section.value(u"key"_s).isString() ||
            !(section.value(u"shown"_s).isBool() || section.value(u"shown"_s).isUndefined()) ||
            !(section.value(u"heading"_s).isString() || section.value(u"heading"_s).isUndefined()))
            return std::nullopt;
        t.sections.append({section.value(u"key"_s).toString(), section.value(u"shown"_s).toBool(true),
                           section.value(u"heading"_s).toString()});
    }
    for (const QJsonValue &value : fields.toArray()) {
        if (!value.isString())
            return std::nullopt;
        t.fields.append(value.toString());
    }
    return t;
}

QJsonObject toJson(const NotesTemplate &t) {
    QJsonObject object = templateBody(t);
    object.insert(u"id"_s, t.id);
    object.insert(u"audience"_s, t.audience);
    return object;
}

QJsonObject toJson(const NotesBranding &b) {
    return {{u"id"_s, b.id},
            {u"organisation"_s, b.organisation},
            {u"logo_sha256"_s, b.logoPng.isEmpty()
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QString::fromLatin1(
                                         QCryptographicHash::hash(b.logoPng, QCryptographicHash::Sha256).toHex()))},
            {u"logo_bytes"_s, b.logoPng.size()},
            {u"primary_colour"_s, b.primaryColour},
            {u"accent_colour"_s, b.accentColour}};
}

QJsonObject toJson(const Baseline &b) {
    return {{u"release_id"_s, b.releaseId},
            {u"fingerprint"_s, b.fingerprint},
            {u"frozen_at"_s, b.frozenAt.toUTC().toString(Qt::ISODate)},
            {u"frozen_by"_s, b.frozenBy},
            {u"content"_s, contents::toJson(b.content)}};
}

namespace {
QJsonValue localValue(const QDateTime &at) {
    return at.isValid() ? QJsonValue(at.toString(u"yyyy-MM-ddTHH:mm:ss"_s)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const PlanTask &t) {
    return {{u"id"_s, t.id},
            {u"release_id"_s, t.releaseId},
            {u"parent_id"_s, idValue(t.parentId)},
            {u"name"_s, t.name},
            {u"duration_minutes"_s, t.duration},
            {u"milestone"_s, t.milestone},
            {u"constraint"_s, constraintKey(t.constraint)},
            {u"constraint_date"_s, localValue(t.constraintDate)},
            {u"deployment"_s, t.deployment},
            {u"emergency"_s, t.emergency},
            {u"environment_id"_s, idValue(t.environmentId)},
            {u"percent_complete"_s, t.percentComplete},
            {u"optimistic_minutes"_s, t.optimistic},
            {u"pessimistic_minutes"_s, t.pessimistic},
            {u"manual_start"_s, localValue(t.manualStart)},
            {u"actual_start"_s, localValue(t.actualStart)},
            {u"actual_finish"_s, localValue(t.actualFinish)}};
}

QJsonObject toJson(const PlanLink &l) {
    return {{u"id"_s, l.id},
            {u"predecessor_id"_s, l.predecessorId},
            {u"successor_id"_s, l.successorId},
            {u"type"_s, linkTypeKey(l.type)},
            {u"lag_minutes"_s, l.lag},
            {u"lag_percent"_s, l.lagIsPercent ? QJsonValue(l.lagPercent) : QJsonValue()}};
}

QJsonObject toJson(const PlanCalendar &c) {
    return {
        {u"id"_s, c.id}, {u"name"_s, c.name}, {u"definition"_s, QJsonDocument::fromJson(c.calendar.toJson()).object()}};
}

QJsonObject toJson(const Risk &r) {
    return {{u"id"_s, r.id},
            {u"release_id"_s, r.releaseId},
            {u"title"_s, r.title},
            {u"description"_s, r.description},
            {u"category"_s, r.category},
            {u"likelihood"_s, r.likelihood},
            {u"impact"_s, r.impact},
            {u"exposure"_s, r.exposure()},
            {u"band"_s, riskBandKey(r.band())},
            {u"owner_id"_s, idValue(r.ownerId)},
            {u"mitigation"_s, r.mitigation},
            {u"contingency"_s, r.contingency},
            {u"status"_s, riskStatusKey(r.status)},
            {u"review_date"_s, dateValue(r.reviewDate)},
            {u"task_id"_s, idValue(r.taskId)},
            {u"expected_delay_minutes"_s, r.expectedDelay}};
}

QJsonObject toJson(const AcceptanceCriterion &c) {
    return {{u"id"_s, c.id},
            {u"release_id"_s, c.releaseId},
            {u"description"_s, c.description},
            {u"category"_s, keyOf(c.category)},
            {u"acceptor_role"_s, keyOf(c.acceptorRole)},
            {u"evidence_note"_s, c.evidenceNote},
            {u"evidence_link"_s, c.evidenceLink},
            {u"evidence_file"_s, c.evidenceFile},
            {u"evidence_sha256"_s, c.evidenceSha256},
            {u"status"_s, keyOf(c.status)},
            {u"waiver_reason"_s, c.waiverReason}};
}

QJsonObject toJson(const ReleasePolicy &p) {
    QJsonArray signOffs;
    for (const SignOffRequirement &r : p.signOffs)
        signOffs.append(QJsonObject{{u"role"_s, keyOf(r.role)}, {u"quorum"_s, r.quorum}});
    QJsonArray categories;
    for (CriterionCategory c : p.requiredCategories)
        categories.append(keyOf(c));
    return {{u"id"_s, p.id},
            {u"release_type"_s, keyOf(p.releaseType)},
            {u"signoffs"_s, signOffs},
            {u"required_categories"_s, categories},
            {u"minimum_lead_hours"_s, p.minimumLeadHours},
            {u"frozen_baseline_required"_s, p.frozenBaselineRequired},
            {u"emergency_authoriser"_s,
             p.emergencyAuthoriser ? QJsonValue(keyOf(*p.emergencyAuthoriser)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject toJson(const SignOff &s) {
    return {{u"id"_s, s.id},
            {u"release_id"_s, s.releaseId},
            {u"criterion_id"_s, idValue(s.criterionId)},
            {u"person_id"_s, s.personId},
            {u"key_id"_s, s.keyId},
            {u"login"_s, s.login},
            {u"printed_name"_s, s.printedName},
            {u"role"_s, keyOf(s.role)},
            {u"meaning"_s, keyOf(s.meaning)},
            {u"comment"_s, s.comment},
            {u"signed_at"_s, s.signedAt.toUTC().toString(Qt::ISODate)},
            {u"content_hash"_s, s.contentHash},
            {u"audit_head"_s, s.auditHead},
            {u"signature"_s, QString::fromLatin1(s.signature.toHex())}};
}

QJsonObject toJson(const FindingWaiver &w) {
    return {{u"id"_s, w.id},
            {u"release_id"_s, w.releaseId},
            {u"finding_key"_s, w.findingKey},
            {u"finding"_s, w.finding},
            {u"reason"_s, w.reason},
            {u"person_id"_s, w.personId},
            {u"login"_s, w.login},
            {u"printed_name"_s, w.printedName},
            {u"role"_s, keyOf(w.role)},
            {u"waived_at"_s, w.waivedAt.toUTC().toString(Qt::ISODate)}};
}

namespace {
QJsonValue utcValue(const QDateTime &at) {
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const Deployment &d) {
    return {{u"id"_s, d.id},
            {u"release_id"_s, d.releaseId},
            {u"environment_id"_s, d.environmentId},
            {u"package_id"_s, idValue(d.packageId)},
            {u"planned_start"_s, utcValue(d.plannedStart)},
            {u"planned_end"_s, utcValue(d.plannedEnd)},
            {u"actual_start"_s, utcValue(d.actualStart)},
            {u"actual_end"_s, utcValue(d.actualEnd)},
            {u"executed_by"_s, idValue(d.executedBy)},
            {u"outcome"_s, keyOf(d.outcome)},
            {u"notes"_s, d.notes},
            {u"emergency"_s, d.emergency},
            {u"emergency_reason"_s, d.emergencyReason},
            {u"inventory_before"_s, contents::toJson(d.inventoryBefore)}};
}

QJsonObject toJson(const RunbookStep &s) {
    return {{u"id"_s, s.id},
            {u"deployment_id"_s, s.deploymentId},
            {u"position"_s, s.position},
            {u"title"_s, s.title},
            {u"owner_id"_s, idValue(s.ownerId)},
            {u"expected_minutes"_s, s.expectedMinutes},
            {u"backout"_s, s.backout},
            {u"point_of_no_return"_s, s.pointOfNoReturn},
            {u"done_at"_s, utcValue(s.doneAt)},
            {u"done_by"_s, s.doneBy},
            {u"skip_reason"_s, s.skipReason}};
}

QJsonObject toJson(const KnownError &e) {
    return {{u"id"_s, e.id},
            {u"release_id"_s, e.releaseId},
            {u"title"_s, e.title},
            {u"symptom"_s, e.symptom},
            {u"workaround"_s, e.workaround},
            {u"reference"_s, e.reference},
            {u"fixed_in_release_id"_s, idValue(e.fixedInReleaseId)}};
}

QJsonObject toJson(const ReleaseReview &r) {
    return {{u"id"_s, r.id},
            {u"release_id"_s, r.releaseId},
            {u"outcome"_s, r.outcome},
            {u"incidents"_s, r.incidents},
            {u"incident_notes"_s, r.incidentNotes},
            {u"service_levels"_s, serviceLevelsKey(r.serviceLevels)},
            {u"lessons"_s, r.lessons},
            {u"follow_ups"_s, r.followUps},
            {u"complete"_s, r.complete}};
}

QString outcomeKey(Build::Outcome outcome) {
    switch (outcome) {
    case Build::Outcome::Succeeded:
        return u"succeeded"_s;
    case Build::Outcome::Failed:
        return u"failed"_s;
    case Build::Outcome::Partial:
        return u"partial"_s;
    }
    return {};
}

std::optional<Build::Outcome> outcomeFromKey(const QString &key) {
    for (auto outcome : {Build::Outcome::Succeeded, Build::Outcome::Failed, Build::Outcome::Partial}) {
        if (outcomeKey(outcome) == key.trimmed().toLower())
            return outcome;
    }
    return std::nullopt;
}

QJsonObject toJson(const Build &b) {
    return {{u"id"_s, b.id},
            {u"release_id"_s, b.releaseId},
            {u"number"_s, b.number},
            {u"built_at"_s, b.builtAt.toUTC().toString(Qt::ISODate)},
            {u"built_by"_s, b.builtBy},
            {u"outcome"_s, outcomeKey(b.outcome)},
            {u"notes"_s, b.notes},
            {u"content"_s, contents::toJson(b.content)}};
}

QJsonObject toJson(const EnvironmentSnapshot &s) {
    return {{u"id"_s, s.id},
            {u"at"_s, s.at.toUTC().toString(Qt::ISODate)},
            {u"actor"_s, s.actor},
            {u"reason"_s, s.reason},
            {u"release_id"_s, idValue(s.releaseId)},
            {u"runs"_s, contents::toJson(s.content)}};
}

std::pair<QJsonObject, QJsonObject> difference(const QJsonObject &before, const QJsonObject &after) {
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), before.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            changedBefore.insert(it.key(), it.value());
    }
    return {changedBefore, changedAfter};
}

namespace {
QJsonArray idArray(const QList<Id> &ids) {
    QJsonArray a;
    for (Id id : ids)
        a.append(id);
    return a;
}
} // namespace

QJsonObject toJson(const ChangeWindow &w) {
    QJsonObject recurrence;
    if (w.recurrence.repeats()) {
        recurrence = {{u"rule"_s, w.recurrence.ruleText()},
                      {u"until"_s, w.recurrence.until.isValid() ? QJsonValue(w.recurrence.until.toString(Qt::ISODate))
                                                                : QJsonValue()},
                      {u"description"_s, w.recurrence.describe()}};
    }
    return {{u"id"_s, w.id},
            {u"name"_s, w.name},
            {u"kind"_s, keyOf(w.kind)},
            {u"start"_s, localValue(w.start)},
            {u"end"_s, localValue(w.end)},
            {u"time_zone"_s, QString::fromUtf8(w.timeZone)},
            {u"recurrence"_s, w.recurrence.repeats() ? QJsonValue(recurrence) : QJsonValue()},
            {u"scope"_s, QJsonObject{{u"services"_s, QJsonArray::fromStringList(w.scope.services)},
                                     {u"environment_ids"_s, idArray(w.scope.environmentIds)},
                                     {u"component_ids"_s, idArray(w.scope.componentIds)}}},
            {u"reason"_s, w.reason},
            {u"override_role"_s, keyOf(w.overrideRole)}};
}

QJsonObject toJson(const FreezeOverride &o) {
    return {{u"id"_s, o.id},
            {u"window_id"_s, o.windowId},
            {u"deployment_id"_s, o.deploymentId},
            {u"planned_start"_s, utcValue(o.plannedStart)},
            {u"planned_end"_s, utcValue(o.plannedEnd)},
            {u"reason"_s, o.reason},
            {u"login"_s, o.login},
            {u"printed_name"_s, o.printedName},
            {u"role"_s, keyOf(o.role)},
            {u"at"_s, utcValue(o.at)}};
}

QJsonObject toJson(const CabMeeting &m) {
    return {{u"id"_s, m.id},
            {u"title"_s, m.title},
            {u"start"_s, localValue(m.start)},
            {u"minutes"_s, m.minutes},
            {u"time_zone"_s, QString::fromUtf8(m.timeZone)},
            {u"location"_s, m.location},
            {u"member_ids"_s, idArray(m.memberIds)},
            {u"horizon_days"_s, m.horizonDays}};
}

} // namespace relm::json
