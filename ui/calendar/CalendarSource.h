#pragma once

#include "Result.h"
#include "calendar/CalendarEvents.h"
#include "calendar/ConflictFinder.h"

#include <memory>
#include <optional>

namespace relm {

class Workspace;

/// The calendar as the views page through it: the data read once per refresh, the filter, and the
/// conflicts found over the period in view and the year ahead. Events come back marked with the
/// conflicts they are part of. Nothing here reads the database except reload().
class CalendarSource final {
public:
    CalendarSource();
    ~CalendarSource();
    Q_DISABLE_COPY_MOVE(CalendarSource)

    Result<void> reload(Workspace &workspace);
    bool isLoaded() const { return m_data != nullptr; }
    const CalendarData *data() const { return m_data.get(); }

    void setFilter(const CalendarFilter &filter) { m_filter = filter; }
    const CalendarFilter &filter() const { return m_filter; }

    /// Finds the conflicts over [from, to) (UTC), unless that range was searched already.
    void findConflicts(const QDateTime &from, const QDateTime &to);
    /// Uses these conflicts instead of searching (tests, and callers that found them elsewhere).
    void setConflicts(const QList<CalendarConflict> &conflicts);
    const QList<CalendarConflict> &conflicts() const { return m_conflicts; }

    /// The events over [from, to) (UTC) that pass the filter, each with its conflicts' lines.
    QList<CalendarEvent> events(const QDateTime &from, const QDateTime &to) const;
    /// The conflicts an event is part of.
    QList<CalendarConflict> conflictsOf(const CalendarEvent &event) const;
    /// The stored deployment, if the data holds it.
    const Deployment *deployment(Id id) const;

private:
    std::unique_ptr<CalendarData> m_data; ///< on the heap: the finder keeps its address
    std::optional<ConflictFinder> m_finder;
    CalendarFilter m_filter;
    QList<CalendarConflict> m_conflicts;
    QDateTime m_searchedFrom;
    QDateTime m_searchedTo;
};

/// "Environment booked twice: … — fix: …", the line an event's tooltip shows for a conflict.
QString conflictLine(const CalendarConflict &conflict);

} // namespace relm
