#include "CalendarSource.h"

#include "changes/Workspace.h"

#include <QCoreApplication>

namespace relm {

CalendarSource::CalendarSource() = default;
CalendarSource::~CalendarSource() = default;

Result<void> CalendarSource::reload(Workspace &workspace) {
    auto data = CalendarData::load(workspace);
    if (!data)
        return data.error();
    m_finder.reset();
    m_data = std::make_unique<CalendarData>(std::move(data).value());
    auto finder = ConflictFinder::load(workspace, *m_data);
    if (!finder)
        return finder.error();
    m_finder.emplace(std::move(finder).value());
    m_searchedFrom = {};
    m_searchedTo = {};
    m_conflicts.clear();
    return {};
}

void CalendarSource::findConflicts(const QDateTime &from, const QDateTime &to) {
    if (!m_finder || (m_searchedFrom.isValid() && m_searchedFrom <= from && m_searchedTo >= to))
        return;
    m_conflicts = m_finder->find(from, to);
    m_searchedFrom = from;
    m_searchedTo = to;
}

void CalendarSource::setConflicts(const QList<CalendarConflict> &conflicts) {
    m_conflicts = conflicts;
    // Set by hand: keep them until the next reload instead of searching again.
    m_searchedFrom = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    m_searchedTo = QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
}

QList<CalendarConflict> CalendarSource::conflictsOf(const CalendarEvent &event) const {
    QList<CalendarConflict> result;
    for (const CalendarConflict &c : m_conflicts) {
        const bool mine = event.kind == CalendarEvent::Kind::Deployment
                              ? c.deploymentIds.contains(event.id)
                              : event.kind == CalendarEvent::Kind::Freeze && c.windowId == event.id &&
                                    c.start < event.end && c.end > event.start;
        if (mine)
            result.append(c);
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
            if (!e.conflicts.contains(line))
                e.conflicts.append(line);
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
