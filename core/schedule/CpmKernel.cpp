#include "CpmKernel.h"

#include "i18n/ShownDates.h"

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
        if (constraintHasDate(t.constraint))
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
    const qint64 ownStart = own.offsetFrom(*m_timeline, start, WorkTimeline::Edge::Start);
    return m_timeline->offsetFrom(own, ownStart + duration, WorkTimeline::Edge::Finish);
}

qint64 CpmKernel::startFor(int task, qint64 finish, qint64 duration) const {
    const int calendar = m_calendarOf[size_t(task)];
    if (calendar < 0)
        return finish - duration;
    const WorkTimeline &own = *m_calendars[size_t(calendar)];
    const qint64 ownFinish = own.offsetFrom(*m_timeline, finish, WorkTimeline::Edge::Finish);
    return m_timeline->offsetFrom(own, ownFinish - duration, WorkTimeline::Edge::Start);
}

std::optional<std::pair<QDateTime, QDateTime>> CpmKernel::ownDates(int task, qint64 start, qint64 duration) const {
    const int calendar = m_calendarOf[size_t(task)];
    if (calendar < 0)
        return std::nullopt;
    const WorkTimeline &own = *m_calendars[size_t(calendar)];
    // A milestone sits at the end of the work before it (17:00), as ScheduleResult::startOf places
    // it: never after its own finish.
    const auto startEdge = duration == 0 ? WorkTimeline::Edge::Finish : WorkTimeline::Edge::Start;
    const qint64 ownStart = own.offsetFrom(*m_timeline, start, startEdge);
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
        if (m_input.tasks[i].notBefore.isValid())
            m_inheritedFloor[i] = m_timeline->offsetAt(m_input.tasks[i].notBefore);
        for (int p = m_input.tasks[i].parent; p >= 0 && size_t(p) < n; p = m_input.tasks[size_t(p)].parent) {
            const ConstraintType type = m_constraintType[size_t(p)];
            if (type == ConstraintType::StartNoEarlierThan || type == ConstraintType::MustStartOn)
                m_inheritedFloor[i] = std::max(m_inheritedFloor[i], m_constraint[size_t(p)]);
            else if (type == ConstraintType::FinishNoLaterThan || type == ConstraintType::MustFinishOn)
                m_inheritedCeiling[i] = std::min(m_inheritedCeiling[i], m_constraint[size_t(p)]);
        }
    }
}

qint64 CpmKernel::constrainedStart(int task, qint64 linkStart, qint64 duration) const {
    const auto t = size_t(task);
    if (m_fixedStart[t] != kNotFixed)
        return m_fixedStart[t];
    linkStart = std::max(linkStart, m_inheritedFloor[t]);
    switch (m_constraintType[t]) {
    case ConstraintType::StartNoEarlierThan:
        return std::max(linkStart, m_constraint[t]);
    case ConstraintType::FinishNoEarlierThan:
        return std::max(linkStart, startFor(task, m_constraint[t], duration));
    case ConstraintType::MustStartOn:
        return m_linksBeatConstraints ? std::max(linkStart, m_constraint[t]) : m_constraint[t];
    case ConstraintType::MustFinishOn: {
        const qint64 pinned = startFor(task, m_constraint[t], duration);
        return m_linksBeatConstraints ? std::max(linkStart, pinned) : pinned;
    }
    default:
        return linkStart;
    }
}

qint64 CpmKernel::constrainedLateFinish(int task, qint64 lateFinish, qint64 duration) const {
    const auto t = size_t(task);
    lateFinish = std::min(lateFinish, m_inheritedCeiling[t]);
    switch (m_constraintType[t]) {
    case ConstraintType::FinishNoLaterThan:
        return std::min(lateFinish, m_constraint[t]);
    case ConstraintType::StartNoLaterThan:
        return std::min(lateFinish, finishFrom(task, m_constraint[t], duration));
    case ConstraintType::MustStartOn:
        return finishFrom(task, m_constraint[t], duration);
    case ConstraintType::MustFinishOn:
        return m_constraint[t];
    default:
        return lateFinish;
    }
}

bool CpmKernel::placedLate(int task) const {
    return m_constraintType[size_t(task)] == ConstraintType::AsLateAsPossible &&
           m_fixedStart[size_t(task)] == kNotFixed;
}

bool CpmKernel::placeLate(int task, qint64 latestFinish, qint64 duration, qint64 &start, qint64 &finish) const {
    while (latestFinish > finish) {
        const qint64 lateStart = startFor(task, latestFinish, duration);
        const qint64 lateFinish = finishOf(task, lateStart, duration);
        if (lateStart <= start || lateFinish > latestFinish)
            return false;
        // A deployment ends before the freeze it would touch.
        if (const Window *w = m_respectsFreezes[size_t(task)] ? freezeTouched(task, lateStart, lateFinish) : nullptr) {
            latestFinish = std::min(latestFinish - 1, w->start);
            continue;
        }
        start = lateStart;
        finish = lateFinish;
        return true;
    }
    return false;
}

const CpmKernel::Window *CpmKernel::freezeTouched(int task, qint64 start, qint64 finish) const {
    const ScheduleTask &t = m_input.tasks[size_t(task)];
    for (const Window &w : m_windows) {
        const bool overlaps = start < w.end && (finish > w.start || (start == finish && start >= w.start));
        if (overlaps && applies(*w.source, t))
            return &w;
    }
    return nullptr;
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
    while (const Window *w = freezeTouched(t, es, ef)) {
        if (notes)
            notes->append(QCoreApplication::translate("relm::Scheduler",
                                                      "\u201C%1\u201D was moved after the change freeze \u201C%2\u201D "
                                                      "(%3 to %4); deployments may not run in it unless authorised as "
                                                      "an emergency.")
                              .arg(task.name, w->source->name, shown_dates::date(w->source->start.date()),
                                   shown_dates::date(w->source->end.addSecs(-1).date())));
        if (noteTasks)
            noteTasks->push_back(t);
        es = w->end;
        ef = finishFrom(t, es, duration);
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
        start = constrainedStart(t, start, duration);
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
    qint64 *const early = d.early.data();
    qint64 *const late = d.late.data();
    for (auto it = g.order.rbegin(); it != g.order.rend(); ++it) {
        const int t = *it;
        const qint64 duration = durations[size_t(t)];
        const int first = g.successorBegin[size_t(t)];
        const int last = g.successorBegin[size_t(t) + 1];
        // The latest finish the successors' dates allow: their late dates for the late finish,
        // their scheduled dates for a task placed as late as possible.
        const auto latestFinish = [&](const qint64 *dates) {
            qint64 latest = finish;
            if (m_calendarOf[size_t(t)] < 0) {
                for (int k = first; k < last; ++k) {
                    const ScheduleGraph::FastEdge &e = g.fastOutgoing[size_t(k)];
                    latest = std::min(latest, dates[e.index] - e.lag + duration * e.withDuration);
                }
            } else {
                for (int k = first; k < last; ++k) {
                    const ScheduleGraph::FastEdge &e = g.fastOutgoing[size_t(k)];
                    const qint64 at = dates[e.index] - e.lag;
                    latest = std::min(latest, e.withDuration ? finishFrom(t, at, duration) : at);
                }
            }
            return latest;
        };
        const qint64 lateFinish = constrainedLateFinish(t, latestFinish(late), duration);
        const qint64 lateStart = startFor(t, lateFinish, duration);
        late[2 * t] = lateStart;
        late[2 * t + 1] = lateFinish;
        if (placedLate(t))
            placeLate(t, std::min(lateFinish, latestFinish(early)), duration, early[2 * t], early[2 * t + 1]);
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
        es = constrainedStart(t, es, duration);
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
        TaskTimes &me = times[size_t(t)];
        const auto first = g.outgoing.begin() + g.successorBegin[size_t(t)];
        const auto last = g.outgoing.begin() + g.successorBegin[size_t(t) + 1];
        // The latest finish the successors allow, given their start and finish (late dates for
        // the late finish, scheduled dates for a task placed as late as possible).
        const auto latestFinish = [&](auto startOf, auto finishOf) {
            qint64 latest = finish;
            for (auto e = first; e != last; ++e) {
                const TaskTimes &s = times[size_t(e->to)];
                switch (e->type) {
                case LinkType::FinishToStart:
                    latest = std::min(latest, startOf(s) - e->lag);
                    break;
                case LinkType::StartToStart:
                    latest = std::min(latest, finishFrom(t, startOf(s) - e->lag, duration));
                    break;
                case LinkType::FinishToFinish:
                    latest = std::min(latest, finishOf(s) - e->lag);
                    break;
                case LinkType::StartToFinish:
                    latest = std::min(latest, finishFrom(t, finishOf(s) - e->lag, duration));
                    break;
                }
            }
            return latest;
        };
        me.lateFinish = constrainedLateFinish(t,
                                              latestFinish([](const TaskTimes &s) { return s.lateStart; },
                                                           [](const TaskTimes &s) { return s.lateFinish; }),
                                              duration);
        me.lateStart = startFor(t, me.lateFinish, duration);
        if (placedLate(t)) {
            const qint64 latest = latestFinish([](const TaskTimes &s) { return s.earlyStart; },
                                               [](const TaskTimes &s) { return s.earlyFinish; });
            placeLate(t, std::min(me.lateFinish, latest), duration, me.earlyStart, me.earlyFinish);
        }
        qint64 freeFloat = std::numeric_limits<qint64>::max();
        for (auto e = first; e != last; ++e) {
            const TaskTimes &s = times[size_t(e->to)];
            const bool fromStart = e->type == LinkType::StartToStart || e->type == LinkType::StartToFinish;
            const bool toFinish = e->type == LinkType::FinishToFinish || e->type == LinkType::StartToFinish;
            const qint64 successorAt = toFinish ? s.earlyFinish : s.earlyStart;
            freeFloat = std::min(freeFloat, successorAt - ((fromStart ? me.earlyStart : me.earlyFinish) + e->lag));
        }
        me.totalFloat = me.lateStart - me.earlyStart;
        if (freeFloat == std::numeric_limits<qint64>::max())
            freeFloat = finish - me.earlyFinish;
        me.freeFloat = std::clamp<qint64>(freeFloat, 0, std::max<qint64>(0, me.totalFloat));
        me.critical = me.totalFloat <= 0;
    }
}

} // namespace relm
