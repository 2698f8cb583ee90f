#include "TestSupport.h"

#include "changes/DeploymentChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "checks/ReleaseGate.h"
#include "planning/KnownErrors.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/DeliveryStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int day, int hour) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

/// Deployments as the deployment engineer records them: runs, inventories, rollbacks, gates.
class TestDeployments final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;

    struct Setup {
        std::unique_ptr<Workspace> ws;
        Release hotfix;
        Environment production;
        Environment staging;
    };

    Setup open(const QString &name, const QString &login = u"georg"_s) {
        Setup s;
        s.ws = test::openWorkspace(m_folder.path(name + u".db"_s), true, login);
        s.hotfix = *s.ws->releases().releaseByName(u"Hotfix 2026.3.1"_s);
        s.production = *s.ws->directory().environmentByName(u"Production"_s);
        s.staging = *s.ws->directory().environmentByName(u"Staging"_s);
        return s;
    }

    Id plan(Workspace &ws, Id releaseId, Id environmentId) {
        Deployment d;
        d.releaseId = releaseId;
        d.environmentId = environmentId;
        d.plannedStart = at(22, 20);
        d.plannedEnd = at(22, 21);
        CreateRecord<Deployment> create(d);
        if (!ws.apply(create))
            return 0;
        return create.record().id;
    }

    void approve(Workspace &ws, const Release &release) {
        SetReleaseStatus approve(release, ReleaseStatus::Approved);
        QVERIFY(ws.apply(approve));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void theAuditEntryOfANewDeploymentNamesItsNumber() {
        Setup s = open(u"numbered"_s);
        const Id id = plan(*s.ws, s.hotfix.id, s.staging.id);
        QVERIFY(id != 0);
        AuditFilter filter;
        filter.entity = u"deployment"_s;
        filter.entityId = id;
        const auto entries = s.ws->auditLog().entries(filter);
        QVERIFY(entries && entries->size() == 1);
        QCOMPARE(entries->first().summary, u"Create deployment #%1"_s.arg(id));
    }

    void succeededDeploymentUpdatesTheInventoryAndRollbackRestoresItExactly() {
        Setup s = open(u"rollback"_s);
        approve(*s.ws, s.hotfix);
        const Contents before = *s.ws->delivery().inventory(s.production.id);
        const Id id = plan(*s.ws, s.hotfix.id, s.production.id);
        QVERIFY(id);
        RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), u"Smooth"_s, false, {}});
        QVERIFY(s.ws->apply(run));
        const Contents after = *s.ws->delivery().inventory(s.production.id);
        QVERIFY(after != before);
        QCOMPARE(contents::deploymentChange(after, *s.ws->releases().content(s.hotfix.id)).isEmpty(), true);
        QCOMPARE(s.ws->releases().release(s.hotfix.id)->status, ReleaseStatus::Deployed);
        // The rollback target is kept with the deployment: the same versions, with their fingerprints.
        QCOMPARE(contents::fingerprint(s.ws->deployments().deployment(id)->inventoryBefore),
                 contents::fingerprint(before));

        RollBackDeployment rollback(id, u"Credit notes still rounded wrongly"_s);
        QVERIFY(s.ws->apply(rollback));
        QCOMPARE(*s.ws->delivery().inventory(s.production.id), before);
        QCOMPARE(s.ws->deployments().deployment(id)->outcome, DeploymentOutcome::RolledBack);
        QCOMPARE(s.ws->releases().release(s.hotfix.id)->status, ReleaseStatus::RolledBack);
        const auto rollbacks = s.ws->deployments().rollbacks(id);
        QCOMPARE(rollbacks->size(), 1);
        QCOMPARE(rollbacks->first().reason, u"Credit notes still rounded wrongly"_s);
        QCOMPARE(rollbacks->first().actor, u"georg"_s);

        // Undo walks it all back: deployed again, then planned with the old inventory.
        QVERIFY(s.ws->revert(rollback));
        QCOMPARE(*s.ws->delivery().inventory(s.production.id), after);
        QVERIFY(s.ws->revert(run));
        QCOMPARE(*s.ws->delivery().inventory(s.production.id), before);
        QCOMPARE(s.ws->deployments().deployment(id)->outcome, DeploymentOutcome::Planned);
        QCOMPARE(s.ws->releases().release(s.hotfix.id)->status, ReleaseStatus::Approved);
    }

    void productionIsRefusedWithoutItsGate() {
        Setup s = open(u"gate"_s, u"erik"_s);
        const Release autumn = *s.ws->releases().releaseByName(u"2026.4 Autumn"_s);
        const Id id = plan(*s.ws, autumn.id, s.production.id);
        RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        auto refused = s.ws->apply(run);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"only an approved release"_s), qPrintable(refused.errorMessage()));
        // Staging is not gated.
        const Id rehearsal = plan(*s.ws, autumn.id, s.staging.id);
        RecordDeploymentRun staging(rehearsal, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        QVERIFY(s.ws->apply(staging));
        QCOMPARE(s.ws->releases().release(autumn.id)->status, ReleaseStatus::Testing);
    }

    void anAuthorisedEmergencyPassesAClosedGateAndIsRecorded() {
        Setup s = open(u"emergency"_s, u"ivan"_s);
        approve(*s.ws, s.hotfix);
        // The emergency policy now asks for a second change board approval: the gate closes.
        ReleasePolicy policy = s.ws->acceptance().policyFor(ReleaseType::Emergency)->value();
        ReleasePolicy stricter = policy;
        stricter.signOffs = {{Role::ChangeBoard, 2}};
        EditRecord<ReleasePolicy> edit(policy, stricter);
        QVERIFY(s.ws->apply(edit));
        const Id id = plan(*s.ws, s.hotfix.id, s.production.id);
        RecordDeploymentRun plain(id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        auto refused = s.ws->apply(plain);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"authorised emergency"_s));
        // Georg holds no change board role: he may not authorise it.
        QVERIFY(s.ws->actAs(u"georg"_s));
        RecordDeploymentRun notAllowed(
            id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, true, u"Invoices wrong today"_s});
        QVERIFY(!s.ws->apply(notAllowed));
        QVERIFY(s.ws->actAs(u"erik"_s));
        RecordDeploymentRun emergency(
            id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, true, u"Invoices wrong today"_s});
        QVERIFY(s.ws->apply(emergency));
        const Deployment stored = *s.ws->deployments().deployment(id);
        QVERIFY(stored.emergency);
        QCOMPARE(stored.emergencyReason, u"Invoices wrong today"_s);
        auto audit = s.ws->auditLog().entries(AuditFilter::forRelease(s.hotfix.id, 0));
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(),
                            [](const AuditEntry &e) { return e.action == u"emergency_run"_s; }));
    }

    void pointOfNoReturnStopsARollback() {
        Setup s = open(u"noreturn"_s);
        approve(*s.ws, s.hotfix);
        const Id id = plan(*s.ws, s.hotfix.id, s.production.id);
        RunbookStep step;
        step.deploymentId = id;
        step.title = u"Drop the old ledger table"_s;
        step.pointOfNoReturn = true;
        CreateRecord<RunbookStep> add(step);
        QVERIFY(s.ws->apply(add));
        SettleRunbookStep checkOff(add.record().id, SettleRunbookStep::Mode::Done);
        QVERIFY(s.ws->apply(checkOff));
        QCOMPARE(checkOff.step().doneBy, u"georg"_s);
        QCOMPARE(checkOff.step().doneAt, test::fixedNow());
        RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        QVERIFY(s.ws->apply(run));
        RollBackDeployment rollback(id, u"Too slow"_s);
        auto refused = s.ws->apply(rollback);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"point of no return"_s));
        RollBackDeployment noReason(id, u" "_s);
        QVERIFY(!s.ws->apply(noReason));
    }

    void aRunMustHaveHappened() {
        Setup s = open(u"times"_s);
        const Id id = plan(*s.ws, s.hotfix.id, s.staging.id);
        const auto refusal = [&](const QDateTime &start, const QDateTime &end) {
            RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, start, end, {}, false, {}});
            return s.ws->apply(run).errorMessage();
        };
        const int audits = s.ws->auditLog().entries(AuditFilter::forRelease(0, 0))->size();
        QVERIFY(refusal(at(22, 20), at(22, 22)).contains(u"future"_s)); // now is 09:30
        QVERIFY(refusal(at(22, 8), at(22, 11)).contains(u"future"_s));  // it has not ended yet
        QVERIFY(refusal(at(22, 8), at(22, 7)).contains(u"before it starts"_s));
        QVERIFY(refusal(at(22, 8), {}).contains(u"end"_s));
        // Refused runs leave nothing: the deployment is planned, the trail has no new entry.
        QCOMPARE(s.ws->deployments().deployment(id)->outcome, DeploymentOutcome::Planned);
        QCOMPARE(s.ws->auditLog().entries(AuditFilter::forRelease(0, 0))->size(), audits);
        QVERIFY(refusal(at(22, 7), at(22, 8)).isEmpty());
    }

    void runsToOneEnvironmentDoNotOverlap() {
        Setup s = open(u"overlap"_s);
        const Release autumn = *s.ws->releases().releaseByName(u"2026.4 Autumn"_s);
        const Id first = plan(*s.ws, s.hotfix.id, s.staging.id);
        const Id second = plan(*s.ws, autumn.id, s.staging.id);
        RecordDeploymentRun one(first, {DeploymentOutcome::Succeeded, at(22, 6), at(22, 8), {}, false, {}});
        QVERIFY(s.ws->apply(one));
        RecordDeploymentRun clash(second, {DeploymentOutcome::Failed, at(22, 7), at(22, 9), {}, false, {}});
        auto refused = s.ws->apply(clash);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"#%1"_s.arg(first)), qPrintable(refused.errorMessage()));
        RecordDeploymentRun after(second, {DeploymentOutcome::Failed, at(22, 8), at(22, 9), {}, false, {}});
        QVERIFY(s.ws->apply(after));
    }

    void successNeedsASettledRunbook() {
        Setup s = open(u"runbook"_s, u"ivan"_s);
        approve(*s.ws, s.hotfix);
        const Deployment tonight = s.ws->deployments().deployments(s.hotfix.id)->first();
        const QList<RunbookStep> steps = *s.ws->deployments().runbook(tonight.id);
        RecordDeploymentRun early(tonight.id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        auto refused = s.ws->apply(early);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(steps.first().title));
        QCOMPARE(s.ws->releases().release(s.hotfix.id)->status, ReleaseStatus::Approved); // status unmoved
        // A failed run needs no settled runbook: it says how far it got.
        bool skipped = false;
        for (const RunbookStep &step : steps) {
            if (step.backout)
                continue;
            if (!skipped) {
                SettleRunbookStep noReason(step.id, SettleRunbookStep::Mode::Skip, u"  "_s);
                QVERIFY(!s.ws->apply(noReason));
                SettleRunbookStep skip(step.id, SettleRunbookStep::Mode::Skip, u"Status page is down"_s);
                QVERIFY(s.ws->apply(skip));
                QVERIFY(skip.step().isSkipped());
                skipped = true;
                continue;
            }
            SettleRunbookStep done(step.id, SettleRunbookStep::Mode::Done);
            QVERIFY(s.ws->apply(done));
            SettleRunbookStep twice(step.id, SettleRunbookStep::Mode::Done);
            QVERIFY(!s.ws->apply(twice));
        }
        RecordDeploymentRun run(tonight.id, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        QVERIFY(s.ws->apply(run));
        QCOMPARE(s.ws->releases().release(s.hotfix.id)->status, ReleaseStatus::Deployed);
        // The steps of a success stay settled; the check-off is stamped by the core, not the caller.
        SettleRunbookStep reopen(steps.last().backout ? steps.first().id : steps.last().id,
                                 SettleRunbookStep::Mode::Reopen);
        QVERIFY(!s.ws->apply(reopen));
        RunbookStep forged = *s.ws->deployments().step(steps.first().id);
        RunbookStep edited = forged;
        edited.doneBy = u"bob"_s;
        EditRecord<RunbookStep> rewrite(forged, edited);
        QVERIFY(!s.ws->apply(rewrite));
    }

    void runFactsAreWrittenOnlyByRecordingARun() {
        Setup s = open(u"facts"_s, u"georg"_s);
        Deployment d;
        d.releaseId = s.hotfix.id;
        d.environmentId = s.production.id;
        d.actualStart = at(21, 20);
        d.actualEnd = at(21, 21);
        d.outcome = DeploymentOutcome::Succeeded;
        CreateRecord<Deployment> direct(d);
        auto refused = s.ws->apply(direct);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"Record Run"_s));
        // A deployment that ran is a record: it cannot be removed.
        const Release summer = *s.ws->releases().releaseByName(u"2026.3 Summer"_s);
        const Deployment ran = s.ws->deployments().deployments(summer.id)->first();
        RemoveRecord<Deployment> remove(ran);
        QVERIFY(!s.ws->apply(remove));
        QVERIFY(s.ws->deployments().deployment(ran.id));
    }

    void productionInAFreezeNeedsAnEmergency() {
        Setup s = open(u"freeze"_s, u"ivan"_s);
        const Release autumn = *s.ws->releases().releaseByName(u"2026.4 Autumn"_s);
        CreateRecord<ChangeWindow> add(
            ChangeWindow::freeze(u"Black Friday"_s, QDateTime(QDate(2026, 11, 20), QTime(0, 0)),
                                 QDateTime(QDate(2026, 11, 23), QTime(0, 0)), s.production.id));
        QVERIFY(s.ws->apply(add));
        // The hotfix is an authorised emergency (Erik signed it): it may go ahead in the freeze.
        approve(*s.ws, s.hotfix);
        const Id hotfix = plan(*s.ws, s.hotfix.id, s.production.id);
        RecordDeploymentRun allowed(hotfix, {DeploymentOutcome::Succeeded, at(22, 7), at(22, 8), {}, false, {}});
        QVERIFY2(s.ws->apply(allowed), qPrintable(s.ws->apply(allowed).errorMessage()));
        // A gated move to Approved with a deployment planned in the freeze is refused for a release
        // that is not an authorised emergency.
        auto gate =
            ReleaseGate::check(AssuranceSources::of(*s.ws), autumn.id, ReleaseStatus::Approved, test::fixedNow());
        QVERIFY(gate);
        const Id planned = plan(*s.ws, autumn.id, s.production.id); // at 22 20:00, before the freeze ends
        auto frozen =
            ReleaseGate::check(AssuranceSources::of(*s.ws), autumn.id, ReleaseStatus::Approved, test::fixedNow());
        QVERIFY(frozen);
        QVERIFY(std::any_of(frozen->checks.cbegin(), frozen->checks.cend(), [&](const GateCheck &c) {
            return !c.passed && c.text.contains(u"#%1"_s.arg(planned)) && c.detail.contains(u"Black Friday"_s);
        }));
    }

    void knownErrorsCarryForwardUntilFixed() {
        Setup s = open(u"known"_s, u"alice"_s);
        const Release summer = *s.ws->releases().releaseByName(u"2026.3 Summer"_s);
        const Release autumn = *s.ws->releases().releaseByName(u"2026.4 Autumn"_s);
        const Release winter = *s.ws->releases().releaseByName(u"2027.1 Winter"_s);
        KnownError error;
        error.releaseId = summer.id;
        error.title = u"PDF invoices lose the logo in Safari"_s;
        error.workaround = u"Download instead of opening in the browser"_s;
        CreateRecord<KnownError> create(error);
        QVERIFY(s.ws->apply(create));
        auto count = [&](const Release &r) {
            auto list = knownErrorsFor(s.ws->releases(), s.ws->deployments(), r.id);
            return std::count_if(list->cbegin(), list->cend(),
                                 [&](const ApplicableKnownError &a) { return a.error.id == create.record().id; });
        };
        QCOMPARE(count(summer), 1);
        QCOMPARE(count(autumn), 1);
        QCOMPARE(count(winter), 1);
        KnownError fixed = create.record();
        fixed.fixedInReleaseId = winter.id;
        EditRecord<KnownError> fix(create.record(), fixed);
        QVERIFY(s.ws->apply(fix));
        QCOMPARE(count(autumn), 1);
        QCOMPARE(count(winter), 0);
        auto list = knownErrorsFor(s.ws->releases(), s.ws->deployments(), autumn.id);
        for (const ApplicableKnownError &a : *list) {
            if (a.error.id == create.record().id) {
                QVERIFY(a.carriedForward);
                QCOMPARE(a.foundIn, summer.name);
            }
        }
    }

    void reviewedNeedsACompleteReview() {
        Setup s = open(u"review"_s, u"alice"_s);
        const Release summer = *s.ws->releases().releaseByName(u"2026.3 Summer"_s);
        QCOMPARE(summer.status, ReleaseStatus::Deployed);
        SetReleaseStatus move(summer, ReleaseStatus::Reviewed);
        auto refused = s.ws->apply(move);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"Post-release review complete"_s));
        ReleaseReview review;
        review.releaseId = summer.id;
        review.outcome = u"Deployed on time"_s;
        review.complete = true;
        CreateRecord<ReleaseReview> incomplete(review);
        auto notYet = s.ws->apply(incomplete);
        QVERIFY(!notYet);
        QVERIFY(notYet.errorMessage().contains(u"service levels"_s));
        review.serviceLevels = ReleaseReview::ServiceLevels::Met;
        review.lessons = u"Book the CAB slot earlier"_s;
        CreateRecord<ReleaseReview> complete(review);
        QVERIFY(s.ws->apply(complete));
        SetReleaseStatus again(summer, ReleaseStatus::Reviewed);
        QVERIFY(s.ws->apply(again));
    }

    void deployOntoReplacesOnlyTheDeployedComponents() {
        const ComponentVersion a1{1, 1, u"a"_s, u"1"_s, {}, {}, false, {}};
        const ComponentVersion a2{2, 1, u"a"_s, u"2"_s, {}, {}, false, {}};
        const ComponentVersion b1{3, 2, u"b"_s, u"1"_s, {}, {}, false, {}};
        const ComponentVersion c1{4, 3, u"c"_s, u"1"_s, {}, {}, false, {}};
        QCOMPARE(contents::deployOnto({a1, b1}, {a2, c1}), (Contents{a2, b1, c1}));
        QCOMPARE(contents::deployOnto({}, {b1}), (Contents{b1}));
    }
};

QTEST_GUILESS_MAIN(TestDeployments)
#include "tst_deployments.moc"
