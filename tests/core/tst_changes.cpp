#include "Invariants.h"
#include "TestSupport.h"

#include "changes/DeliveryChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/WaiverChanges.h"
#include "planning/ReleasePlanning.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestChanges final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    Release release(const QString &name) { return *m_ws->releases().releaseByName(name); }
    int auditCount() { return m_ws->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toInt(); }
    AuditEntry lastAudit() { return m_ws->auditLog().entries(AuditFilter::forRelease(0, 1))->last(); }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
    }

    void cleanup() { m_ws.reset(); }

    void editAndUndoRestoresEveryField() {
        const Release before = release(u"2026.4 Autumn"_s);
        Release after = before;
        after.name = u"2026.4 Autumn (revised)"_s;
        after.plannedEnd = before.plannedEnd.addDays(7);
        after.backoutPlan = u"Switch the load balancer back."_s;
        EditRecord<Release> edit(before, after);
        QVERIFY(m_ws->apply(edit));
        const Release stored = *m_ws->releases().release(before.id);
        QCOMPARE(stored.name, after.name);
        QCOMPARE(stored.plannedEnd, after.plannedEnd);
        QCOMPARE(stored.backoutPlan, after.backoutPlan);

        // The audit entry holds only what changed, before and after, and who did it.
        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, u"update"_s);
        QCOMPARE(entry.actorLogin, u"alice"_s);
        QCOMPARE(entry.at, test::fixedNow());
        QCOMPARE(entry.releaseId, before.id);
        QCOMPARE(entry.before.value(u"name"_s).toString(), before.name);
        QCOMPARE(entry.after.value(u"name"_s).toString(), after.name);
        QVERIFY(!entry.after.contains(u"type"_s));

        QVERIFY(m_ws->revert(edit));
        QCOMPARE(*m_ws->releases().release(before.id), before);
        QCOMPARE(lastAudit().after.value(u"name"_s).toString(), before.name);
    }

    void invalidEditChangesNothing() {
        const Release before = release(u"2026.4 Autumn"_s);
        Release after = before;
        after.plannedEnd = before.plannedStart.addDays(-1);
        const int audits = auditCount();
        EditRecord<Release> edit(before, after);
        const auto result = m_ws->apply(edit);
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"before the planned start"_s));
        QCOMPARE(*m_ws->releases().release(before.id), before);
        QCOMPARE(auditCount(), audits);
    }

    void duplicateNameIsRefused() {
        Release r = release(u"2026.4 Autumn"_s);
        r.id = 0;
        r.status = ReleaseStatus::Draft;
        CreateRelease create(r);
        const auto result = m_ws->apply(create);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Conflict);
        QVERIFY(result.errorMessage().contains(u"already exists"_s));
    }

    void createReleaseUndoRedoKeepsId() {
        Release r;
        r.name = u"2027.9"_s;
        r.ownerId = m_ws->actingPerson().id;
        CreateRelease create(r, u"Core"_s);
        QSignalSpy notices(m_ws.get(), &Workspace::changed);
        QVERIFY(m_ws->apply(create));
        const Id id = create.release().id;
        QVERIFY(id > 0);
        QCOMPARE(notices.size(), 2); // release and its first package
        QCOMPARE(m_ws->releases().packages(id)->first().name, u"Core"_s);
        QVERIFY(m_ws->revert(create));
        QVERIFY(!m_ws->releases().release(id));
        QVERIFY(m_ws->apply(create));
        QCOMPARE(m_ws->releases().releaseByName(u"2027.9"_s)->id, id);
        QCOMPARE(m_ws->releases().packages(id)->size(), 1);
    }

    void statusFollowsLifecycle() {
        const Release r = release(u"2027.1 Winter"_s); // planned
        SetReleaseStatus wrong(r, ReleaseStatus::Deployed);
        const auto refused = m_ws->apply(wrong);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"cannot move from Planned to Deployed"_s));

        SetReleaseStatus next(r, ReleaseStatus::Building);
        QVERIFY(m_ws->apply(next));
        QCOMPARE(m_ws->releases().release(r.id)->status, ReleaseStatus::Building);
        QCOMPARE(lastAudit().action, u"status"_s);
        QCOMPARE(lastAudit().before.value(u"status"_s).toString(), u"planned"_s);
        QVERIFY(m_ws->revert(next));
        QCOMPARE(m_ws->releases().release(r.id)->status, ReleaseStatus::Planned);
    }

    void packageContentAddRemoveUndo() {
        const Release r = release(u"2027.1 Winter"_s);
        const Package package = m_ws->releases().packages(r.id)->first();
        const ComponentVersion version = *m_ws->catalogue().findVersion(u"nginx"_s, u"1.26.1"_s);
        PackageContentChange add(PackageContentChange::Mode::Add, package, version);
        QVERIFY(m_ws->apply(add));
        auto contains = [&] {
            // A local: a range-for over a member of the temporary Result would outlive it (C++20).
            const Result<Package> current = m_ws->releases().package(package.id);
            for (const ComponentVersion &v : current->contents) {
                if (v.id == version.id)
                    return true;
            }
            return false;
        };
        QVERIFY(contains());
        QCOMPARE(lastAudit().after.value(u"component"_s).toString(), u"nginx"_s);
        QVERIFY(m_ws->revert(add));
        QVERIFY(!contains());
        QCOMPARE(lastAudit().action, u"remove"_s);
    }

    void whatAShippedReleaseHeldStaysAsItWas() {
        // Summer is deployed and Spring reviewed: neither takes a version in or gives one up, not
        // even by undoing an add made while Summer was still open.
        const int audits = auditCount();
        for (const QString &name : {u"2026.3 Summer"_s, u"2026.2 Spring"_s}) {
            const Package package = m_ws->releases().packages(release(name).id)->first();
            const ComponentVersion extra = *m_ws->catalogue().findVersion(u"nginx"_s, u"1.26.1"_s);
            PackageContentChange add(PackageContentChange::Mode::Add, package, extra);
            const auto refusedAdd = m_ws->apply(add);
            QVERIFY(!refusedAdd);
            QVERIFY2(refusedAdd.errorMessage().contains(u"stays as it is"_s), qPrintable(refusedAdd.errorMessage()));
            const ComponentVersion shipped = package.contents.first();
            PackageContentChange remove(PackageContentChange::Mode::Remove, package, shipped);
            QVERIFY(!m_ws->apply(remove));
            QCOMPARE(m_ws->releases().package(package.id)->contents, package.contents);
        }
        QCOMPARE(auditCount(), audits);
    }

    void compositeChangeIsAllOrNothing() {
        const int audits = auditCount();
        CompositeChange batch(u"two things"_s);
        batch.add(
            std::make_unique<CreateRecord<Environment>>(Environment{0, u"DR site"_s, EnvironmentKind::Other, 9, {}}));
        batch.add(std::make_unique<CreateRecord<Environment>>(
            Environment{0, u"Production"_s, EnvironmentKind::Production, 9, {}}));
        QVERIFY(!m_ws->apply(batch));
        QVERIFY(!m_ws->directory().environmentByName(u"DR site"_s));
        QCOMPARE(auditCount(), audits);
    }

    void auditChainLinksEveryEntry() {
        auto entries = m_ws->auditLog().entries();
        QVERIFY(entries);
        QVERIFY(entries->size() > 50);
        QString previous;
        for (const AuditEntry &e : *entries) {
            QCOMPARE(e.prevHash, previous);
            QCOMPARE(e.entryHash, AuditLog::hashOf(e));
            previous = e.entryHash;
        }
        QCOMPARE(*m_ws->auditLog().head(), previous);
    }

    void auditFilterByRelease() {
        const Release r = release(u"Hotfix 2026.3.1"_s);
        auto entries = m_ws->auditLog().entries(AuditFilter::forRelease(r.id));
        QVERIFY(entries);
        QVERIFY(!entries->isEmpty());
        for (const AuditEntry &e : *entries)
            QCOMPARE(e.releaseId, r.id);
    }

    void nobodyActingCannotChange() {
        test::TempFolder folder;
        auto ws = Workspace::openFile(folder.path(u"empty.db"_s));
        QVERIFY(ws);
        CreateRecord<Environment> create(Environment{0, u"X"_s, EnvironmentKind::Other, 0, {}});
        const auto result = (*ws)->apply(create);
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"Choose who you are"_s));
    }

    void undoOverAnotherChangeIsRefused() {
        // Someone else (here: a second change, as relm-cli would make) edits the release after
        // the first edit; undoing the first would silently overwrite theirs, so it is refused.
        const Release before = release(u"2027.1 Winter"_s);
        Release first = before;
        first.description = u"Mine"_s;
        EditRecord<Release> mine(before, first);
        QVERIFY(m_ws->apply(mine));
        Release second = release(u"2027.1 Winter"_s);
        second.backoutPlan = u"Theirs"_s;
        EditRecord<Release> theirs(release(u"2027.1 Winter"_s), second);
        QVERIFY(m_ws->apply(theirs));
        const int audits = auditCount();
        const auto refused = m_ws->revert(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.errorMessage().contains(u"(Back-out plan)"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(release(u"2027.1 Winter"_s).backoutPlan, u"Theirs"_s);
        QCOMPARE(auditCount(), audits);
        // In order, both undo.
        QVERIFY(m_ws->revert(theirs));
        QVERIFY(m_ws->revert(mine));
        QCOMPARE(release(u"2027.1 Winter"_s), before);
    }

    void redoIsANewWriteCheckedAgain() {
        const Id release = this->release(u"2026.4 Autumn"_s).id;
        auto tasks = m_ws->plan().tasks(release);
        QVERIFY(tasks && tasks->size() > 3);
        auto named = [&](const QString &name) {
            return *std::find_if(tasks->cbegin(), tasks->cend(), [&](const PlanTask &t) { return t.name == name; });
        };
        const PlanTask uat = named(u"User acceptance on Staging"_s);
        const PlanTask build = named(u"Build release candidate"_s);
        // Build → UAT already holds through the plan; UAT → Build would close a cycle.
        CreateRecord<PlanLink> back(PlanLink{0, uat.id, build.id, LinkType::FinishToStart, 0, 0, false});
        const int audits = auditCount();
        const auto refused = m_ws->apply(back);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"cycle"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(auditCount(), audits); // nothing written, not even the audit entry
        QVERIFY(planning::scheduleRelease(*m_ws, release));

        // A link that was fine, undone; meanwhile the reverse link is added; redoing it now would
        // close a cycle: the redo is refused like any new write.
        const PlanTask a = named(u"Deploy to Staging"_s);
        const PlanTask b = named(u"Performance test"_s);
        CreateRecord<PlanLink> forward(PlanLink{0, a.id, b.id, LinkType::FinishToStart, 0, 0, false});
        if (!m_ws->apply(forward))
            QSKIP("the demo plan links these two already");
        QVERIFY(m_ws->revert(forward));
        CreateRecord<PlanLink> reverse(PlanLink{0, b.id, a.id, LinkType::FinishToStart, 0, 0, false});
        QVERIFY(m_ws->apply(reverse));
        const auto redo = m_ws->apply(forward);
        QVERIFY(!redo);
        QVERIFY(redo.errorMessage().contains(u"cycle"_s));
        QVERIFY(planning::scheduleRelease(*m_ws, release));
    }

    void aScheduleFinishingPastThePlannedEndSaysSo() {
        // The demo's Autumn plan runs into January, past its planned end on 1 January.
        const Release autumn = release(u"2026.4 Autumn"_s);
        auto schedule = planning::scheduleRelease(*m_ws, autumn.id);
        QVERIFY(schedule);
        QVERIFY(schedule->finish.date() > autumn.plannedEnd);
        const auto late = [](const ReleaseSchedule &s) {
            return std::any_of(s.notes.cbegin(), s.notes.cend(),
                               [](const QString &n) { return n.contains(u"after the release's planned end"_s); });
        };
        QVERIFY2(late(*schedule), qPrintable(schedule->notes.join(u'\n')));
        // Moved to the computed finish, the planned end is kept and the note goes.
        Release moved = autumn;
        moved.plannedEnd = schedule->finish.date();
        EditRecord<Release> edit(autumn, moved);
        QVERIFY(m_ws->apply(edit));
        auto again = planning::scheduleRelease(*m_ws, autumn.id);
        QVERIFY(again);
        QVERIFY2(!late(*again), qPrintable(again->notes.join(u'\n')));
    }

    void taskNamesAreUniqueInARelease() {
        const Id release = this->release(u"2026.4 Autumn"_s).id;
        const PlanTask existing = m_ws->plan().tasks(release)->first();
        PlanTask twin;
        twin.releaseId = release;
        twin.name = u"  "_s + existing.name.toUpper() + u" "_s;
        twin.duration = 480;
        CreateRecord<PlanTask> create(twin);
        const auto refused = m_ws->apply(create);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        // Another release may use the name.
        twin.releaseId = this->release(u"2027.1 Winter"_s).id;
        CreateRecord<PlanTask> elsewhere(twin);
        QVERIFY(m_ws->apply(elsewhere));
    }

    void statusMovesOnlyAlongTheLifecycle() {
        // Not through an edit of the release's fields.
        const Release winter = release(u"2027.1 Winter"_s);
        Release jumped = winter;
        jumped.status = ReleaseStatus::Deployed;
        EditRecord<Release> edit(winter, jumped);
        const auto refused = m_ws->apply(edit);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"lifecycle"_s));
        QCOMPARE(release(u"2027.1 Winter"_s).status, ReleaseStatus::Planned);
        // A new release starts as Draft.
        Release born = winter;
        born.id = 0;
        born.name = u"Born approved"_s;
        born.status = ReleaseStatus::Approved;
        CreateRelease create(born);
        QVERIFY(!m_ws->apply(create));
    }

    void undoingAStepBackPassesTheGateAgain() {
        QVERIFY(m_ws->actAs(u"ivan"_s));
        const Release hotfix = release(u"Hotfix 2026.3.1"_s);
        SetReleaseStatus approve(hotfix, ReleaseStatus::Approved);
        QVERIFY(m_ws->apply(approve));
        SetReleaseStatus back(release(u"Hotfix 2026.3.1"_s), ReleaseStatus::Testing);
        QVERIFY(m_ws->apply(back));
        // The waiver that let the hotfix through is withdrawn: its gate closes.
        QVERIFY(m_ws->actAs(u"erik"_s));
        WithdrawWaiver withdraw(m_ws->acceptance().waivers(hotfix.id)->first());
        QVERIFY(m_ws->apply(withdraw));
        const auto refused = m_ws->revert(back);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Package error"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(release(u"Hotfix 2026.3.1"_s).status, ReleaseStatus::Testing);
        // With the waiver back, undoing the step back is allowed again.
        QVERIFY(m_ws->revert(withdraw));
        QVERIFY(m_ws->revert(back));
        QCOMPARE(release(u"Hotfix 2026.3.1"_s).status, ReleaseStatus::Approved);
        // And a release that moved on cannot be jumped back by an old undo.
        QVERIFY(m_ws->actAs(u"ivan"_s));
        SetReleaseStatus cancel(release(u"Hotfix 2026.3.1"_s), ReleaseStatus::Cancelled);
        QVERIFY(m_ws->apply(cancel));
        QVERIFY(!m_ws->revert(approve));
    }

    void undoLeavesWhatOthersDidSince() {
        const Release winter = release(u"2027.1 Winter"_s);
        const Package package = m_ws->releases().packages(winter.id)->first();
        const ComponentVersion version = *m_ws->catalogue().findVersion(u"nginx"_s, u"1.26.1"_s);
        PackageContentChange add(PackageContentChange::Mode::Add, package, version);
        QVERIFY(m_ws->apply(add));
        // Adding it again records nothing that did not happen.
        PackageContentChange again(PackageContentChange::Mode::Add, package, version);
        QVERIFY(!m_ws->apply(again));
        // Someone else removes it; undoing the add would now remove nothing: refused.
        PackageContentChange remove(PackageContentChange::Mode::Remove, package, version);
        QVERIFY(m_ws->apply(remove));
        const int audits = auditCount();
        QVERIFY(!m_ws->revert(add));
        QCOMPARE(auditCount(), audits);

        // Two deployments change what Staging runs; undoing the first would wipe out the second.
        const Environment staging = *m_ws->directory().environmentByName(u"Staging"_s);
        const Contents before = *m_ws->delivery().inventory(staging.id);
        SetEnvironmentInventory first(staging.id, staging.name, Contents{version}, u"first"_s);
        QVERIFY(m_ws->apply(first));
        SetEnvironmentInventory second(staging.id, staging.name, before, u"second"_s);
        QVERIFY(m_ws->apply(second));
        const auto refused = m_ws->revert(first);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"changed since"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(*m_ws->delivery().inventory(staging.id), before);
        QVERIFY(m_ws->revert(second));
        QVERIFY(m_ws->revert(first));
        QCOMPARE(*m_ws->delivery().inventory(staging.id), before);
    }

    void theDemoKeepsEveryInvariant() {
        const QStringList broken = test::brokenInvariants(*m_ws, test::fixedNow());
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void actAsUnknownPersonIsRefused() {
        const auto result = m_ws->actAs(u"mallory"_s);
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"mallory"_s));
        QCOMPARE(m_ws->actingPerson().login, u"alice"_s);
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
