#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/DeploymentChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "planning/KnownErrors.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// "2026-11-24T22:00", "2026-11-24 22:00" or a date (midnight), read as UTC.
Result<QDateTime> parseMoment(const QString &text, const QString &option) {
    return validation::parseUtcDateTime(text, u"--"_s + option);
}

Result<Id> numberWord(CliContext &cli, qsizetype word, const QString &what) {
    bool ok = false;
    const Id id = cli.word(word).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid, tr("%1 takes a number (see the list command).").arg(what));
    return id;
}

QString moment(const QDateTime &at) {
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

int applyAndReport(CliContext &cli, Change &change, const QString &done) {
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    cli.out() << done << Qt::endl;
    return ExitOk;
}

} // namespace

int deployPlan(CliContext &cli) {
    Workspace &ws = cli.workspace();
    auto release = ws.releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    if (!cli.isSet(u"env"_s))
        return cli.usage(tr("deploy plan needs --env."));
    auto environment = ws.directory().environmentByName(cli.option(u"env"_s));
    if (!environment)
        return cli.fail(environment.error());
    Deployment d;
    d.releaseId = release->id;
    d.environmentId = environment->id;
    if (cli.isSet(u"package"_s)) {
        auto packages = ws.releases().packages(release->id);
        for (const Package &p : packages ? *packages : QList<Package>{}) {
            if (p.name.compare(cli.option(u"package"_s), Qt::CaseInsensitive) == 0)
                d.packageId = p.id;
        }
        if (d.packageId == 0)
            return cli.fail(
                makeError(ErrorCode::NotFound,
                          tr("%1 has no package named \u201C%2\u201D.").arg(release->name, cli.option(u"package"_s))));
    }
    for (const auto &[option, field] : {std::pair{u"start"_s, &d.plannedStart}, std::pair{u"end"_s, &d.plannedEnd}}) {
        if (!cli.isSet(option))
            continue;
        auto at = parseMoment(cli.option(option), option);
        if (!at)
            return cli.usage(at.errorMessage()); // not a time: a wrong option, like any malformed value
        *field = *at;
    }
    CreateRecord<Deployment> create(d);
    if (auto r = ws.apply(create); !r)
        return cli.fail(r.error());
    cli.out() << tr("Planned deployment #%1 of %2 to %3.").arg(create.record().id).arg(release->name, environment->name)
              << Qt::endl;
    warnAboutConflicts(cli, create.record());
    return ExitOk;
}

int deployRecord(CliContext &cli) {
    auto id = numberWord(cli, 1, tr("deploy record"));
    if (!id)
        return cli.usage(id.error().message);
    RecordDeploymentRun::Run run;
    if (cli.isSet(u"outcome"_s)) {
        const auto outcome = fromKey<DeploymentOutcome>(cli.option(u"outcome"_s));
        if (!outcome)
            return cli.fail(makeError(ErrorCode::Invalid, tr("--outcome is succeeded, failed or partial.")));
        run.outcome = *outcome;
    }
    const QDateTime now = cli.workspace().clock()();
    run.start = now;
    run.end = now;
    for (const auto &[option, field] : {std::pair{u"start"_s, &run.start}, std::pair{u"end"_s, &run.end}}) {
        if (!cli.isSet(option))
            continue;
        auto at = parseMoment(cli.option(option), option);
        if (!at)
            return cli.usage(at.errorMessage()); // not a time: a wrong option, like any malformed value
        *field = *at;
    }
    run.notes = cli.option(u"notes"_s);
    run.emergency = cli.isSet(u"emergency"_s);
    run.emergencyReason = cli.option(u"reason"_s);
    RecordDeploymentRun change(*id, run);
    return applyAndReport(cli, change, tr("Recorded deployment #%1: %2.").arg(*id).arg(labelOf(run.outcome)));
}

int deployRollback(CliContext &cli) {
    auto id = numberWord(cli, 1, tr("deploy rollback"));
    if (!id)
        return cli.usage(id.error().message);
    RollBackDeployment change(*id, cli.option(u"reason"_s));
    return applyAndReport(cli, change,
                          tr("Rolled back deployment #%1; the environment runs what it ran before.").arg(*id));
}

int deployList(CliContext &cli) {
    Workspace &ws = cli.workspace();
    Id releaseId = 0;
    if (!cli.word(1).isEmpty()) {
        auto release = ws.releases().releaseByName(cli.word(1));
        if (!release)
            return cli.fail(release.error());
        releaseId = release->id;
    }
    auto deployments = ws.deployments().deployments(releaseId);
    if (!deployments)
        return cli.fail(deployments.error());
    QHash<Id, QString> releases;
    QHash<Id, QString> environments;
    if (auto all = ws.releases().releases()) {
        for (const Release &r : *all)
            releases.insert(r.id, r.name);
    }
    if (auto all = ws.directory().environments()) {
        for (const Environment &e : *all)
            environments.insert(e.id, e.name);
    }
    if (cli.json()) {
        QJsonArray array;
        for (const Deployment &d : *deployments) {
            QJsonObject object = json::toJson(d);
            object.insert(u"release"_s, releases.value(d.releaseId));
            object.insert(u"environment"_s, environments.value(d.environmentId));
            array.append(object);
        }
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Release"), tr("Environment"), tr("Planned (UTC)"), tr("Ran (UTC)"), tr("Outcome")});
    for (const Deployment &d : *deployments)
        table.addRow({QString::number(d.id), releases.value(d.releaseId), environments.value(d.environmentId),
                      moment(d.plannedStart), moment(d.actualStart),
                      labelOf(d.outcome) + (d.emergency ? tr(" (emergency)") : QString())});
    table.print(cli.out());
    return ExitOk;
}

int runbookAdd(CliContext &cli) {
    auto id = numberWord(cli, 1, tr("runbook add"));
    if (!id)
        return cli.usage(id.error().message);
    if (auto deployment = cli.workspace().deployments().deployment(*id); !deployment)
        return cli.fail(makeError(ErrorCode::NotFound, tr("Deployment #%1 does not exist; \u201Crelm-cli deploy "
                                                          "list\u201D shows the deployments and their numbers.")
                                                           .arg(*id)));
    RunbookStep step;
    step.deploymentId = *id;
    step.title = cli.word(2);
    step.expectedMinutes = cli.option(u"minutes"_s).toInt();
    step.backout = cli.isSet(u"backout"_s);
    step.pointOfNoReturn = cli.isSet(u"point-of-no-return"_s);
    if (cli.isSet(u"owner"_s)) {
        auto owner = cli.workspace().directory().personByLogin(cli.option(u"owner"_s));
        if (!owner)
            return cli.fail(owner.error());
        step.ownerId = owner->id;
    }
    auto existing = cli.workspace().deployments().runbook(*id);
    step.position = existing ? int(existing->size()) + 1 : 1;
    CreateRecord<RunbookStep> create(step);
    return applyAndReport(cli, create, tr("Added step \u201C%1\u201D to deployment #%2.").arg(step.title).arg(*id));
}

namespace {

int settleStep(CliContext &cli, const QString &command, SettleRunbookStep::Mode mode) {
    auto id = numberWord(cli, 1, command);
    if (!id)
        return cli.usage(id.error().message);
    if (mode == SettleRunbookStep::Mode::Skip && !cli.isSet(u"reason"_s))
        return cli.usage(tr("runbook skip needs --reason: why the step was not run."));
    SettleRunbookStep change(*id, mode, cli.option(u"reason"_s));
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    const RunbookStep &step = change.step();
    switch (mode) {
    case SettleRunbookStep::Mode::Done:
        cli.out() << tr("Checked off \u201C%1\u201D at %2 UTC.").arg(step.title, moment(step.doneAt)) << Qt::endl;
        break;
    case SettleRunbookStep::Mode::Skip:
        cli.out() << tr("Skipped \u201C%1\u201D at %2 UTC: %3").arg(step.title, moment(step.doneAt), step.skipReason)
                  << Qt::endl;
        break;
    case SettleRunbookStep::Mode::Reopen:
        cli.out() << tr("Reopened \u201C%1\u201D.").arg(step.title) << Qt::endl;
        break;
    }
    return ExitOk;
}

} // namespace

int runbookDone(CliContext &cli) {
    return settleStep(cli, tr("runbook done"), SettleRunbookStep::Mode::Done);
}

int runbookSkip(CliContext &cli) {
    return settleStep(cli, tr("runbook skip"), SettleRunbookStep::Mode::Skip);
}

int runbookReopen(CliContext &cli) {
    return settleStep(cli, tr("runbook reopen"), SettleRunbookStep::Mode::Reopen);
}

int runbookList(CliContext &cli) {
    auto id = numberWord(cli, 1, tr("runbook list"));
    if (!id)
        return cli.usage(id.error().message);
    auto steps = cli.workspace().deployments().runbook(*id);
    if (!steps)
        return cli.fail(steps.error());
    if (cli.json()) {
        QJsonArray array;
        for (const RunbookStep &s : *steps)
            array.append(json::toJson(s));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Step"), tr("Minutes"), tr("Kind"), tr("Done (UTC)")});
    for (const RunbookStep &s : *steps)
        table.addRow({QString::number(s.id), s.title, QString::number(s.expectedMinutes),
                      s.backout           ? tr("back-out")
                      : s.pointOfNoReturn ? tr("point of no return")
                                          : QString(),
                      s.isSkipped() ? tr("skipped %1 %2: %3").arg(moment(s.doneAt), s.doneBy, s.skipReason)
                      : s.isDone()  ? u"%1 %2"_s.arg(moment(s.doneAt), s.doneBy)
                                    : QString()});
    table.print(cli.out());
    return ExitOk;
}

int knownErrorAdd(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    KnownError error;
    error.releaseId = release->id;
    error.title = cli.word(2);
    error.symptom = cli.option(u"symptom"_s);
    error.workaround = cli.option(u"workaround"_s);
    error.reference = cli.option(u"reference"_s);
    CreateRecord<KnownError> create(error);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    cli.out() << tr("Added known error #%1 to %2.").arg(create.record().id).arg(release->name) << Qt::endl;
    return ExitOk;
}

int knownErrorFix(CliContext &cli) {
    auto id = numberWord(cli, 1, tr("known-error fix"));
    if (!id)
        return cli.usage(id.error().message);
    auto error = cli.workspace().deployments().knownError(*id);
    if (!error)
        return cli.fail(error.error());
    auto release = cli.workspace().releases().releaseByName(cli.option(u"in"_s));
    if (!release)
        return cli.fail(release.error());
    KnownError fixed = *error;
    fixed.fixedInReleaseId = release->id;
    EditRecord<KnownError> edit(*error, fixed);
    return applyAndReport(cli, edit, tr("Known error #%1 is fixed in %2.").arg(*id).arg(release->name));
}

int knownErrorList(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto errors = knownErrorsFor(cli.workspace().releases(), cli.workspace().deployments(), release->id);
    if (!errors)
        return cli.fail(errors.error());
    if (cli.json()) {
        QJsonArray array;
        for (const ApplicableKnownError &e : *errors) {
            QJsonObject object = json::toJson(e.error);
            object.insert(u"found_in"_s, e.foundIn);
            object.insert(u"carried_forward"_s, e.carriedForward);
            array.append(object);
        }
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Known error"), tr("Workaround"), tr("Found in"), tr("Reference")});
    for (const ApplicableKnownError &e : *errors)
        table.addRow({QString::number(e.error.id), e.error.title, e.error.workaround, e.foundIn, e.error.reference});
    table.print(cli.out());
    return ExitOk;
}

int reviewSet(CliContext &cli) {
    Workspace &ws = cli.workspace();
    auto release = ws.releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto existing = ws.deployments().reviewOf(release->id);
    if (!existing)
        return cli.fail(existing.error());
    ReleaseReview review = existing->value_or(ReleaseReview{});
    review.releaseId = release->id;
    for (const auto &[option, field] :
         {std::pair{u"outcome-text"_s, &review.outcome}, std::pair{u"incident-notes"_s, &review.incidentNotes},
          std::pair{u"lessons"_s, &review.lessons}, std::pair{u"follow-ups"_s, &review.followUps}}) {
        if (cli.isSet(option))
            *field = cli.option(option);
    }
    if (cli.isSet(u"incidents"_s))
        review.incidents = cli.option(u"incidents"_s).toInt();
    if (cli.isSet(u"sla"_s)) {
        const auto levels = serviceLevelsFromKey(cli.option(u"sla"_s));
        if (!levels)
            return cli.fail(makeError(ErrorCode::Invalid, tr("--sla is met, missed or unknown.")));
        review.serviceLevels = *levels;
    }
    if (cli.isSet(u"complete"_s))
        review.complete = true;
    if (*existing) {
        EditRecord<ReleaseReview> edit(**existing, review);
        return applyAndReport(cli, edit, tr("Updated the review of %1.").arg(release->name));
    }
    CreateRecord<ReleaseReview> create(review);
    return applyAndReport(cli, create, tr("Wrote the review of %1.").arg(release->name));
}

int reviewShow(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto review = cli.workspace().deployments().reviewOf(release->id);
    if (!review)
        return cli.fail(review.error());
    if (!*review)
        return cli.fail(makeError(ErrorCode::NotFound, tr("%1 has no review yet.").arg(release->name)));
    if (cli.json()) {
        cli.printJson(json::toJson(**review));
        return ExitOk;
    }
    const ReleaseReview &r = **review;
    cli.out() << tr("Outcome: %1\nIncidents: %2 %3\nService levels: %4\nLessons: %5\nFollow-ups: %6\nComplete: %7")
                     .arg(r.outcome)
                     .arg(r.incidents)
                     .arg(r.incidentNotes, serviceLevelsKey(r.serviceLevels), r.lessons, r.followUps,
                          r.complete ? tr("yes") : tr("no"))
              << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli
