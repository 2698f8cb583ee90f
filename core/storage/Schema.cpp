#include "Schema.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

// Version 1: the release catalogue.
const auto schemaV1 = uR"(
CREATE TABLE relm_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE people (
    id ${ID},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT ''
);
CREATE TABLE person_roles (
    person_id ${REF} NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);
CREATE TABLE environments (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE components (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    owner_id ${REF} REFERENCES people(id),
    description TEXT NOT NULL DEFAULT '',
    retired ${BOOL} NOT NULL DEFAULT ${FALSE}
);
CREATE TABLE component_versions (
    id ${ID},
    component_id ${REF} NOT NULL REFERENCES components(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    source_ref TEXT NOT NULL DEFAULT '',
    retired ${BOOL} NOT NULL DEFAULT ${FALSE},
    UNIQUE (component_id, version)
);
CREATE TABLE releases (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    owner_id ${REF} NOT NULL REFERENCES people(id),
    target_service TEXT NOT NULL DEFAULT '',
    planned_start TEXT,
    planned_end TEXT,
    approach TEXT NOT NULL,
    backout_plan TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE packages (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (release_id, name)
);
CREATE TABLE package_items (
    package_id ${REF} NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    version_id ${REF} NOT NULL REFERENCES component_versions(id),
    PRIMARY KEY (package_id, version_id)
);
CREATE TABLE change_requests (
    id ${ID},
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    release_id ${REF} REFERENCES releases(id) ON DELETE SET NULL
);
CREATE TABLE audit_log (
    id ${ID},
    at_utc TEXT NOT NULL,
    actor_id ${REF},
    actor_login TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id ${REF} NOT NULL,
    action TEXT NOT NULL,
    release_id ${REF},
    summary TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '{}',
    after_json TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX people_login_nocase ON people(lower(login));
CREATE UNIQUE INDEX environments_name_nocase ON environments(lower(name));
CREATE UNIQUE INDEX components_name_nocase ON components(lower(name));
CREATE UNIQUE INDEX releases_name_nocase ON releases(lower(name));
CREATE UNIQUE INDEX change_requests_reference_nocase ON change_requests(lower(reference));
CREATE INDEX component_versions_by_component ON component_versions(component_id);
CREATE INDEX packages_by_release ON packages(release_id);
CREATE INDEX package_items_by_version ON package_items(version_id);
CREATE INDEX change_requests_by_release ON change_requests(release_id);
CREATE INDEX audit_log_by_release ON audit_log(release_id);
)"_s;

// Version 2: the audit trail becomes a hash chain, so that an edited, removed or reordered entry shows.
const auto schemaV2 = uR"(
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN entry_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id);
)"_s;

// Version 3: package design: version requirements and conflicts, release target environment and
// fingerprint policy, baselines, builds, and environment inventories with their history.
const auto schemaV3 = uR"(
CREATE TABLE version_relations (
    version_id ${REF} NOT NULL REFERENCES component_versions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    component TEXT NOT NULL,
    range TEXT NOT NULL,
    PRIMARY KEY (version_id, position)
);
ALTER TABLE releases ADD COLUMN target_environment_id ${REF} REFERENCES environments(id) ON DELETE SET NULL;
ALTER TABLE releases ADD COLUMN require_fingerprints ${BOOL} NOT NULL DEFAULT ${FALSE};
CREATE TABLE baselines (
    release_id ${REF} PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    frozen_at TEXT NOT NULL,
    frozen_by TEXT NOT NULL,
    content_json TEXT NOT NULL
);
CREATE TABLE builds (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    built_at TEXT NOT NULL,
    built_by TEXT NOT NULL,
    outcome TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    content_json TEXT NOT NULL,
    UNIQUE (release_id, number)
);
CREATE TABLE environment_inventory (
    environment_id ${REF} NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    version_id ${REF} NOT NULL REFERENCES component_versions(id),
    PRIMARY KEY (environment_id, version_id)
);
CREATE TABLE environment_history (
    id ${ID},
    environment_id ${REF} NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    release_id ${REF},
    content_json TEXT NOT NULL
);
CREATE INDEX environment_history_by_environment ON environment_history(environment_id);
)"_s;

// Version 4: release schedules: calendars, tasks and phases, dependencies (also across releases),
// change-freeze windows and schedule baselines.
const auto schemaV4 = uR"(
CREATE TABLE calendars (
    id ${ID},
    name TEXT NOT NULL,
    definition_json TEXT NOT NULL
);
CREATE UNIQUE INDEX calendars_name_nocase ON calendars(lower(name));
ALTER TABLE releases ADD COLUMN calendar_id ${REF} REFERENCES calendars(id) ON DELETE SET NULL;
CREATE TABLE tasks (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    parent_id ${REF} REFERENCES tasks(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    milestone ${BOOL} NOT NULL DEFAULT ${FALSE},
    constraint_type TEXT NOT NULL DEFAULT 'asap',
    constraint_date TEXT,
    calendar_id ${REF} REFERENCES calendars(id) ON DELETE SET NULL,
    deployment ${BOOL} NOT NULL DEFAULT ${FALSE},
    emergency ${BOOL} NOT NULL DEFAULT ${FALSE},
    environment_id ${REF} REFERENCES environments(id) ON DELETE SET NULL,
    percent_complete INTEGER NOT NULL DEFAULT 0,
    optimistic_minutes INTEGER NOT NULL DEFAULT -1,
    pessimistic_minutes INTEGER NOT NULL DEFAULT -1,
    source_uid TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tasks_by_release ON tasks(release_id);
CREATE TABLE task_links (
    id ${ID},
    predecessor_id ${REF} NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    successor_id ${REF} NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    type TEXT NOT NULL DEFAULT 'FS',
    lag_minutes INTEGER NOT NULL DEFAULT 0,
    lag_percent REAL NOT NULL DEFAULT 0,
    lag_is_percent ${BOOL} NOT NULL DEFAULT ${FALSE},
    UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX task_links_by_successor ON task_links(successor_id);
CREATE TABLE freeze_windows (
    id ${ID},
    name TEXT NOT NULL,
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    environment_id ${REF} REFERENCES environments(id) ON DELETE CASCADE
);
CREATE TABLE schedule_baselines (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    dates_json TEXT NOT NULL,
    UNIQUE (release_id, name)
);
)"_s;

// Version 5: the risk register.
const auto schemaV5 = uR"(
CREATE TABLE risks (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    likelihood INTEGER NOT NULL,
    impact INTEGER NOT NULL,
    owner_id ${REF} REFERENCES people(id) ON DELETE SET NULL,
    mitigation TEXT NOT NULL DEFAULT '',
    contingency TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    review_date TEXT,
    task_id ${REF} REFERENCES tasks(id) ON DELETE SET NULL,
    expected_delay_minutes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX risks_by_release ON risks(release_id);
)"_s;

// Version 7: acceptance criteria, release policies, signing keys and sign-offs. Sign-offs keep
// plain numbers for the criterion (no cascade): removing a criterion must not silently remove
// the signatures on it; they show as void instead.
const auto schemaV7 = uR"(
CREATE TABLE acceptance_criteria (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    category TEXT NOT NULL,
    acceptor_role TEXT NOT NULL,
    evidence_note TEXT NOT NULL DEFAULT '',
    evidence_link TEXT NOT NULL DEFAULT '',
    evidence_file TEXT NOT NULL DEFAULT '',
    evidence_sha256 TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    waiver_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX acceptance_criteria_by_release ON acceptance_criteria(release_id);
CREATE TABLE release_policies (
    id ${ID},
    release_type TEXT NOT NULL UNIQUE,
    signoffs TEXT NOT NULL DEFAULT '',
    required_categories TEXT NOT NULL DEFAULT '',
    minimum_lead_hours INTEGER NOT NULL DEFAULT 0,
    frozen_baseline_required ${BOOL} NOT NULL DEFAULT ${FALSE},
    emergency_authoriser TEXT NOT NULL DEFAULT ''
);
CREATE TABLE signing_keys (
    id ${ID},
    person_id ${REF} NOT NULL REFERENCES people(id),
    public_key TEXT NOT NULL,
    sealed_secret_key TEXT NOT NULL,
    salt TEXT NOT NULL,
    nonce TEXT NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    retired ${BOOL} NOT NULL DEFAULT ${FALSE}
);
CREATE TABLE signoffs (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL DEFAULT 0,
    person_id ${REF} NOT NULL REFERENCES people(id),
    key_id ${REF} NOT NULL REFERENCES signing_keys(id),
    login TEXT NOT NULL,
    printed_name TEXT NOT NULL,
    role TEXT NOT NULL,
    meaning TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    audit_head TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX signoffs_by_release ON signoffs(release_id);
CREATE INDEX audit_log_by_hash ON audit_log(entry_hash);
)"_s;

// Version 8: deployments with their runbooks and rollbacks, known errors, post-release reviews.
const auto schemaV8 = uR"(
CREATE TABLE deployments (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    environment_id ${REF} NOT NULL REFERENCES environments(id),
    package_id ${REF} REFERENCES packages(id) ON DELETE SET NULL,
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    executed_by ${REF} REFERENCES people(id) ON DELETE SET NULL,
    outcome TEXT NOT NULL DEFAULT 'planned',
    notes TEXT NOT NULL DEFAULT '',
    emergency ${BOOL} NOT NULL DEFAULT ${FALSE},
    emergency_reason TEXT NOT NULL DEFAULT '',
    inventory_before TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX deployments_by_release ON deployments(release_id);
CREATE INDEX deployments_by_environment ON deployments(environment_id);
CREATE TABLE runbook_steps (
    id ${ID},
    deployment_id ${REF} NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    owner_id ${REF} REFERENCES people(id) ON DELETE SET NULL,
    expected_minutes INTEGER NOT NULL DEFAULT 0,
    backout ${BOOL} NOT NULL DEFAULT ${FALSE},
    point_of_no_return ${BOOL} NOT NULL DEFAULT ${FALSE},
    done_at TEXT,
    done_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runbook_steps_by_deployment ON runbook_steps(deployment_id);
CREATE TABLE rollbacks (
    id ${ID},
    deployment_id ${REF} NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE known_errors (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    symptom TEXT NOT NULL DEFAULT '',
    workaround TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    fixed_in_release_id ${REF} REFERENCES releases(id) ON DELETE SET NULL
);
CREATE TABLE release_reviews (
    id ${ID},
    release_id ${REF} NOT NULL UNIQUE REFERENCES releases(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL DEFAULT '',
    incidents INTEGER NOT NULL DEFAULT 0,
    incident_notes TEXT NOT NULL DEFAULT '',
    service_levels TEXT NOT NULL DEFAULT 'unknown',
    lessons TEXT NOT NULL DEFAULT '',
    follow_ups TEXT NOT NULL DEFAULT '',
    complete ${BOOL} NOT NULL DEFAULT ${FALSE}
);
)"_s;

// Version 9: waivers of package findings, and runbook steps skipped with a reason.
const auto schemaV9 = uR"(
ALTER TABLE runbook_steps ADD COLUMN skip_reason TEXT NOT NULL DEFAULT '';
CREATE TABLE finding_waivers (
    id ${ID},
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    finding_key TEXT NOT NULL,
    finding TEXT NOT NULL,
    reason TEXT NOT NULL,
    person_id ${REF} NOT NULL REFERENCES people(id),
    login TEXT NOT NULL,
    printed_name TEXT NOT NULL,
    role TEXT NOT NULL,
    waived_at TEXT NOT NULL,
    UNIQUE (release_id, finding_key)
);
)"_s;

// Version 10: change requests become records of their own: a kind, a status, a public summary and
// what users need to do, and delivery by several releases (change_requests.release_id is no longer
// read; its links move to change_request_releases). Notes templates per audience and the
// organisation's look.
const auto schemaV10 = uR"(
ALTER TABLE change_requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'feature';
ALTER TABLE change_requests ADD COLUMN status TEXT NOT NULL DEFAULT 'approved';
ALTER TABLE change_requests ADD COLUMN public_summary TEXT NOT NULL DEFAULT '';
ALTER TABLE change_requests ADD COLUMN user_action TEXT NOT NULL DEFAULT '';
CREATE TABLE change_request_releases (
    change_request_id ${REF} NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
    release_id ${REF} NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    PRIMARY KEY (change_request_id, release_id)
);
CREATE INDEX change_request_releases_by_release ON change_request_releases(release_id);
INSERT INTO change_request_releases (change_request_id, release_id)
    SELECT id, release_id FROM change_requests WHERE release_id IS NOT NULL;
UPDATE change_requests SET release_id = NULL;
CREATE TABLE notes_templates (
    id ${ID},
    audience TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);
CREATE TABLE notes_look (
    id ${ID},
    organisation TEXT NOT NULL DEFAULT '',
    logo_png TEXT NOT NULL DEFAULT '',
    primary_colour TEXT NOT NULL,
    accent_colour TEXT NOT NULL
);
)"_s;

// Version 11: the forward schedule of change. Freeze windows become change windows: freezes and
// maintenance windows in a named time zone, recurring by an iCalendar rule, scoped to services,
// environments or components, with the role that may override them (environment_id is no longer
// read; it moves into the scope). Overrides of a freeze for one deployment, and change board
// meetings.
const auto schemaV11 = uR"(
ALTER TABLE freeze_windows RENAME TO change_windows;
ALTER TABLE change_windows ADD COLUMN kind TEXT NOT NULL DEFAULT 'freeze';
ALTER TABLE change_windows ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE change_windows ADD COLUMN recurrence TEXT NOT NULL DEFAULT '';
ALTER TABLE change_windows ADD COLUMN scope TEXT NOT NULL DEFAULT '{}';
ALTER TABLE change_windows ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE change_windows ADD COLUMN override_role TEXT NOT NULL DEFAULT 'change_board';
UPDATE change_windows SET scope = '{"environments":[' || environment_id || ']}' WHERE environment_id IS NOT NULL;
UPDATE change_windows SET environment_id = NULL;
CREATE TABLE freeze_overrides (
    id ${ID},
    window_id ${REF} NOT NULL REFERENCES change_windows(id) ON DELETE CASCADE,
    deployment_id ${REF} NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    planned_start TEXT NOT NULL,
    planned_end TEXT NOT NULL,
    reason TEXT NOT NULL,
    person_id ${REF} NOT NULL REFERENCES people(id),
    login TEXT NOT NULL,
    printed_name TEXT NOT NULL,
    role TEXT NOT NULL,
    overridden_at TEXT NOT NULL
);
CREATE INDEX freeze_overrides_by_deployment ON freeze_overrides(deployment_id);
CREATE TABLE cab_meetings (
    id ${ID},
    title TEXT NOT NULL,
    start_at TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 60,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    location TEXT NOT NULL DEFAULT '',
    members TEXT NOT NULL DEFAULT '[]',
    horizon_days INTEGER NOT NULL DEFAULT 14
);
)"_s;

// Version 12: plans keep their own dates. A release's plan may start at a time of its own (an
// imported plan keeps the start its file gave) and have a status date; tasks keep a manually
// scheduled start and their actual start and finish.
const auto schemaV12 = uR"(
CREATE TABLE plan_settings (
    release_id ${REF} PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    plan_start TEXT,
    status_date TEXT
);
ALTER TABLE tasks ADD COLUMN manual_start TEXT;
ALTER TABLE tasks ADD COLUMN actual_start TEXT;
ALTER TABLE tasks ADD COLUMN actual_finish TEXT;
)"_s;

// Version 13: shared databases. Every row people edit carries a version, counted up by each edit,
// so that two people's edits of one row can be told apart (the audit trail and the sign-offs are
// only ever added to, and have none).
const auto schemaV13 = uR"(
ALTER TABLE people ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE environments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE components ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE component_versions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE releases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE packages ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE change_requests ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE builds ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE environment_history ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calendars ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_links ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE change_windows ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE schedule_baselines ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE risks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE acceptance_criteria ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE release_policies ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE signing_keys ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deployments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runbook_steps ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollbacks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE known_errors ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE release_reviews ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE finding_waivers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes_templates ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes_look ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE freeze_overrides ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cab_meetings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
)"_s;

Result<void> setMeta(Database &db, const QString &key, const QString &value) {
    return Schema::setMeta(db, key, value);
}

Result<void> stepTo(Database &db, int version) {
    switch (version) {
    case 1: {
        if (auto r = db.execScript(schemaV1); !r)
            return r;
        if (auto r = setMeta(db, u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)); !r)
            return r;
        return setMeta(db, u"created_with"_s, QStringLiteral(RELM_VERSION));
    }
    case 2:
        if (auto r = db.execScript(schemaV2); !r)
            return r;
        return AuditLog(db).rebuildChain();
    case 3:
        return db.execScript(schemaV3);
    case 4:
        return db.execScript(schemaV4);
    case 5:
        return db.execScript(schemaV5);
    case 6: {
        // From now on the newest entry's hash is also kept apart, so cutting entries off the end
        // of the trail shows.
        auto head = AuditLog(db).head();
        if (!head)
            return head.error();
        return setMeta(db, AuditLog::headKey(), *head);
    }
    case 7:
        return db.execScript(schemaV7);
    case 8:
        return db.execScript(schemaV8);
    case 9:
        return db.execScript(schemaV9);
    case 10:
        return db.execScript(schemaV10);
    case 11:
        return db.execScript(schemaV11);
    case 12:
        return db.execScript(schemaV12);
    case 13:
        return db.execScript(schemaV13);
    default:
        return makeError(ErrorCode::Storage, u"No upgrade step to schema version %1"_s.arg(version));
    }
}

} // namespace

int Schema::currentVersion() {
    return 13;
}

Result<void> Schema::setMeta(Database &db, const QString &key, const QString &value) {
    auto q = db.exec(u"INSERT INTO relm_meta (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                     {key, value});
    if (!q)
        return q.error();
    return {};
}

Result<void> Schema::migrate(Database &db, int fromVersion, int toVersion) {
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (auto r = stepTo(db, version); !r)
            return r;
    }
    if (toVersion > fromVersion) {
        if (auto r = setMeta(db, u"schema_version"_s, QString::number(toVersion)); !r)
            return r;
    }
    return {};
}

} // namespace relm
