#pragma once

#include "Result.h"
#include "changes/ChangeNotice.h"
#include "planning/ReleasePlanning.h"
#include "storage/Database.h"

#include <QFuture>

#include <memory>
#include <optional>
#include <unordered_map>

namespace relm {

class Workspace;
struct WrittenPlan;

namespace planning {

/// Release plans as last scheduled, kept in memory between changes so that an edit of one task's
/// dates or duration (a dragged bar) is checked at the write door and shown in the chart without
/// reading and building the release's plan again. It trusts nothing it did not see: before each
/// use it compares the database's write stamp with the one it saw last, and forgets everything
/// when anyone else wrote (another connection, or a write past the door).
class PlanCache final {
public:
    explicit PlanCache(Database &database);
    ~PlanCache();
    Q_DISABLE_COPY_MOVE(PlanCache)

    /// The release's schedule for what the database holds now (for views).
    Result<ReleaseSchedule> schedule(Workspace &workspace, Id releaseId);

    /// For the write door, inside the transaction of a change that sent `notices`: the release's
    /// schedule with the change applied, computed in memory when the change only edited tasks of
    /// this release in place, from `written` when the change wrote the release's whole plan, else
    /// read anew. The result counts only once the change commits.
    Result<ReleaseSchedule> scheduleAfter(Workspace &workspace, Id releaseId, const QList<ChangeNotice> &notices,
                                          const WrittenPlan *written = nullptr);

    /// For the write door, when a change hands over a release's whole plan before writing it:
    /// schedules it on another thread while the change writes; scheduleAfter() with the same
    /// plan takes the result.
    void startScheduling(Workspace &workspace, const WrittenPlan &written);

    /// Call before a change runs: forgets everything if someone else wrote since the last change.
    void beginChange();
    /// Call after the change committed: keeps what it recomputed, forgets plans it may have moved.
    void changeCommitted(const QList<ChangeNotice> &notices);
    /// Call when the change was refused or rolled back, or ran inside a transaction that is not
    /// committed yet: forgets everything it may have seen.
    void forgetAll();

private:
    struct Entry {
        std::unique_ptr<ReleasePlan> plan;
        std::optional<ReleaseSchedule> schedule;
        bool recomputedInChange = false;
    };
    static bool movesPlans(const ChangeNotice &notice);
    static bool editsTasksOfOnly(Id releaseId, const QList<ChangeNotice> &notices);
    /// A plan being scheduled on another thread; the plan must outlive the computation.
    struct Pending {
        const WrittenPlan *written = nullptr;
        std::unique_ptr<ReleasePlan> plan;
        QFuture<Result<ReleaseSchedule>> schedule;
    };
    void dropPending();
    Result<ReleaseSchedule> computeInto(Entry &entry);
    Result<ReleaseSchedule> loadAndCompute(Workspace &workspace, Id releaseId, const WrittenPlan *written = nullptr);
    void forgetIfWrittenElsewhere();
    void clear();

    Database &m_database;
    std::optional<Database::WriteStamp> m_seen;
    std::unordered_map<Id, Entry> m_entries;
    std::optional<Pending> m_pending;
};

} // namespace planning
} // namespace relm
