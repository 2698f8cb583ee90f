// Release gates: what each status move needs (signatures, criteria, package errors and their
// waivers, lead time, quorum), checked at the write door.
#include "SignOffFixtures.h"
#include "changes/DeliveryChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/SignOffChanges.h"
#include "changes/WaiverChanges.h"
#include "checks/ReleaseGate.h"
#include "demo/DemoAssurance.h"
#include "signing/Crypto.h"
#include "signing/SignOffRules.h"
#include "signing/TrailVerification.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"
#include <QRandomGenerator>
#include <QTest>

using namespace relm;
using namespace relm::test;
using namespace Qt::Literals::StringLiterals;

class TestReleaseGate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void gatePassesForTheAuthorisedHotfixAndTheMoveGoesAhead() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"gate.db"_s), true, u"ivan"_s);
        QVERIFY(ws);
        const Release hotfix = *ws->releases().releaseByName(hotfixName);
        QCOMPARE(hotfix.status, ReleaseStatus::AwaitingSignOff);
        auto gate = ReleaseGate::check(AssuranceSources::of(*ws), hotfix.id, ReleaseStatus::Approved, test::fixedNow());
        QVERIFY(gate);
        QVERIFY2(gate->passed(), qPrintable(gate->refusal(hotfix.name)));
        QVERIFY(gate->checks.size() >= 6);
        SetReleaseStatus approve(hotfix, ReleaseStatus::Approved);
        QVERIFY(ws->apply(approve));
        // Emergency: the authorisation waives the lead time, so it may deploy at once.
        const Release approved = *ws->releases().release(hotfix.id);
        SetReleaseStatus deploy(approved, ReleaseStatus::Deploying);
        QVERIFY(ws->apply(deploy));
    }

    void aGateWithoutRequiredRolesSaysSoInALineOfItsOwn() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"roles.db"_s), true, u"erik"_s);
        QVERIFY(ws);
        const Release hotfix = *ws->releases().releaseByName(hotfixName);
        const auto approvalsLine = [&] {
            const auto gate =
                ReleaseGate::check(AssuranceSources::of(*ws), hotfix.id, ReleaseStatus::Approved, test::fixedNow());
            for (const GateCheck &check : gate->checks) {
                if (check.text == u"Role approvals"_s)
                    return check.detail;
            }
            return QString();
        };
        QVERIFY(approvalsLine().isEmpty()); // the emergency policy names roles: each has its own line
        const ReleasePolicy stored = ws->acceptance().policyFor(ReleaseType::Emergency)->value();
        ReleasePolicy roleless = stored;
        roleless.signOffs.clear();
        EditRecord<ReleasePolicy> clear(stored, roleless);
        QVERIFY(ws->apply(clear));
        QCOMPARE(approvalsLine(), u"None required by the Emergency policy"_s);
        RemoveRecord<ReleasePolicy> remove(roleless);
        QVERIFY(ws->apply(remove));
        QCOMPARE(approvalsLine(), u"None required: there is no policy for Emergency releases"_s);
    }

    void packageErrorsBlockTheGateUnlessAnAuthoriserWaivesThem() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"waiver.db"_s), true, u"erik"_s);
        QVERIFY(ws);
        const Release hotfix = *ws->releases().releaseByName(hotfixName);
        const auto gate = [&] {
            return *ReleaseGate::check(AssuranceSources::of(*ws), hotfix.id, ReleaseStatus::Approved, test::fixedNow());
        };
        QVERIFY(gate().passed()); // the demo's conflict is waived by Erik
        const FindingWaiver waiver = ws->acceptance().waivers(hotfix.id)->first();
        QVERIFY(waiver.finding.contains(u"payments-gateway"_s));
        WithdrawWaiver withdraw(waiver);
        QVERIFY(ws->apply(withdraw));
        const GateResult closed = gate();
        QVERIFY(!closed.passed());
        QVERIFY(closed.refusal(hotfix.name).contains(u"payments-gateway 7.4"_s));
        QVERIFY(ws->actAs(u"ivan"_s));
        SetReleaseStatus approve(hotfix, ReleaseStatus::Approved);
        QVERIFY(!ws->apply(approve));
        // Only the policy's authorising role may waive, and only with a reason.
        WaiveFinding byOwner(hotfix.id, waiver.findingKey, u"Ship it"_s);
        auto refused = ws->apply(byOwner);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Change board"_s), qPrintable(refused.errorMessage()));
        QVERIFY(ws->actAs(u"erik"_s));
        WaiveFinding noReason(hotfix.id, waiver.findingKey, u"  "_s);
        QVERIFY(!ws->apply(noReason));
        WaiveFinding unknown(hotfix.id, u"conflict:nothing:0"_s, u"Because"_s);
        QVERIFY(!ws->apply(unknown));
        WaiveFinding again(hotfix.id, waiver.findingKey, u"Payments deploys 7.5 first"_s);
        QVERIFY(ws->apply(again));
        // One waiver per finding: a second says who gave the first, and writes nothing.
        const int entries = int(ws->auditLog().entries(AuditFilter{})->size());
        WaiveFinding twice(hotfix.id, waiver.findingKey, u"Another reason"_s);
        const auto refusedTwice = ws->apply(twice);
        QVERIFY(!refusedTwice);
        QVERIFY2(refusedTwice.errorMessage().contains(u"Erik Larsen waived this finding already"_s),
                 qPrintable(refusedTwice.errorMessage()));
        QCOMPARE(int(ws->auditLog().entries(AuditFilter{})->size()), entries);
        const GateResult open = gate();
        QVERIFY(open.passed());
        QVERIFY(std::any_of(open.checks.cbegin(), open.checks.cend(), [](const GateCheck &c) {
            return c.detail.contains(u"Erik Larsen"_s) && c.detail.contains(u"Payments deploys 7.5 first"_s);
        }));
        QCOMPARE(ws->auditLog().entries(AuditFilter::forRelease(hotfix.id, 1))->first().action, u"waive"_s);
        QVERIFY(ws->actAs(u"ivan"_s));
        SetReleaseStatus approveNow(hotfix, ReleaseStatus::Approved);
        QVERIFY(ws->apply(approveNow));
    }

    void gateRefusesTheMoveAndListsWhatIsMissing() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"refused.db"_s));
        QVERIFY(ws);
        Release autumn = *ws->releases().releaseByName(autumnName);
        // Testing -> Awaiting sign-off: every required category has a criterion and it is frozen.
        SetReleaseStatus submit(autumn, ReleaseStatus::AwaitingSignOff);
        QVERIFY(ws->apply(submit));
        autumn = *ws->releases().release(autumn.id);
        SetReleaseStatus approve(autumn, ReleaseStatus::Approved);
        auto refused = ws->apply(approve);
        QVERIFY(!refused);
        const QString message = refused.errorMessage();
        QVERIFY2(message.contains(u"cannot move to Approved"_s), qPrintable(message));
        QVERIFY(message.contains(u"Change board approval by 2 distinct people: 0 of 2"_s));
        QVERIFY(message.contains(u"its sign-off by Operations acceptance is void"_s));
        QVERIFY(message.contains(u"Risk reviews up to date"_s));
        QVERIFY(!message.contains(u"Invoices render correctly"_s)); // accepted: not missing
        QCOMPARE(ws->releases().release(autumn.id)->status, ReleaseStatus::AwaitingSignOff);
    }

    void requiredCategoryAndFrozenBaselineGateTheSubmission() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"submit.db"_s));
        QVERIFY(ws);
        GateInput input;
        input.release.type = ReleaseType::Major;
        input.release.status = ReleaseStatus::Testing;
        input.policy = *ws->acceptance().policyFor(ReleaseType::Major);
        QVERIFY(input.policy);
        input.now = test::fixedNow();
        GateResult result = ReleaseGate::evaluate(input, ReleaseStatus::AwaitingSignOff);
        QVERIFY(!result.passed());
        QCOMPARE(result.missing().size(), 5); // 4 categories and the baseline
        for (CriterionCategory category : input.policy->requiredCategories) {
            AcceptanceCriterion c;
            c.category = category;
            input.criteria.append(c);
        }
        input.baselineFrozen = true;
        QVERIFY(ReleaseGate::evaluate(input, ReleaseStatus::AwaitingSignOff).passed());
        input.baselineChanged = true;
        QVERIFY(!ReleaseGate::evaluate(input, ReleaseStatus::AwaitingSignOff).passed());
        // Moves back and cancellations are never gated.
        QVERIFY(!ReleaseGate::isGated(ReleaseStatus::AwaitingSignOff, ReleaseStatus::Testing));
        QVERIFY(!ReleaseGate::isGated(ReleaseStatus::Testing, ReleaseStatus::Cancelled));
        QVERIFY(ReleaseGate::isGated(ReleaseStatus::Testing, ReleaseStatus::AwaitingSignOff));
    }

    void quorumCountsDistinctPeopleAndLeadTimeWaits() {
        GateInput input;
        input.release.type = ReleaseType::Minor;
        input.release.status = ReleaseStatus::Approved;
        ReleasePolicy policy;
        policy.signOffs = {{Role::ChangeBoard, 2}};
        policy.minimumLeadHours = 24;
        input.policy = policy;
        SignOff approval;
        approval.role = Role::ChangeBoard;
        approval.meaning = SignMeaning::Approved;
        approval.printedName = u"Dev Patel"_s;
        approval.signedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        input.signOffs = {{approval, SignatureState::Valid, {}}, {approval, SignatureState::Valid, {}}};
        input.now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        auto findCheck = [](const GateResult &r, const QString &start) {
            for (const GateCheck &c : r.checks) {
                if (c.text.startsWith(start))
                    return c;
            }
            return GateCheck{};
        };
        GateResult result = ReleaseGate::evaluate(input, ReleaseStatus::Deploying);
        QVERIFY(!findCheck(result, u"Change board approval"_s).passed); // one person twice is not two
        QCOMPARE(findCheck(result, u"Change board approval"_s).detail, u"1 of 2: Dev Patel"_s);
        QVERIFY(!findCheck(result, u"Approved at least"_s).passed); // 23 hours
        approval.printedName = u"Erik Larsen"_s;
        input.signOffs[1].signOff = approval;
        input.now = input.now.addSecs(3600);
        result = ReleaseGate::evaluate(input, ReleaseStatus::Deploying);
        QVERIFY(findCheck(result, u"Change board approval"_s).passed);
        QVERIFY(findCheck(result, u"Approved at least"_s).passed);
        QVERIFY(result.passed());
        // A void approval does not count, and a standing rejection blocks.
        input.signOffs[1].state = SignatureState::ContentChanged;
        QVERIFY(!ReleaseGate::evaluate(input, ReleaseStatus::Deploying).passed());
        input.signOffs[1].state = SignatureState::Valid;
        SignOff rejection = approval;
        rejection.meaning = SignMeaning::Rejected;
        rejection.comment = u"No back-out rehearsal"_s;
        input.signOffs.append({rejection, SignatureState::Valid, {}});
        result = ReleaseGate::evaluate(input, ReleaseStatus::Deploying);
        QVERIFY(!result.passed());
        QVERIFY(result.refusal(u"R"_s).contains(u"No back-out rehearsal"_s));
    }

    // --- Bulk tampering --------------------------------------------------------------------------
};

QTEST_GUILESS_MAIN(TestReleaseGate)
#include "tst_releasegate.moc"
