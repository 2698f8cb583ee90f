#include "CalendarSource.h"

#include "changes/Workspace.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace relm {

CalendarSource::CalendarSource(QObject *parent)
    : QObject(parent) {
    connect(&m_everything, &QFutureWatcher<QList<CalendarConflict>>::finished, this, &CalendarSource::takeEverything);
}

CalendarSource::~CalendarSource() = default;

Result<void> CalendarSource::reload(Workspace &workspace) {
    auto data = CalendarData::load(workspace);
    if (!data)
        return data.error();
    ++m_loads;
    m_finder.reset();
    m_data = std::make_shared<const CalendarData>(std::move(data).value());
    auto finder = ConflictFinder::load(workspace, *m_data);
    if (!finder)
        return finder.error();
    m_finder.emplace(std::move(finder).value());
    m_setByHand = false;
    m_searching = false;
    useConflicts({}, {}, {}, false);
    return {};
}

bool CalendarSource::searched(const QDateTime &from, const QDateTime &to) const {
    return m_searchedAll || (m_searchedFrom.isValid() && m_searchedFrom <= from && m_searchedTo >= to);
}

void CalendarSource::findConflicts(const QDateTime &from, const QDateTime &to) {
    if (!m_finder)
        return;
    if (!searched(from, to)) {
        const QDateTime start = m_searchedFrom.isValid() ? std::min(from, m_searchedFrom) : from;
        const QDateTime end = m_searchedTo.isValid() ? std::max(to, m_searchedTo) : to;
        useConflicts(m_finder->find(start, end), start, end, false);
    }
    searchEverything();
}

/// From the first planned deployment to the last: every conflict there is.
void CalendarSource::searchEverything() {
    if (m_everythingFor == m_loads || m_setByHand || !m_data || !m_finder)
        return;
    m_everythingFor = m_loads;
    QDateTime first;
    QDateTime last;
    for (const Deployment &d : m_data->deployments()) {
        if (d.outcome != DeploymentOutcome::Planned || !d.plannedStart.isValid())
            continue;
        const QDateTime end = std::max(d.plannedStart, d.plannedEnd).toUTC().addSecs(1);
        first = first.isValid() ? std::min(first, d.plannedStart.toUTC()) : d.plannedStart.toUTC();
        last = last.isValid() ? std::max(last, end) : end;
    }
    if (!first.isValid() || searched(first, last))
        return;
    // The finder reads only what it and the data hold; the data stays alive while the search runs.
    m_searching = true;
    m_everythingFrom = first;
    m_everythingTo = last;
    m_everything.setFuture(QtConcurrent::run([finder = *m_finder, data = m_data, first, last] {
        Q_UNUSED(data)
        return finder.find(first, last);
    }));
}

void CalendarSource::takeEverything() {
    // A result of an earlier load, or conflicts set by hand meanwhile, stay unused.
    if (m_everythingFor != m_loads || m_setByHand || m_everything.isCanceled() || !m_finder)
        return;
    m_searching = false;
    useConflicts(m_everything.result(), m_everythingFrom, m_everythingTo, true);
    Q_EMIT conflictsFound();
}

void CalendarSource::setConflicts(const QList<CalendarConflict> &conflicts) {
    // Set by hand: keep them until the next reload instead of searching again.
    m_setByHand = true;
    m_searching = false;
    useConflicts(conflicts, {}, {}, true);
}

void CalendarSource::useConflicts(const QList<CalendarConflict> &conflicts, const QDateTime &from, const QDateTime &to,
                                  bool complete) {
    m_conflicts = conflicts;
    m_searchedFrom = from;
    m_searchedTo = to;
    m_searchedAll = complete;
    ++m_generation;
    m_conflictsOfDeployment.clear();
    m_conflictsOfWindow.clear();
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        const CalendarConflict &c = m_conflicts.at(i);
        for (Id deployment : c.deploymentIds) {
            QList<qsizetype> &positions = m_conflictsOfDeployment[deployment];
            if (positions.isEmpty() || positions.last() != i)
                positions.append(i);
        }
        if (c.windowId != 0)
            m_conflictsOfWindow[c.windowId].append(i);
    }
}

QList<CalendarConflict> CalendarSource::conflictsWithin(const QDateTime &from, const QDateTime &to) const {
    QList<CalendarConflict> result;
    for (const CalendarConflict &c : m_conflicts) {
        if (c.start < to && c.end > from)
            result.append(c);
    }
    return result;
}

QList<CalendarConflict> CalendarSource::conflictsOf(const CalendarEvent &event) const {
    QList<CalendarConflict> result;
    if (event.kind == CalendarEvent::Kind::Deployment) {
        for (qsizetype i : m_conflictsOfDeployment.value(event.id))
            result.append(m_conflicts.at(i));
    } else if (event.kind == CalendarEvent::Kind::Freeze) {
        for (qsizetype i : m_conflictsOfWindow.value(event.id)) {
            const CalendarConflict &c = m_conflicts.at(i);
            if (c.start < event.end && c.end > event.start)
                result.append(c);
        }
    }
    return result;
}

QList<CalendarEvent> CalendarSource::events(const QDateTime &from, const QDateTime &to) const {
    if (!m_data)
        return {};
    QList<CalendarEvent> events = m_data->events(from, to, m_filter);
    if (m_conflicts.isEmpty())
        return events;
    for (CalendarEvent &e : events) {
        for (const CalendarConflict &c : conflictsOf(e)) {
            const QString line = conflictLine(c);
            QStringList &list = c.overridden ? e.overridden : e.conflicts;
            if (!list.contains(line))
                list.append(line);
        }
    }
    return events;
}

const Deployment *CalendarSource::deployment(Id id) const {
    if (!m_data)
        return nullptr;
    for (const Deployment &d : m_data->deployments()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString conflictLine(const CalendarConflict &conflict) {
    QString line = conflict.summary.isEmpty() ? labelOf(conflict.kind) : conflict.summary;
    if (conflict.overridden)
        line = QCoreApplication::translate("relm::CalendarSource", "%1 (overridden)").arg(line);
    if (!conflict.fix.isEmpty())
        line = QCoreApplication::translate("relm::CalendarSource", "%1 \u2014 fix: %2").arg(line, conflict.fix);
    return line;
}

} // namespace relm
