#include "CpmKernel.h"

#include "schedule/Scheduler.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace relm {

namespace {

bool applies(const FreezeWindow &window, const ScheduleTask &task) {
    if (!window.groups.isEmpty() && !window.groups.contains(task.group))
        return false;
    return window.environment.isEmpty() || window.environment.compare(task.environment, Qt::CaseInsensitive) == 0;
}

constexpr qint64 kNotFixed = std::numeric_limits<qint64>::min();

} // namespace

CpmKernel::CpmKernel(const ScheduleInput &input, const ScheduleGraph &graph,
                     std::shared_ptr<const WorkTimeline> timeline)
    : m_input(input)
    , m_graph(graph)
    , m_timeline(std::move(timeline))
    , m_constraint(input.tasks.size(), 0)
    , m_calendarOf(input.tasks.size(), -1)
    , m_constraintType(input.tasks.size(), ConstraintType::AsSoonAsPossible)
    , m_respectsFreezes(input.tasks.size(), 0)
    , m_notStarted(input.tasks.size(), 0)
    , m_fixedStart(input.tasks.size(), kNotFixed)
    , m_fixedFinish(input.tasks.size(), kNotFixed)
    , m_remainingPercent(input.tasks.size(), 0)
    , m_linksBeatConstraints(input.linksBeatConstraints) {
    for (const WorkCalendar &calendar : input.taskCalendars)
        m_calendars.push_back(std::make_unique<WorkTimeline>(calendar, input.projectStart));
    for (size_t i = 0; i < input.tasks.size(); ++i) {
        const ScheduleTask &t = input.tasks[i];
        if (t.constraint != ConstraintType::AsSoonAsPossible)
            m_constraint[i] = m_timeline->offsetAt(t.constraintDate);
        m_constraintType[i] = t.constraint;
        m_calendarOf[i] = t.calendar >= 0 && t.calendar < int(m_calendars.size()) ? t.calendar : -1;
        m_respectsFreezes[i] = t.deployment && !t.emergency && !input.freezeWindows.empty();
        m_notStarted[i] = t.percentComplete == 0 && !t.fixedStart.isValid();
        if (t.fixedStart.isValid())
            m_fixedStart[i] = m_timeline->offsetAt(t.fixedStart);
        if (t.fixedFinish.isValid())
            m_fixedFinish[i] = m_timeline->offsetAt(t.fixedFinish);
    }
    inheritSummaryConstraints();
    for (const FreezeWindow &w : input.freezeWindows)
        m_windows.push_back({m_timeline->offsetAt(w.start), m_timeline->offsetAt(w.end), &w});
    std::sort(m_windows.begin(), m_windows.end(), [](const Window &a, const Window &b) { return a.start < b.start; });
    m_statusOffset = input.statusDate.isValid() ? std::max<qint64>(0, m_timeline->offsetAt(input.statusDate)) : 0;
    m_statusOf.assign(input.tasks.size(), m_statusOffset);
    for (size_t i = 0; i < input.tasks.size(); ++i) {
        const ScheduleTask &t = input.tasks[i];
        if (t.statusDate.isValid())
            m_statusOf[i] = std::max<qint64>(0, m_timeline->offsetAt(t.statusDate));
        if ((t.statusDate.isValid() || input.statusDate.isValid()) && t.fixedStart.isValid() &&
            !t.fixedFinish.isValid() && t.percentComplete > 0 && t.percentComplete < 100)
            m_remainingPercent[i] = 100 - t.percentComplete;
    }
}

CpmKernel::~CpmKernel() = default;

// Tasks on their own calendar convert through instants; the usual case is integer arithmetic.
qint64 CpmKernel::finishFrom(int task, qint64 start, qint64 duration) const {
    const int calendar = m_calendarOf[size_t(task)];
    if (calendar < 0)
        return start + duration;
    const WorkTimeline &own = *m_calendars[size_t(calendar)];
    const qint64 ownStart = own.offsetAt(m_timeline->instantAt(start, WorkTimeline::Edge::Start));
    return m_timeline->offsetAt(own.instantAt(ownStart + duration, WorkTimeline::Edge::Finish));
}

qint64 CpmKernel::startFor(int task, qint64 finish, qint64 duration) const {
    const int calendar = m_calendarOf[size_t(task)];
    if (calendar < 0)
        return finish - duration;
    const WorkTimeline &own = *m_calendars[size_t(calendar)];
    const qint64 ownFinish = own.offsetAt(m_timeline->instantAt(finish, WorkTimeline::Edge::Finish));
    return m_timeline->offsetAt(own.instantAt(ownFinish - duration, WorkTimeline::Edge::Start));
}

std::optional<std::pair<QDateTime, QDateTime>> CpmKernel::ownDates(int task, qint64 start, qint64 duration) const {
    const int calendar = m_calendarOf[size_t(task)];
    if (calendar < 0)
        return std::nullopt;
    const WorkTimeline &own = *m_calendars[size_t(calendar)];
    // A milestone sits at the end of the work before it (17:00), as ScheduleResult::startOf places
    // it: never after its own finish.
    const auto startEdge = duration == 0 ? WorkTimeline::Edge::Finish : WorkTimeline::Edge::Start;
    const qint64 ownStart = own.offsetAt(m_timeline->instantAt(start, startEdge));
    const bool computedFinish = m_fixedFinish[size_t(task)] == kNotFixed && m_remainingPercent[size_t(task)] == 0;
    return std::pair{own.instantAt(ownStart, startEdge),
                     computedFinish
                         ? own.instantAt(ownStart + duration, WorkTimeline::Edge::Finish)
                         : m_timeline->instantAt(finishOf(task, start, duration), WorkTimeline::Edge::Finish)};
}

void CpmKernel::inheritSummaryConstraints() {
    const size_t n = m_input.tasks.size();
    m_inheritedFloor.assign(n, std::numeric_limits<qint64>::min());
    m_inheritedCeiling.assign(n, std::numeric_limits<qint64>::max());
    // The graph refused loops of summary tasks, so each walk up ends.
    for (size_t i = 0; i < n; ++i) {
        for (int p = m_input.tasks[i].parent; p >= 0 && size_t(p) < n; p = m_input.tasks[size_t(p)].parent) {
            const ConstraintType type = m_constraintType[size_t(p)];
            if (type == ConstraintType::StartNoEarlierThan || type == ConstraintType::MustStartOn)
                m_inheritedFloor[i] = std::max(m_inheritedFloor[i], m_constraint[size_t(p)]);
            else if (type == ConstraintType::FinishNoLaterThan)
                m_inheritedCeiling[i] = std::min(m_inheritedCeiling[i], m_constraint[size_t(p)]);
        }
    }
}

qint64 CpmKernel::constrainedStart(int task, qint64 linkStart) const {
    const auto t = size_t(task);
    if (m_fixedStart[t] != kNotFixed)
        return m_fixedStart[t];
    linkStart = std::max(linkStart, m_inheritedFloor[t]);
    switch (m_constraintType[t]) {
    case ConstraintType::StartNoEarlierThan:
        return std::max(linkStart, m_constraint[t]);
    case ConstraintType::MustStartOn:
        return m_linksBeatConstraints ? std::max(linkStart, m_constraint[t]) : m_constraint[t];
    default:
        return linkStart;
    }
}

qint64 CpmKernel::finishOf(int task, qint64 start, qint64 duration) const {
    const auto t = size_t(task);
    if (m_fixedFinish[t] != kNotFixed)
        return std::max(start, m_fixedFinish[t]);
    qint64 finish = finishFrom(task, start, duration);
    if (m_remainingPercent[t] > 0 && m_statusOf[t] > start) {
        const qint64 remaining = duration * m_remainingPercent[t] / 100;
        finish = std::max(finish, finishFrom(task, m_statusOf[t], remaining));
    }
    return finish;
}

void CpmKernel::Dates::resize(size_t n) {
    early.resize(2 * n);
    late.resize(2 * n);
}

qint64 CpmKernel::pushPastFreezes(int t, qint64 es, qint64 duration, qint64 &ef, QStringList *notes,
                                  std::vector<int> *noteTasks) const {
    // Push past every freeze window the work would touch, as often as needed.
    const ScheduleTask &task = m_input.tasks[size_t(t)];
    for (bool moved = true; moved;) {
        moved = false;
        for (const Window &w : m_windows) {
            const bool overlaps = es < w.end && (ef > w.start || (es == ef && es >= w.start));
            if (!overlaps || !applies(*w.source, task))
                continue;
            if (notes)
                notes->append(
                    QCoreApplication::translate("relm::Scheduler",
                                                "\u201C%1\u201D was moved after the change freeze \u201C%2\u201D "
                                                "(%3 to %4); deployments may not run in it unless authorised as an "
                                                "emergency.")
                        .arg(task.name, w.source->name, w.source->start.date().toString(Qt::ISODate),
                             w.source->end.addSecs(-1).date().toString(Qt::ISODate)));
            if (noteTasks)
                noteTasks->push_back(t);
            es = w.end;
            ef = finishFrom(t, es, duration);
            moved = true;
        }
    }
    return es;
}

qint64 CpmKernel::forward(const std::vector<qint64> &durations, Dates &d) const {
    const ScheduleGraph &g = m_graph;
    qint64 finish = 0;
    qint64 *const early = d.early.data();
    for (const int t : g.order) {
        const qint64 duration = durations[size_t(t)];
        qint64 start = m_notStarted[size_t(t)] ? m_statusOf[size_t(t)] : 0;
        const int first = g.predecessorBegin[size_t(t)];
        const int last = g.predecessorBegin[size_t(t) + 1];
        if (m_calendarOf[size_t(t)] < 0) {
            // Branch-free: read the predecessor's start or finish, add the lag, subtract the own duration for xF links.
            for (int k = first; k < last; ++k) {
                const ScheduleGraph::FastEdge &e = g.fastIncoming[size_t(k)];
                start = std::max(start, early[e.index] + e.lag - duration * e.withDuration);
            }
        } else {
            for (int k = first; k < last; ++k) {
                const ScheduleGraph::FastEdge &e = g.fastIncoming[size_t(k)];
                const qint64 at = early[e.index] + e.lag;
                start = std::max(start, e.withDuration ? startFor(t, at, duration) : at);
            }
        }
        start = constrainedStart(t, start);
        qint64 finishAt = finishOf(t, start, duration);
        if (m_respectsFreezes[size_t(t)])
            start = pushPastFreezes(t, start, duration, finishAt, nullptr);
        early[2 * t] = start;
        early[2 * t + 1] = finishAt;
        finish = std::max(finish, finishAt);
    }
    return finish;
}

void CpmKernel::backward(const std::vector<qint64> &durations, Dates &d, qint64 finish,
                         std::vector<int> &criticalCounts) const {
    const ScheduleGraph &g = m_graph;
    const qint64 *const early = d.early.data();
    qint64 *const late = d.late.data();
    for (auto it = g.order.rbegin(); it != g.order.rend(); ++it) {
        const int t = *it;
        const qint64 duration = durations[size_t(t)];
        qint64 lateFinish = finish;
        const int first = g.successorBegin[size_t(t)];
        const int last = g.successorBegin[size_t(t) + 1];
        if (m_calendarOf[size_t(t)] < 0) {
            for (int k = first; k < last; ++k) {
                const ScheduleGraph::FastEdge &e = g.fastOutgoing[size_t(k)];
                lateFinish = std::min(lateFinish, late[e.index] - e.lag + duration * e.withDuration);
            }
        } else {
            for (int k = first; k < last; ++k) {
                const ScheduleGraph::FastEdge &e = g.fastOutgoing[size_t(k)];
                const qint64 at = late[e.index] - e.lag;
                lateFinish = std::min(lateFinish, e.withDuration ? finishFrom(t, at, duration) : at);
            }
        }
        lateFinish = std::min(lateFinish, m_inheritedCeiling[size_t(t)]);
        const ConstraintType constraint = m_constraintType[size_t(t)];
        if (constraint == ConstraintType::FinishNoLaterThan)
            lateFinish = std::min(lateFinish, m_constraint[size_t(t)]);
        else if (constraint == ConstraintType::MustStartOn)
            lateFinish = finishFrom(t, m_constraint[size_t(t)], duration);
        const qint64 lateStart = startFor(t, lateFinish, duration);
        late[2 * t] = lateStart;
        late[2 * t + 1] = lateFinish;
        criticalCounts[size_t(t)] += lateStart <= early[2 * t] ? 1 : 0;
    }
}

qint64 CpmKernel::forward(const std::vector<qint64> &durations, std::vector<TaskTimes> &times, QStringList *notes,
                          std::vector<int> *noteTasks) const {
    const ScheduleGraph &g = m_graph;
    qint64 finish = 0;
    for (const int t : g.order) {
        const qint64 duration = durations[size_t(t)];
        qint64 es = m_notStarted[size_t(t)] ? m_statusOf[size_t(t)] : 0;
        for (int k = g.predecessorBegin[size_t(t)]; k < g.predecessorBegin[size_t(t) + 1]; ++k) {
            const ScheduleGraph::Edge &e = g.incoming[size_t(k)];
            const TaskTimes &p = times[size_t(e.from)];
            switch (e.type) {
            case LinkType::FinishToStart:
                es = std::max(es, p.earlyFinish + e.lag);
                break;
            case LinkType::StartToStart:
                es = std::max(es, p.earlyStart + e.lag);
                break;
            case LinkType::FinishToFinish:
                es = std::max(es, startFor(t, p.earlyFinish + e.lag, duration));
                break;
            case LinkType::StartToFinish:
                es = std::max(es, startFor(t, p.earlyStart + e.lag, duration));
                break;
            }
        }
        es = constrainedStart(t, es);
        qint64 ef = finishOf(t, es, duration);

        if (m_respectsFreezes[size_t(t)])
            es = pushPastFreezes(t, es, duration, ef, notes, noteTasks);
        times[size_t(t)].earlyStart = es;
        times[size_t(t)].earlyFinish = ef;
        finish = std::max(finish, ef);
    }
    return finish;
}

void CpmKernel::backward(const std::vector<qint64> &durations, std::vector<TaskTimes> &times, qint64 finish) const {
    const ScheduleGraph &g = m_graph;
    for (auto it = g.order.rbegin(); it != g.order.rend(); ++it) {
        const int t = *it;
        const qint64 duration = durations[size_t(t)];
        qint64 lf = finish;
        qint64 freeFloat = std::numeric_limits<qint64>::max();
        TaskTimes &me = times[size_t(t)];
        for (int k = g.successorBegin[size_t(t)]; k < g.successorBegin[size_t(t) + 1]; ++k) {
            const ScheduleGraph::Edge &e = g.outgoing[size_t(k)];
            const TaskTimes &s = times[size_t(e.to)];
            switch (e.type) {
            case LinkType::FinishToStart:
                lf = std::min(lf, s.lateStart - e.lag);
                freeFloat = std::min(freeFloat, s.earlyStart - (me.earlyFinish + e.lag));
                break;
            case LinkType::StartToStart:
                lf = std::min(lf, finishFrom(t, s.lateStart - e.lag, duration));
                freeFloat = std::min(freeFloat, s.earlyStart - (me.earlyStart + e.lag));
                break;
            case LinkType::FinishToFinish:
                lf = std::min(lf, s.lateFinish - e.lag);
                freeFloat = std::min(freeFloat, s.earlyFinish - (me.earlyFinish + e.lag));
                break;
            case LinkType::StartToFinish:
                lf = std::min(lf, finishFrom(t, s.lateFinish - e.lag, duration));
                freeFloat = std::min(freeFloat, s.earlyFinish - (me.earlyStart + e.lag));
                break;
            }
        }
        lf = std::min(lf, m_inheritedCeiling[size_t(t)]);
        const ConstraintType constraint = m_constraintType[size_t(t)];
        if (constraint == ConstraintType::FinishNoLaterThan)
            lf = std::min(lf, m_constraint[size_t(t)]);
        else if (constraint == ConstraintType::MustStartOn)
            lf = finishFrom(t, m_constraint[size_t(t)], duration);
        me.lateFinish = lf;
        me.lateStart = startFor(t, lf, duration);
        me.totalFloat = me.lateStart - me.earlyStart;
        if (freeFloat == std::numeric_limits<qint64>::max())
            freeFloat = finish - me.earlyFinish;
        me.freeFloat = std::clamp<qint64>(freeFloat, 0, std::max<qint64>(0, me.totalFloat));
        me.critical = me.totalFloat <= 0;
    }
}

} // namespace relm
