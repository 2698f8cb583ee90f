#include "NotesBuilder.h"

#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "checks/ReleaseGate.h"
#include "domain/ReleaseLifecycle.h"
#include "gantt/GanttExport.h"
#include "notes/NotesPictures.h"
#include "planning/KnownErrors.h"
#include "planning/ReleasePlanning.h"
#include "signing/SignOffVerifier.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/DeliveryStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
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

/// Reads what every audience draws on, once, and assembles the sections.
class Builder {
public:
    Builder(Workspace &ws, const Release &release)
        : m_ws(ws)
        , m_release(release) {}

    Result<void> load() {
        auto people = m_ws.directory().people();
        auto environments = m_ws.directory().environments();
        auto deployments = m_ws.deployments().deployments(m_release.id);
        auto known = knownErrorsFor(m_ws.releases(), m_ws.deployments(), m_release.id);
        auto changes = m_ws.releases().changeRequests(m_release.id);
        if (!people || !environments || !deployments || !known || !changes)
            return makeError(ErrorCode::Storage, tr("The release's records could not be read."));
        for (const Person &p : *people)
            m_people.insert(p.id, p.displayName);
        for (const Environment &e : *environments)
            m_environments.insert(e.id, e);
        m_deployments = *deployments;
        m_knownErrors = *known;
        m_changes = *changes;
        return {};
    }

    NotesSection summary() const {
        NotesSection s{tr("Summary"), {}};
        s.blocks.append(
            NotesBlock::factsOf({{tr("Release"), m_release.name},
                                 {tr("Version"), m_release.version},
                                 {tr("Type"), labelOf(m_release.type)},
                                 {tr("Status"), labelOf(m_release.status)},
                                 {tr("Service"), m_release.targetService},
                                 {tr("Release manager"), m_people.value(m_release.ownerId)},
                                 {tr("Planned"), u"%1 \u2013 %2"_s.arg(m_release.plannedStart.toString(Qt::ISODate),
                                                                       m_release.plannedEnd.toString(Qt::ISODate))}}));
        if (!m_release.description.isEmpty())
            s.blocks.append(NotesBlock::paragraph(m_release.description));
        return s;
    }

    NotesSection whatIsNew() const {
        NotesSection s{tr("What is new and fixed"), {}};
        QList<QStringList> rows;
        for (const ChangeRequest &c : m_changes)
            rows.append({c.reference, c.title});
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("No change requests are recorded for this release."))
                                       : NotesBlock::tableOf({tr("Change"), tr("What it brings")}, rows));
        auto fixed = m_ws.deployments().knownErrors(0);
        QStringList fixedHere;
        for (const KnownError &e : fixed ? *fixed : QList<KnownError>{}) {
            if (e.fixedInReleaseId == m_release.id)
                fixedHere.append(e.reference.isEmpty() ? e.title : u"%1 (%2)"_s.arg(e.title, e.reference));
        }
        if (!fixedHere.isEmpty()) {
            s.blocks.append(NotesBlock::paragraph(tr("Known errors of earlier releases fixed in this one:")));
            s.blocks.append(NotesBlock::bullets(fixedHere));
        }
        return s;
    }

    NotesSection knownErrors() const {
        NotesSection s{tr("Known errors and workarounds"), {}};
        QList<QStringList> rows;
        for (const ApplicableKnownError &e : m_knownErrors)
            rows.append({e.error.title, e.error.symptom, e.error.workaround,
                         e.carriedForward ? tr("%1 (carried forward)").arg(e.foundIn) : e.foundIn, e.error.reference});
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("No known errors."))
                                       : NotesBlock::tableOf({tr("Known error"), tr("Symptom"), tr("Workaround"),
                                                              tr("Found in"), tr("Reference")},
                                                             rows));
        return s;
    }

    NotesSection userActions() const {
        NotesSection s{tr("What you need to do"), {}};
        QStringList actions;
        auto criteria = m_ws.acceptance().criteria(m_release.id);
        for (const AcceptanceCriterion &c : criteria ? *criteria : QList<AcceptanceCriterion>{}) {
            if (c.category == CriterionCategory::Training || c.category == CriterionCategory::Documentation)
                actions.append(c.description);
        }
        for (const Deployment &d : m_deployments) {
            if (m_environments.value(d.environmentId).kind == EnvironmentKind::Production &&
                d.outcome == DeploymentOutcome::Planned)
                actions.append(tr("Expect %1 to be unavailable or slower between %2 and %3.")
                                   .arg(m_release.targetService, moment(d.plannedStart), moment(d.plannedEnd)));
        }
        s.blocks.append(actions.isEmpty() ? NotesBlock::paragraph(tr("Nothing: the change needs no action from you."))
                                          : NotesBlock::bullets(actions));
        return s;
    }

    NotesSection deploymentWindow() const {
        NotesSection s{tr("Deployment window and affected environments"), {}};
        QList<QStringList> rows;
        for (const Deployment &d : m_deployments)
            rows.append({m_environments.value(d.environmentId).name, moment(d.plannedStart), moment(d.plannedEnd),
                         labelOf(d.outcome) + (d.emergency ? tr(" (emergency)") : QString())});
        s.blocks.append(NotesBlock::factsOf({{tr("Service affected"), m_release.targetService},
                                             {tr("Deployment approach"), labelOf(m_release.approach)}}));
        s.blocks.append(rows.isEmpty()
                            ? NotesBlock::paragraph(tr("No deployment is planned yet."))
                            : NotesBlock::tableOf({tr("Environment"), tr("From"), tr("To"), tr("Outcome")}, rows));
        return s;
    }

    NotesSection backOut() const {
        NotesSection s{tr("Back-out plan"), {}};
        s.blocks.append(NotesBlock::paragraph(m_release.backoutPlan.isEmpty() ? tr("No back-out plan is written.")
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
        if (!steps.isEmpty())
            s.blocks.append(NotesBlock::bullets(steps));
        return s;
    }

    NotesSection risks(bool withHeatMap) const {
        NotesSection s{tr("Risks"), {}};
        auto risks = m_ws.risks().risks(m_release.id);
        QList<QStringList> rows;
        for (const Risk &r : risks ? *risks : QList<Risk>{})
            rows.append({r.title, u"%1 (%2)"_s.arg(r.exposure()).arg(riskBandLabel(r.band())),
                         riskStatusLabel(r.status), m_people.value(r.ownerId), r.mitigation});
        if (withHeatMap && risks)
            s.blocks.append(NotesBlock::pictureOf(riskHeatMap(*risks), tr("Open risks by likelihood and impact")));
        s.blocks.append(
            rows.isEmpty()
                ? NotesBlock::paragraph(tr("No risks are registered."))
                : NotesBlock::tableOf({tr("Risk"), tr("Exposure"), tr("Status"), tr("Owner"), tr("Mitigation")}, rows));
        return s;
    }

    NotesSection signOffs() const {
        NotesSection s{tr("Sign-offs"), {}};
        auto verified = SignOffVerifier(AssuranceSources::of(m_ws)).verifyRelease(m_release.id);
        QList<QStringList> rows;
        for (const VerifiedSignOff &v : verified ? *verified : QList<VerifiedSignOff>{})
            rows.append({v.signOff.printedName, labelOf(v.signOff.role), labelOf(v.signOff.meaning),
                         moment(v.signOff.signedAt),
                         v.signOff.criterionId ? tr("criterion #%1").arg(v.signOff.criterionId) : tr("release"),
                         signatureStateLabel(v.state)});
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("Nobody has signed yet."))
                                       : NotesBlock::tableOf({tr("Signed by"), tr("Role"), tr("Meaning"), tr("When"),
                                                              tr("What"), tr("State")},
                                                             rows));
        return s;
    }

    NotesSection packageContents() const {
        NotesSection s{tr("Package contents"), {}};
        auto packages = m_ws.releases().packages(m_release.id);
        QList<QStringList> rows;
        for (const Package &p : packages ? *packages : QList<Package>{}) {
            for (const ComponentVersion &v : p.contents)
                rows.append({p.name, v.componentName, v.version, v.sha256.isEmpty() ? tr("none") : v.sha256});
        }
        s.blocks.append(
            rows.isEmpty() ? NotesBlock::paragraph(tr("The release has no content yet."))
                           : NotesBlock::tableOf({tr("Package"), tr("Component"), tr("Version"), tr("SHA-256")}, rows));
        return s;
    }

    NotesSection buildNotes() const {
        NotesSection s{tr("Build notes"), {}};
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
        NotesSection s{tr("Dependencies and compatibility"), {}};
        auto found = release_checks::run(m_ws, m_release.id);
        QList<QStringList> rows;
        for (const Finding &f : found ? *found : QList<Finding>{})
            rows.append({f.severity == Finding::Severity::Error ? tr("Error") : tr("Warning"), f.message, f.fix});
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("Every requirement is met and nothing conflicts."))
                                       : NotesBlock::tableOf({tr("Severity"), tr("Finding"), tr("How to fix")}, rows));
        return s;
    }

    /// Package errors the release goes ahead with, each accepted by an authoriser with a reason.
    NotesSection waivers() const {
        NotesSection s{tr("Waived findings"), {}};
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
        NotesSection s{tr("Deployment runbook"), {}};
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
        NotesSection s{tr("Gate checklist"), {}};
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
        NotesSection s{tr("Schedule"), {}};
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

private:
    Workspace &m_ws;
    Release m_release;
    QHash<Id, QString> m_people;
    QHash<Id, Environment> m_environments;
    QList<Deployment> m_deployments;
    QList<ApplicableKnownError> m_knownErrors;
    QList<ChangeRequest> m_changes;
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

Result<NotesDocument> build(Workspace &workspace, Id releaseId, Audience audience, const QDate &today) {
    auto release = workspace.releases().release(releaseId);
    if (!release)
        return release.error();
    Builder b(workspace, *release);
    if (auto r = b.load(); !r)
        return r.error();
    NotesDocument doc;
    doc.release = release->name;
    doc.version = release->version;
    doc.status = labelOf(release->status);
    doc.date = today;
    auto head = workspace.auditLog().head();
    doc.auditHead = head ? *head : QString();
    switch (audience) {
    case Audience::Customer:
        doc.title = tr("Release notes for customers");
        doc.sections = {b.summary(), b.whatIsNew(), b.knownErrors(), b.userActions()};
        break;
    case Audience::Service:
        doc.title = tr("Release notes for service management");
        doc.sections = {b.summary(),     b.deploymentWindow(), b.backOut(), b.risks(false),
                        b.knownErrors(), b.waivers(),          b.signOffs()};
        break;
    case Audience::Technical:
        doc.title = tr("Technical release notes");
        doc.sections = {b.summary(), b.packageContents(), b.buildNotes(), b.findings(),
                        b.waivers(), b.runbooks(),        b.knownErrors()};
        break;
    case Audience::ChangeBoard:
        doc.title = tr("Change board pack");
        doc.sections = {b.summary(), b.gate(), b.waivers(), b.risks(true), b.schedule(), b.signOffs()};
        break;
    }
    return doc;
}

} // namespace relm::notes
