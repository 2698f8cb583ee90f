#include "NotesBuilder.h"

#include "calendar/FreezeCheck.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "checks/ReleaseGate.h"
#include "domain/ReleaseLifecycle.h"
#include "gantt/GanttExport.h"
#include "notes/NotesParts.h"
#include "notes/NotesPictures.h"
#include "notes/NotesTemplates.h"
#include "planning/KnownErrors.h"
#include "planning/ReleasePlanning.h"
#include "signing/SignOffVerifier.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/DeliveryStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/NotesTemplateStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

QString moment(const QDateTime &at) {
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : tr("not set");
}

/// Reads what every audience draws on, once, and writes each section the template asks for.
class Builder {
public:
    Builder(Workspace &ws, const Release &release, const NotesTemplate &notesTemplate)
        : m_ws(ws)
        , m_release(release)
        , m_template(notesTemplate) {}

    Result<void> load() {
        auto people = m_ws.directory().people();
        auto environments = m_ws.directory().environments();
        auto deployments = m_ws.deployments().deployments(m_release.id);
        auto known = knownErrorsFor(m_ws.releases(), m_ws.deployments(), m_release.id);
        auto changes = m_ws.releases().changeRequests(m_release.id);
        auto releases = m_ws.releases().releases();
        if (!people || !environments || !deployments || !known || !changes || !releases)
            return makeError(ErrorCode::Storage, tr("The release's records could not be read."));
        for (const Person &p : *people)
            m_people.insert(p.id, p.displayName);
        for (const Environment &e : *environments)
            m_environments.insert(e.id, e);
        for (const Release &r : *releases)
            m_releaseNames.insert(r.id, r.name);
        m_deployments = *deployments;
        m_knownErrors = *known;
        m_changes = *changes;
        return {};
    }

    /// The sections the template shows, in its order, under its headings.
    QList<NotesSection> sections() {
        QList<NotesSection> result;
        for (const SectionChoice &choice : m_template.sections) {
            if (!choice.shown)
                continue;
            NotesSection s = section(choice.key);
            s.key = choice.key;
            s.title = choice.heading.isEmpty() ? notes_catalogue::headingOf(choice.key) : choice.heading;
            result.append(s);
        }
        return result;
    }

    const QStringList &warnings() const { return m_warnings; }

private:
    bool shows(const QString &field) const { return notes::shows(m_template, field); }

    NotesSection section(const QString &key) {
        if (key == u"summary"_s)
            return summary();
        if (key == u"new"_s)
            return changesOfKind(ChangeKind::Feature);
        if (key == u"improved"_s)
            return changesOfKind(ChangeKind::Improvement);
        if (key == u"fixed"_s)
            return fixed();
        if (key == u"user_actions"_s)
            return userActions();
        if (key == u"known_errors"_s)
            return knownErrors();
        if (key == u"changes"_s)
            return changeRequests();
        if (key == u"deployment_windows"_s)
            return deploymentWindows();
        if (key == u"backout"_s)
            return backOut();
        if (key == u"contents"_s)
            return packageContents();
        if (key == u"build_notes"_s)
            return buildNotes();
        if (key == u"findings"_s)
            return findings();
        if (key == u"waivers"_s)
            return waivers();
        if (key == u"runbook"_s)
            return runbooks();
        if (key == u"gate"_s)
            return gate();
        if (key == u"risks"_s)
            return risks();
        if (key == u"schedule"_s)
            return schedule();
        return signOffs();
    }

    /// When customers can expect the release: its first production deployment, else its planned end.
    QString availableFrom() const {
        QDateTime first;
        for (const Deployment &d : m_deployments) {
            if (m_environments.value(d.environmentId).kind != EnvironmentKind::Production || d.isFailure())
                continue;
            const QDateTime at = d.actualStart.isValid() ? d.actualStart : d.plannedStart;
            if (at.isValid() && (!first.isValid() || at < first))
                first = at;
        }
        return first.isValid() ? first.toUTC().date().toString(Qt::ISODate)
                               : m_release.plannedEnd.toString(Qt::ISODate);
    }

    NotesSection summary() const {
        NotesSection s;
        QList<std::pair<QString, QString>> facts{{tr("Release"), m_release.name}, {tr("Version"), m_release.version}};
        if (shows(u"release_type"_s))
            facts.append({tr("Type"), labelOf(m_release.type)});
        if (shows(u"release_status"_s))
            facts.append({tr("Status"), labelOf(m_release.status)});
        facts.append({tr("Service"), m_release.targetService});
        if (shows(u"release_manager"_s)) {
            facts.append({tr("Release manager"), m_people.value(m_release.ownerId)});
            facts.append({tr("Planned"), u"%1 \u2013 %2"_s.arg(m_release.plannedStart.toString(Qt::ISODate),
                                                               m_release.plannedEnd.toString(Qt::ISODate))});
        } else {
            facts.append({tr("Available from"), availableFrom()});
        }
        s.blocks.append(NotesBlock::factsOf(facts));
        if (!m_release.description.isEmpty())
            s.blocks.append(NotesBlock::paragraph(m_release.description));
        return s;
    }

    NotesSection changesOfKind(ChangeKind kind) {
        NotesSection s;
        const QStringList lines = changeLines(m_changes, kind, m_template, m_warnings);
        s.blocks.append(lines.isEmpty() ? NotesBlock::paragraph(tr("Nothing in this release."))
                                        : NotesBlock::bullets(lines));
        return s;
    }

    NotesSection fixed() {
        NotesSection s = changesOfKind(ChangeKind::Fix);
        auto all = m_ws.deployments().knownErrors(0);
        QStringList fixedHere;
        for (const KnownError &e : all ? *all : QList<KnownError>{}) {
            if (e.fixedInReleaseId == m_release.id)
                fixedHere.append(shows(u"problem_references"_s) && !e.reference.isEmpty()
                                     ? u"%1 (%2)"_s.arg(e.title, e.reference)
                                     : e.title);
        }
        if (!fixedHere.isEmpty()) {
            if (s.blocks.size() == 1 && s.blocks.constFirst().kind == NotesBlock::Kind::Paragraph)
                s.blocks.clear();
            s.blocks.append(NotesBlock::paragraph(tr("Known errors of earlier releases that this release fixes:")));
            s.blocks.append(NotesBlock::bullets(fixedHere));
        }
        return s;
    }

    NotesSection userActions() const {
        NotesSection s;
        QStringList actions = userActionLines(m_changes);
        for (const Deployment &d : m_deployments) {
            if (m_environments.value(d.environmentId).kind == EnvironmentKind::Production &&
                d.outcome == DeploymentOutcome::Planned)
                actions.append(tr("Expect %1 to be unavailable or slower between %2 and %3.")
                                   .arg(m_release.targetService, moment(d.plannedStart), moment(d.plannedEnd)));
        }
        s.blocks.append(actions.isEmpty() ? NotesBlock::paragraph(tr("Nothing: the release needs no action from you."))
                                          : NotesBlock::bullets(actions));
        return s;
    }

    NotesSection knownErrors() const {
        NotesSection s;
        const bool references = shows(u"problem_references"_s);
        QList<QStringList> rows;
        for (const ApplicableKnownError &e : m_knownErrors) {
            QStringList row{e.error.title, e.error.symptom, e.error.workaround,
                            e.carriedForward ? tr("%1 (carried forward)").arg(e.foundIn) : e.foundIn};
            if (references)
                row.append(e.error.reference);
            rows.append(row);
        }
        QStringList header{tr("Known error"), tr("Symptom"), tr("Workaround"), tr("Found in")};
        if (references)
            header.append(tr("Reference"));
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("No known errors."))
                                       : NotesBlock::tableOf(header, rows));
        return s;
    }

    NotesSection changeRequests() const {
        NotesSection s;
        const bool details = shows(u"change_details"_s);
        QList<QStringList> rows;
        for (const ChangeRequest &c : m_changes) {
            QStringList others;
            for (Id id : c.releaseIds) {
                if (id != m_release.id)
                    others.append(m_releaseNames.value(id));
            }
            QString what = c.title;
            if (details && !c.description.isEmpty())
                what += u"\n"_s + c.description;
            rows.append({c.reference, labelOf(c.kind), labelOf(c.status), what,
                         others.isEmpty() ? QString() : others.join(u", "_s)});
        }
        s.blocks.append(rows.isEmpty()
                            ? NotesBlock::paragraph(tr("No change requests are linked to this release."))
                            : NotesBlock::tableOf(
                                  {tr("Change"), tr("Kind"), tr("Status"), tr("What"), tr("Also delivered by")}, rows));
        return s;
    }

    NotesSection deploymentWindows() const {
        NotesSection s;
        auto freezes = FreezeCheck::load(m_ws.calendar(), m_ws.releases());
        QList<QStringList> rows;
        QStringList conflicts;
        for (const Deployment &d : m_deployments) {
            const QString environment = m_environments.value(d.environmentId).name;
            QString freezeText;
            if (d.outcome == DeploymentOutcome::Planned && freezes) {
                auto hits = freezes.value().hits(d, m_release);
                const QList<FreezeHit> touched = hits ? *hits : QList<FreezeHit>{};
                QStringList names;
                for (const FreezeHit &hit : touched) {
                    const QString f = window_occurrences::describe(hit.freeze);
                    names.append(hit.overridden() ? tr("%1 (overridden)").arg(hit.freeze.name) : hit.freeze.name);
                    if (hit.overridden()) {
                        conflicts.append(tr("The deployment to %1 (%2 to %3) runs inside %4; %5 (%6) overrode the "
                                            "freeze: %7")
                                             .arg(environment, moment(d.plannedStart), moment(d.plannedEnd), f,
                                                  hit.override->printedName, labelOf(hit.override->role),
                                                  hit.override->reason));
                        continue;
                    }
                    conflicts.append(d.emergency
                                         ? tr("The emergency deployment to %1 (%2 to %3) runs inside %4; it is "
                                              "authorised to.")
                                               .arg(environment, moment(d.plannedStart), moment(d.plannedEnd), f)
                                         : tr("The deployment to %1 planned for %2 to %3 falls inside %4. Move it "
                                              "out of the freeze, have the %5 override it, or have it authorised as "
                                              "an emergency.")
                                               .arg(environment, moment(d.plannedStart), moment(d.plannedEnd), f,
                                                    labelInSentence(hit.freeze.overrideRole)));
                }
                if (!names.isEmpty())
                    freezeText = (d.emergency ? tr("inside %1 (authorised emergency)") : tr("INSIDE %1"))
                                     .arg(names.join(u", "_s));
            }
            rows.append({environment, moment(d.plannedStart), moment(d.plannedEnd),
                         labelOf(d.outcome) + (d.emergency ? tr(" (emergency)") : QString()), freezeText});
        }
        s.blocks.append(NotesBlock::factsOf({{tr("Service affected"), m_release.targetService},
                                             {tr("Deployment approach"), labelOf(m_release.approach)}}));
        for (const QString &conflict : conflicts)
            s.blocks.append(NotesBlock::notice(conflict));
        s.blocks.append(rows.isEmpty()
                            ? NotesBlock::paragraph(tr("No deployment is planned yet."))
                            : NotesBlock::tableOf(
                                  {tr("Environment"), tr("From"), tr("To"), tr("Outcome"), tr("Change freeze")}, rows));
        return s;
    }

    NotesSection backOut() const {
        NotesSection s;
        s.blocks.append(NotesBlock::paragraph(m_release.backoutPlan.isEmpty()
                                                  ? tr("No back-out plan is written. Write one on the release's "
                                                       "Overview page before the change board decides.")
                                                  : m_release.backoutPlan));
        QStringList steps;
        for (const Deployment &d : m_deployments) {
            auto runbook = m_ws.deployments().runbook(d.id);
            for (const RunbookStep &step : runbook ? *runbook : QList<RunbookStep>{}) {
                if (step.backout)
                    steps.append(tr("%1 (%2 min, %3)")
                                     .arg(step.title)
                                     .arg(step.expectedMinutes)
                                     .arg(m_people.value(step.ownerId, tr("no owner"))));
            }
        }
        if (!steps.isEmpty()) {
            s.blocks.append(NotesBlock::paragraph(tr("Back-out steps in the runbook:")));
            s.blocks.append(NotesBlock::bullets(steps));
        }
        return s;
    }

    NotesSection risks() const {
        NotesSection s;
        auto risks = m_ws.risks().risks(m_release.id);
        QList<QStringList> rows;
        for (const Risk &r : risks ? *risks : QList<Risk>{})
            rows.append({r.title, u"%1 (%2)"_s.arg(r.exposure()).arg(riskBandLabel(r.band())),
                         riskStatusLabel(r.status), m_people.value(r.ownerId), r.mitigation});
        if (shows(u"risk_heat_map"_s) && risks && !risks->isEmpty())
            s.blocks.append(NotesBlock::pictureOf(riskHeatMap(*risks), tr("Open risks by likelihood and impact")));
        s.blocks.append(
            rows.isEmpty()
                ? NotesBlock::paragraph(tr("No risks are registered."))
                : NotesBlock::tableOf({tr("Risk"), tr("Exposure"), tr("Status"), tr("Owner"), tr("Mitigation")}, rows));
        return s;
    }

    NotesSection signOffs() const {
        NotesSection s;
        auto verified = SignOffVerifier(AssuranceSources::of(m_ws)).verifyRelease(m_release.id);
        auto criteria = m_ws.acceptance().criteria(m_release.id);
        QHash<Id, QString> criterionText;
        for (const AcceptanceCriterion &c : criteria ? *criteria : QList<AcceptanceCriterion>{})
            criterionText.insert(c.id, c.description);
        QList<QStringList> rows;
        for (const VerifiedSignOff &v : verified ? *verified : QList<VerifiedSignOff>{})
            rows.append(
                {v.signOff.printedName, labelOf(v.signOff.role), labelOf(v.signOff.meaning), moment(v.signOff.signedAt),
                 v.signOff.criterionId
                     ? criterionText.value(v.signOff.criterionId, tr("criterion #%1").arg(v.signOff.criterionId))
                     : tr("the release"),
                 signatureStateLabel(v.state)});
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("Nobody has signed yet."))
                                       : NotesBlock::tableOf({tr("Signed by"), tr("Role"), tr("Meaning"), tr("When"),
                                                              tr("What"), tr("Signature")},
                                                             rows));
        return s;
    }

    NotesSection packageContents() const {
        NotesSection s;
        const bool fingerprints = shows(u"fingerprints"_s);
        auto packages = m_ws.releases().packages(m_release.id);
        QList<QStringList> rows;
        for (const Package &p : packages ? *packages : QList<Package>{}) {
            for (const ComponentVersion &v : p.contents) {
                QStringList row{p.name, v.componentName, v.version};
                if (fingerprints)
                    row.append(v.sha256.isEmpty() ? tr("none") : v.sha256);
                rows.append(row);
            }
        }
        QStringList header{tr("Package"), tr("Component"), tr("Version")};
        if (fingerprints)
            header.append(tr("SHA-256"));
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("The release has no content yet."))
                                       : NotesBlock::tableOf(header, rows));
        return s;
    }

    NotesSection buildNotes() const {
        NotesSection s;
        auto builds = m_ws.delivery().builds(m_release.id);
        if (!builds || builds->isEmpty()) {
            s.blocks.append(NotesBlock::paragraph(tr("No build is recorded yet.")));
            return s;
        }
        const Build latest = *std::max_element(builds->cbegin(), builds->cend(),
                                               [](const Build &a, const Build &b) { return a.number < b.number; });
        Contents previous;
        for (const Build &b : *builds) {
            if (b.number < latest.number)
                previous = b.content;
        }
        const ContentDiff diff = contents::compare(previous, latest.content);
        s.blocks.append(NotesBlock::factsOf({{tr("Build"), QString::number(latest.number)},
                                             {tr("Built"), tr("%1 by %2").arg(moment(latest.builtAt), latest.builtBy)},
                                             {tr("Notes"), latest.notes}}));
        QList<QStringList> rows;
        for (const ComponentVersion &v : diff.added)
            rows.append({tr("introduced"), v.componentName, QString(), v.version});
        for (const ComponentVersion &v : diff.removed)
            rows.append({tr("removed"), v.componentName, v.version, QString()});
        for (const auto &[from, to] : diff.changed)
            rows.append({tr("changed"), to.componentName, from.version, to.version});
        if (!rows.isEmpty())
            s.blocks.append(NotesBlock::tableOf({tr("Change"), tr("Component"), tr("From"), tr("To")}, rows));
        return s;
    }

    NotesSection findings() const {
        NotesSection s;
        auto found = release_checks::run(m_ws, m_release.id);
        auto waivers = m_ws.acceptance().waivers(m_release.id);
        QSet<QString> waived;
        for (const FindingWaiver &w : waivers ? *waivers : QList<FindingWaiver>{})
            waived.insert(w.findingKey);
        QList<QStringList> rows;
        for (const Finding &f : found ? *found : QList<Finding>{})
            rows.append({f.severity == Finding::Severity::Error ? tr("Error") : tr("Warning"), f.message, f.fix,
                         waived.contains(f.key()) ? tr("waived") : QString()});
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("Every requirement is met and nothing conflicts."))
                                       : NotesBlock::tableOf(
                                             {tr("Severity"), tr("Finding"), tr("How to fix"), tr("Waiver")}, rows));
        return s;
    }

    /// Package errors the release goes ahead with, each accepted by an authoriser with a reason.
    NotesSection waivers() const {
        NotesSection s;
        auto waivers = m_ws.acceptance().waivers(m_release.id);
        QList<QStringList> rows;
        for (const FindingWaiver &w : waivers ? *waivers : QList<FindingWaiver>{})
            rows.append({w.finding, u"%1 (%2)"_s.arg(w.printedName, labelOf(w.role)), moment(w.waivedAt), w.reason});
        s.blocks.append(rows.isEmpty()
                            ? NotesBlock::paragraph(tr("No finding was waived: the release goes ahead with none."))
                            : NotesBlock::tableOf({tr("Finding"), tr("Waived by"), tr("When"), tr("Reason")}, rows));
        return s;
    }

    NotesSection runbooks() const {
        NotesSection s;
        for (const Deployment &d : m_deployments) {
            auto steps = m_ws.deployments().runbook(d.id);
            if (!steps || steps->isEmpty())
                continue;
            s.blocks.append(
                NotesBlock::paragraph(tr("Deployment #%1 to %2, %3")
                                          .arg(d.id)
                                          .arg(m_environments.value(d.environmentId).name, moment(d.plannedStart))));
            QList<QStringList> rows;
            for (const RunbookStep &step : *steps)
                rows.append({QString::number(step.position), step.title, m_people.value(step.ownerId),
                             QString::number(step.expectedMinutes),
                             step.backout           ? tr("back-out")
                             : step.pointOfNoReturn ? tr("point of no return")
                                                    : QString(),
                             step.isSkipped() ? tr("skipped %1: %2").arg(moment(step.doneAt), step.skipReason)
                             : step.isDone()  ? moment(step.doneAt)
                                              : QString()});
            s.blocks.append(
                NotesBlock::tableOf({tr("#"), tr("Step"), tr("Owner"), tr("Minutes"), tr("Kind"), tr("Done")}, rows));
        }
        if (s.blocks.isEmpty())
            s.blocks.append(NotesBlock::paragraph(tr("No runbook is written yet.")));
        return s;
    }

    NotesSection gate() const {
        NotesSection s;
        const auto next = ReleaseLifecycle::forwardStep(m_release.status);
        if (!next) {
            s.blocks.append(NotesBlock::paragraph(tr("%1 is final: no gate remains.").arg(labelOf(m_release.status))));
            return s;
        }
        auto result = ReleaseGate::check(AssuranceSources::of(m_ws), m_release.id, *next, m_ws.clock()());
        if (!result) {
            s.blocks.append(NotesBlock::paragraph(result.errorMessage()));
            return s;
        }
        s.blocks.append(NotesBlock::paragraph(tr("%1 \u2192 %2 (%3): %4")
                                                  .arg(labelOf(result->from), labelOf(result->to), result->policyName,
                                                       result->passed() ? tr("passes") : tr("something is missing"))));
        QList<QStringList> rows;
        for (const GateCheck &c : result->checks)
            rows.append({c.passed ? tr("yes") : tr("NO"), c.text, c.detail});
        s.blocks.append(NotesBlock::tableOf({tr("Met"), tr("Check"), tr("Found")}, rows));
        return s;
    }

    NotesSection schedule() const {
        NotesSection s;
        auto chart = gantt::loadChart(m_ws, m_release.id);
        if (!chart) {
            s.blocks.append(NotesBlock::paragraph(chart.errorMessage()));
            return s;
        }
        s.blocks.append(NotesBlock::factsOf({{tr("Start"), chart->start.toString(u"yyyy-MM-dd HH:mm"_s)},
                                             {tr("Finish"), chart->finish.toString(u"yyyy-MM-dd HH:mm"_s)},
                                             {tr("Tasks"), QString::number(chart->rows.size())}}));
        // The body's width (170 mm, 480 points) at about 290 dpi; at most 40 rows, so it fits one page.
        s.blocks.append(
            NotesBlock::pictureOf(gantt::picture(*chart, 1920, 480, 40), tr("The schedule; the critical path in red")));
        return s;
    }

    Workspace &m_ws;
    Release m_release;
    NotesTemplate m_template;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_releaseNames;
    QHash<Id, Environment> m_environments;
    QList<Deployment> m_deployments;
    QList<ApplicableKnownError> m_knownErrors;
    QList<ChangeRequest> m_changes;
    QStringList m_warnings;
};

} // namespace

std::optional<Audience> audienceFromKey(const QString &key) {
    for (Audience a : {Audience::Customer, Audience::Service, Audience::Technical, Audience::ChangeBoard}) {
        if (audienceKey(a) == key.trimmed().toLower())
            return a;
    }
    return std::nullopt;
}

QString audienceKey(Audience audience) {
    switch (audience) {
    case Audience::Customer:
        return u"customer"_s;
    case Audience::Service:
        return u"service"_s;
    case Audience::Technical:
        return u"technical"_s;
    case Audience::ChangeBoard:
        return u"cab"_s;
    }
    return {};
}

Result<NotesDocument> build(Workspace &workspace, Id releaseId, const NotesTemplate &notesTemplate,
                            const NotesBranding &branding, const QDate &today) {
    auto release = workspace.releases().release(releaseId);
    if (!release)
        return release.error();
    const NotesTemplate shown = notes_catalogue::completed(notesTemplate);
    Builder b(workspace, *release, shown);
    if (auto r = b.load(); !r)
        return r.error();
    NotesDocument doc;
    doc.title = shown.title.isEmpty() ? notes_catalogue::defaultTitle(shown.audience) : shown.title;
    doc.release = release->name;
    doc.version = release->version;
    doc.date = today;
    doc.titleFacts = {{tr("Version"), release->version.isEmpty() ? u"\u2014"_s : release->version},
                      {tr("Date"), today.toString(Qt::ISODate)}};
    if (shows(shown, u"release_status"_s)) {
        doc.status = labelOf(release->status);
        doc.titleFacts.append({tr("Status"), doc.status});
    }
    if (shows(shown, u"audit_head"_s)) {
        auto head = workspace.auditLog().head();
        doc.auditHead = head ? *head : QString();
    }
    doc.look = lookOf(branding, shown);
    doc.sections = b.sections();
    doc.warnings = b.warnings();
    return doc;
}

Result<NotesDocument> build(Workspace &workspace, Id releaseId, Audience audience, const QDate &today) {
    auto notesTemplate = templateFor(workspace.notesTemplates(), audienceKey(audience));
    if (!notesTemplate)
        return notesTemplate.error();
    auto branding = brandingOf(workspace.notesTemplates());
    if (!branding)
        return branding.error();
    return build(workspace, releaseId, *notesTemplate, *branding, today);
}

} // namespace relm::notes
