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

    void succeededDeploymentUpdatesTheInventoryAndRollbackRestoresItExactly() {
        Setup s = open(u"rollback"_s);
        approve(*s.ws, s.hotfix);
        const Contents before = *s.ws->delivery().inventory(s.production.id);
        const Id id = plan(*s.ws, s.hotfix.id, s.production.id);
        QVERIFY(id);
        RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), u"Smooth"_s, false, {}});
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
        RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), {}, false, {}});
        auto refused = s.ws->apply(run);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"only an approved release"_s), qPrintable(refused.errorMessage()));
        // Staging is not gated.
        const Id rehearsal = plan(*s.ws, autumn.id, s.staging.id);
        RecordDeploymentRun staging(rehearsal, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), {}, false, {}});
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
        RecordDeploymentRun plain(id, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), {}, false, {}});
        auto refused = s.ws->apply(plain);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"authorised emergency"_s));
        // Georg holds no change board role: he may not authorise it.
        QVERIFY(s.ws->actAs(u"georg"_s));
        RecordDeploymentRun notAllowed(
            id, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), {}, true, u"Invoices wrong today"_s});
        QVERIFY(!s.ws->apply(notAllowed));
        QVERIFY(s.ws->actAs(u"erik"_s));
        RecordDeploymentRun emergency(
            id, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), {}, true, u"Invoices wrong today"_s});
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
        RecordDeploymentRun run(id, {DeploymentOutcome::Succeeded, at(22, 20), at(22, 21), {}, false, {}});
        QVERIFY(s.ws->apply(run));
        RunbookStep done = add.record();
        done.doneAt = at(22, 20);
        done.doneBy = u"georg"_s;
        EditRecord<RunbookStep> checkOff(add.record(), done);
        QVERIFY(s.ws->apply(checkOff));
        RollBackDeployment rollback(id, u"Too slow"_s);
        auto refused = s.ws->apply(rollback);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"point of no return"_s));
        RollBackDeployment noReason(id, u" "_s);
        QVERIFY(!s.ws->apply(noReason));
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
