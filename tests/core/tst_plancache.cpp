// The plans the write door keeps in memory between changes: whatever happens, a schedule read
// from them equals one computed afresh from the database.
#include "TestSupport.h"

#include "changes/PlanChanges.h"
#include "changes/RecordChanges.h"
#include "import/MspdiExport.h"
#include "import/MspdiReader.h"
#include "import/MspdiWriter.h"
#include "planning/PlanCache.h"
#include "planning/ReleasePlanning.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QDir>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Each task's id with its start, finish, float and critical flag, to compare two schedules.
QStringList datesOf(const ReleaseSchedule &schedule) {
    QStringList dates;
    for (const ScheduledTask &t : schedule.tasks)
        dates.append(u"%1 %2 %3 %4 float %5 free %6 %7"_s.arg(t.task.id)
                         .arg(t.task.name, t.start.toString(Qt::ISODate), t.finish.toString(Qt::ISODate))
                         .arg(t.times.totalFloat)
                         .arg(t.times.freeFloat)
                         .arg(t.times.critical ? u"critical"_s : QString()));
    dates.sort();
    return dates;
}

} // namespace

class TestPlanCache : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    Id m_release = 0;

    PlanTask task(const QString &name) {
        const auto tasks = *m_ws->plan().tasks(m_release);
        return *std::find_if(tasks.cbegin(), tasks.cend(), [&](const PlanTask &t) { return t.name == name; });
    }
    Result<void> lengthen(Workspace &ws, const PlanTask &before, qint64 minutes) {
        PlanTask after = before;
        after.duration += minutes;
        if (after.pessimistic >= 0)
            after.pessimistic += minutes; // keeps the three-point estimate in order
        EditRecord<PlanTask> edit(before, after);
        return ws.apply(edit);
    }
    QStringList cached() { return datesOf(*m_ws->plans().schedule(*m_ws, m_release)); }
    QStringList fresh() { return datesOf(*planning::scheduleRelease(*m_ws, m_release)); }

private Q_SLOTS:
    void init() {
        test::removeDatabase(m_folder.path(u"plans.db"_s));
        m_ws = test::openWorkspace(m_folder.path(u"plans.db"_s));
        QVERIFY(m_ws);
        m_release = m_ws->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        QVERIFY(m_ws->plans().schedule(*m_ws, m_release)); // kept from now on
    }
    void cleanup() { m_ws.reset(); }

    /// Imports the plan into a new release (and then once more into the same one) and checks
    /// that what the door computed and kept equals what reading the release back computes.
    void importAndCompare(const ImportedSchedule &plan, const QString &name) {
        Release release;
        release.name = name;
        release.version = u"1"_s;
        release.plannedStart = QDate(2026, 3, 2);
        release.ownerId = m_ws->actingPerson().id;
        CreateRecord<Release> create(release);
        QVERIFY2(m_ws->apply(create), qPrintable(name));
        const Id id = create.record().id;
        // The first import writes the release's whole plan and hands the rows to the door; the
        // second adds to a plan and is read back.
        for (int round = 0; round < 2; ++round) {
            ImportSchedule import(id, plan, name);
            const auto applied = m_ws->apply(import);
            QVERIFY2(applied, qPrintable(applied.errorMessage()));
            auto kept = m_ws->plans().schedule(*m_ws, id);
            QVERIFY2(kept, qPrintable(kept.errorMessage()));
            QCOMPARE(kept->tasks.size(), qsizetype(plan.input.tasks.size()) * (round + 1));
            const QStringList keptDates = datesOf(*kept);
            m_ws->plans().forgetAll();
            QCOMPARE(datesOf(*m_ws->plans().schedule(*m_ws, id)), keptDates);
            if (round == 0) {
                // Undo, then redo: a redo is a new write, handed to the door and checked again.
                QVERIFY(m_ws->revert(import));
                QVERIFY(m_ws->plan().tasks(id)->isEmpty());
                const auto redone = m_ws->apply(import);
                QVERIFY2(redone, qPrintable(redone.errorMessage()));
                const QStringList redoneDates = datesOf(*m_ws->plans().schedule(*m_ws, id));
                QCOMPARE(redoneDates, keptDates);
                m_ws->plans().forgetAll();
                QCOMPARE(datesOf(*m_ws->plans().schedule(*m_ws, id)), keptDates);
            }
        }
    }

    void anEditInPlaceIsScheduledAsAFreshReadWould() {
        const QStringList before = cached();
        QVERIFY(lengthen(*m_ws, task(u"Performance test"_s), 3 * 480));
        QVERIFY(cached() != before);
        QCOMPARE(cached(), fresh());
        QVERIFY(lengthen(*m_ws, task(u"Build release candidate"_s), 480));
        QCOMPARE(cached(), fresh());
    }

    void anImportIsScheduledAsAFreshReadWould() {
        auto document = mspdi_export::documentOf(*m_ws, m_release);
        QVERIFY2(document, qPrintable(document.errorMessage()));
        auto autumn = MspdiReader::readBytes(MspdiWriter::write(*document), u"autumn.xml"_s);
        QVERIFY2(autumn, qPrintable(autumn.errorMessage()));
        importAndCompare(*autumn, u"autumn.xml"_s);
        const QDir corpus(qEnvironmentVariable("RELM_SOURCE_DIR") + u"/../shared/conformance/mspdi"_s);
        for (const QString &file : corpus.entryList({u"*.xml"_s}, QDir::Files, QDir::Name)) {
            auto plan = MspdiReader::read(corpus.filePath(file));
            QVERIFY2(plan, qPrintable(plan.errorMessage()));
            importAndCompare(*plan, file);
        }
    }

    void anImportedCycleIsRefusedAndLeavesNothing() {
        // The plan handed to the door (and scheduled beside its writing) has a loop: refused,
        // nothing written, nothing kept in memory.
        auto document = mspdi_export::documentOf(*m_ws, m_release);
        QVERIFY(document);
        auto plan = MspdiReader::readBytes(MspdiWriter::write(*document), u"loop.xml"_s);
        QVERIFY(plan);
        ImportedSchedule looped = *plan;
        const int last = int(looped.input.tasks.size()) - 1;
        looped.input.links.push_back({last, 1, LinkType::FinishToStart, 0, 0, false});
        looped.input.links.push_back({1, last, LinkType::FinishToStart, 0, 0, false});
        Release release;
        release.name = u"Loop"_s;
        release.version = u"1"_s;
        release.plannedStart = QDate(2026, 3, 2);
        release.ownerId = m_ws->actingPerson().id;
        CreateRecord<Release> create(release);
        QVERIFY(m_ws->apply(create));
        const Id id = create.record().id;
        const qsizetype auditBefore = m_ws->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        ImportSchedule import(id, looped, u"loop.xml"_s);
        const auto refused = m_ws->apply(import);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Loop"_s), qPrintable(refused.errorMessage()));
        QVERIFY(m_ws->plan().tasks(id)->isEmpty());
        QCOMPARE(m_ws->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong(), auditBefore);
        auto empty = m_ws->plans().schedule(*m_ws, id);
        QVERIFY(empty);
        QVERIFY(empty->tasks.isEmpty());
        QCOMPARE(cached(), fresh()); // the rest is untouched
    }

    void anotherConnectionsEditIsSeen() {
        const QStringList before = cached();
        auto other = test::openWorkspace(m_folder.path(u"plans.db"_s), true, u"bob"_s);
        QVERIFY(other);
        QCOMPARE(other->actingPerson().login, u"bob"_s);
        const auto tasks = *other->plan().tasks(m_release);
        const PlanTask perf = *std::find_if(tasks.cbegin(), tasks.cend(),
                                            [](const PlanTask &t) { return t.name == u"Performance test"_s; });
        const auto edited = lengthen(*other, perf, 5 * 480);
        QVERIFY2(edited, qPrintable(edited.errorMessage()));
        QVERIFY(cached() != before);
        QCOMPARE(cached(), fresh());
        // And the next edit here builds on it, not on what was kept before.
        QVERIFY(lengthen(*m_ws, task(u"Build release candidate"_s), 480));
        QCOMPARE(cached(), fresh());
        QCOMPARE(task(u"Performance test"_s).duration, perf.duration + 5 * 480);
    }

    void aWritePastTheDoorIsSeen() {
        const QStringList before = cached();
        PlanTask perf = task(u"Performance test"_s);
        perf.duration += 10 * 480;
        QVERIFY(m_ws->plan().update(perf)); // as old data or a repair would
        QVERIFY(cached() != before);
        QCOMPARE(cached(), fresh());
    }

    void everyConstraintKindIsStoredAndScheduledAlike() {
        const QDateTime date = m_ws->plans().schedule(*m_ws, m_release)->start.addDays(10);
        for (int kind = 0; kind < 8; ++kind) {
            const PlanTask before = task(u"Performance test"_s);
            PlanTask after = before;
            after.constraint = ConstraintType(kind);
            after.constraintDate = constraintHasDate(after.constraint) ? date : QDateTime();
            EditRecord<PlanTask> edit(before, after);
            const auto applied = m_ws->apply(edit);
            QVERIFY2(applied, qPrintable(constraintKey(after.constraint) + u": "_s + applied.errorMessage()));
            const PlanTask stored = task(u"Performance test"_s);
            QCOMPARE(stored.constraint, after.constraint);
            QCOMPARE(stored.constraintDate, after.constraintDate);
            QCOMPARE(cached(), fresh());
        }
    }

    void aDatedConstraintWithoutItsDateIsRefused() {
        const QStringList before = cached();
        const PlanTask perf = task(u"Performance test"_s);
        for (const ConstraintType kind :
             {ConstraintType::StartNoLaterThan, ConstraintType::FinishNoEarlierThan, ConstraintType::MustFinishOn}) {
            PlanTask undated = perf;
            undated.constraint = kind;
            undated.constraintDate = {};
            EditRecord<PlanTask> edit(perf, undated);
            const auto refused = m_ws->apply(edit);
            QVERIFY(!refused);
            QVERIFY2(refused.errorMessage().contains(u"date"_s), qPrintable(refused.errorMessage()));
            QCOMPARE(task(u"Performance test"_s).constraint, perf.constraint);
        }
        QCOMPARE(cached(), before);
    }

    void aRefusedChangeLeavesNothingInMemory() {
        const QStringList before = cached();
        PlanTask perf = task(u"Performance test"_s);
        PlanTask renamed = perf;
        renamed.name = u"Build release candidate"_s; // a name the release already has
        EditRecord<PlanTask> refused(perf, renamed);
        QVERIFY(!m_ws->apply(refused));
        QCOMPARE(cached(), before);
        QCOMPARE(cached(), fresh());
    }

    void aChangeInsideAnOpenTransactionCountsOnlyOnceCommitted() {
        const QStringList before = cached();
        const PlanTask perf = task(u"Performance test"_s);
        const auto rolledBack = m_ws->database().transaction([&]() -> Result<void> {
            if (auto r = lengthen(*m_ws, perf, 4 * 480); !r)
                return r;
            return makeError(ErrorCode::Invalid, u"taken back"_s);
        });
        QVERIFY(!rolledBack);
        QCOMPARE(cached(), before);
        QCOMPARE(cached(), fresh());
    }

    void undoingAnEditReturnsToTheSameDates() {
        const QStringList before = cached();
        const PlanTask perf = task(u"Performance test"_s);
        PlanTask after = perf;
        after.duration += 2 * 480;
        after.pessimistic = std::max(after.pessimistic, after.duration);
        EditRecord<PlanTask> edit(perf, after);
        QVERIFY(m_ws->apply(edit));
        QVERIFY(m_ws->revert(edit));
        QCOMPARE(cached(), before);
        QCOMPARE(cached(), fresh());
    }
};

QTEST_GUILESS_MAIN(TestPlanCache)
#include "tst_plancache.moc"
