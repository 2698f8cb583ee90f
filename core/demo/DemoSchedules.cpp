#include "DemoSchedules.h"

#include "changes/PlanChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "planning/ReleasePlanning.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr qint64 day = 480;

struct DemoTask {
    const char *key;
    const char *name;
    const char *phase; ///< key of its phase, nullptr at top level
    double days;       ///< 0 for a milestone, -1 for a phase
    double optimistic;
    double pessimistic;
    const char *environment;
    bool deployment;
    bool emergency;
    int percent;
    QList<std::pair<const char *, LinkType>> after; ///< predecessors by key
};

using L = LinkType;

const QList<std::pair<const char *, QList<DemoTask>>> plans = {
    {"2026.4 Autumn",
     {
         {"build-phase", "Build and test", nullptr, -1, 0, 0, nullptr, false, false, 0, {}},
         {"build", "Build release candidate", "build-phase", 3, 2, 5, "Build", false, false, 100, {}},
         {"integration",
          "Integration test",
          "build-phase",
          10,
          8,
          14,
          "Test",
          false,
          false,
          100,
          {{"build", L::FinishToStart}}},
         {"performance",
          "Performance test",
          "build-phase",
          3,
          2,
          6,
          "Test",
          false,
          false,
          100,
          {{"integration", L::StartToStart}}},
         {"acceptance-phase", "Acceptance", nullptr, -1, 0, 0, nullptr, false, false, 0, {}},
         {"staging",
          "Deploy to Staging",
          "acceptance-phase",
          1,
          1,
          2,
          "Staging",
          true,
          false,
          100,
          {{"integration", L::FinishToStart}}},
         {"uat",
          "User acceptance on Staging",
          "acceptance-phase",
          10,
          7,
          16,
          "Staging",
          false,
          false,
          40,
          {{"staging", L::FinishToStart}}},
         {"notes", "Draft release notes", "acceptance-phase", 2, 1, 3, nullptr, false, false, 0, {}},
         {"cab",
          "Change board approval",
          "acceptance-phase",
          0,
          0,
          0,
          nullptr,
          false,
          false,
          0,
          {{"uat", L::FinishToStart}, {"performance", L::FinishToStart}, {"notes", L::FinishToStart}}},
         {"rollout-phase", "Roll-out", nullptr, -1, 0, 0, nullptr, false, false, 0, {}},
         {"production",
          "Deploy to Production",
          "rollout-phase",
          1,
          1,
          2,
          "Production",
          true,
          false,
          0,
          {{"cab", L::FinishToStart}}},
         {"support",
          "Early-life support",
          "rollout-phase",
          5,
          5,
          8,
          nullptr,
          false,
          false,
          0,
          {{"production", L::FinishToStart}}},
         {"review",
          "Post-release review",
          "rollout-phase",
          0,
          0,
          0,
          nullptr,
          false,
          false,
          0,
          {{"support", L::FinishToStart}}},
     }},
    {"Hotfix 2026.3.1",
     {
         {"fix", "Fix and build", nullptr, 1, 1, 2, "Build", false, false, 100, {}},
         {"regression",
          "Regression test on Staging",
          nullptr,
          3,
          2,
          4,
          "Staging",
          false,
          false,
          30,
          {{"fix", L::FinishToStart}}},
         {"ecab",
          "Emergency change board",
          nullptr,
          0,
          0,
          0,
          nullptr,
          false,
          false,
          0,
          {{"regression", L::FinishToStart}}},
         {"deploy",
          "Deploy hotfix to Production",
          nullptr,
          1,
          1,
          1,
          "Production",
          true,
          true,
          0,
          {{"ecab", L::FinishToStart}}},
     }},
    {"2027.1 Winter",
     {
         {"platform", "Platform upgrade build", nullptr, 5, 4, 8, "Build", false, false, 0, {}},
         {"rehearsal",
          "Dress rehearsal on Staging",
          nullptr,
          3,
          2,
          5,
          "Staging",
          false,
          false,
          0,
          {{"platform", L::FinishToStart}}},
         {"deploy",
          "Deploy to Production",
          nullptr,
          1,
          1,
          2,
          "Production",
          true,
          false,
          0,
          {{"rehearsal", L::FinishToStart}}},
     }},
};

/// Tasks with a date constraint other than as soon as possible, by "release/key": the release
/// notes are drafted as late as the change board allows, so that they describe the final scope.
const QHash<QString, ConstraintType> demoConstraints = {
    {u"2026.4 Autumn/notes"_s, ConstraintType::AsLateAsPossible},
};

class ScheduleSeeder final {
public:
    ScheduleSeeder(Workspace &ws, const QDate &today)
        : m_ws(ws)
        , m_today(today) {}

    Result<void> run() {
        if (auto environments = m_ws.directory().environments()) {
            for (const Environment &e : *environments)
                m_environments.insert(e.name, e.id);
        }
        // The year-end freeze sits where the Autumn production deployment would otherwise land.
        CreateRecord<ChangeWindow> freeze(
            ChangeWindow::freeze(u"Year-end change freeze"_s, QDateTime(m_today.addDays(10), QTime(0, 0)),
                                 QDateTime(m_today.addDays(28), QTime(0, 0)), m_environments.value(u"Production"_s)));
        if (auto r = m_ws.apply(freeze); !r)
            return r;
        for (const auto &[release, tasks] : plans) {
            if (auto r = seedRelease(QString::fromUtf8(release), tasks); !r)
                return r;
        }
        // Winter's platform work waits for Autumn in production (a cross-release dependency).
        if (auto r = link(u"2027.1 Winter/platform"_s, u"2026.4 Autumn/production"_s, L::FinishToStart); !r)
            return r;
        return extendAutumnAfterBaseline();
    }

private:
    Result<void> seedRelease(const QString &releaseName, const QList<DemoTask> &tasks) {
        auto release = m_ws.releases().releaseByName(releaseName);
        if (!release)
            return release.error();
        int position = 0;
        for (const DemoTask &d : tasks) {
            PlanTask t;
            t.releaseId = release->id;
            t.position = position++;
            t.name = QString::fromUtf8(d.name);
            t.parentId = d.phase ? m_tasks.value(releaseName + u'/' + QString::fromLatin1(d.phase)).id : 0;
            t.milestone = d.days == 0;
            t.duration = d.days > 0 ? qint64(d.days * day) : 0;
            if (d.days > 0 && d.pessimistic > 0) {
                t.optimistic = qint64(d.optimistic * day);
                t.pessimistic = qint64(d.pessimistic * day);
            }
            t.environmentId = d.environment ? m_environments.value(QString::fromLatin1(d.environment)) : 0;
            t.deployment = d.deployment;
            t.emergency = d.emergency;
            t.percentComplete = d.percent;
            t.constraint = demoConstraints.value(releaseName + u'/' + QString::fromLatin1(d.key),
                                                 ConstraintType::AsSoonAsPossible);
            CreateRecord<PlanTask> create(t);
            if (auto r = m_ws.apply(create); !r)
                return r;
            m_tasks.insert(releaseName + u'/' + QString::fromLatin1(d.key), create.record());
            for (const auto &[predecessor, type] : d.after) {
                if (auto r = link(releaseName + u'/' + QString::fromLatin1(d.key),
                                  releaseName + u'/' + QString::fromLatin1(predecessor), type);
                    !r)
                    return r;
            }
        }
        return {};
    }

    Result<void> link(const QString &successor, const QString &predecessor, LinkType type) {
        CreateRecord<PlanLink> create(PlanLink{0, m_tasks.value(predecessor).id, m_tasks.value(successor).id, type,
                                               type == L::StartToStart ? 2 * day : 0, 0, false});
        return m_ws.apply(create);
    }

    /// The plan of record was baselined; user acceptance then needed three more days.
    Result<void> extendAutumnAfterBaseline() {
        auto autumn = m_ws.releases().releaseByName(u"2026.4 Autumn"_s);
        if (!autumn)
            return autumn.error();
        auto computed = planning::baselineOf(m_ws, autumn->id, u"Plan of record"_s);
        if (!computed)
            return computed.error();
        PlanBaseline baseline = *computed;
        baseline.savedAt = m_today.addDays(-18).startOfDay(Qt::UTC).addSecs(9 * 3600);
        SaveScheduleBaseline save(baseline);
        if (auto r = m_ws.apply(save); !r)
            return r;
        const PlanTask uat = m_tasks.value(u"2026.4 Autumn/uat"_s);
        PlanTask longer = uat;
        longer.duration += 3 * day;
        longer.pessimistic += 3 * day;
        EditRecord<PlanTask> extend(uat, longer);
        return m_ws.apply(extend);
    }

    Workspace &m_ws;
    QDate m_today;
    QHash<QString, Id> m_environments;
    QHash<QString, PlanTask> m_tasks;
};

} // namespace

Result<void> seedDemoSchedules(Workspace &workspace, const QDate &today) {
    return ScheduleSeeder(workspace, today).run();
}

} // namespace relm
