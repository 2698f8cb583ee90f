#pragma once

#include "Result.h"
#include "calendar/CalendarEvents.h"
#include "calendar/ConflictFinder.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace relm {

class Workspace;

/// The calendar as the views page through it: the data read once per refresh, the filter, and the
/// conflicts. The range in view is searched at once; then the whole calendar is searched in the
/// background, so that paging on finds its conflicts already there. Events come back marked with
/// the conflicts they are part of. Nothing here reads the database except reload().
class CalendarSource final : public QObject {
    Q_OBJECT

public:
    explicit CalendarSource(QObject *parent = nullptr);
    ~CalendarSource() override;
    Q_DISABLE_COPY_MOVE(CalendarSource)

    Result<void> reload(Workspace &workspace);
    bool isLoaded() const { return m_data != nullptr; }
    const CalendarData *data() const { return m_data.get(); }

    void setFilter(const CalendarFilter &filter) { m_filter = filter; }
    const CalendarFilter &filter() const { return m_filter; }

    /// Finds the conflicts over [from, to) (UTC) unless they are known already, and starts the
    /// background search of the whole calendar if it has not run since the last reload.
    void findConflicts(const QDateTime &from, const QDateTime &to);
    /// Uses these conflicts instead of searching (tests, and callers that found them elsewhere).
    void setConflicts(const QList<CalendarConflict> &conflicts);
    const QList<CalendarConflict> &conflicts() const { return m_conflicts; }
    /// The known conflicts that overlap [from, to) (UTC), in time order.
    QList<CalendarConflict> conflictsWithin(const QDateTime &from, const QDateTime &to) const;
    /// Changes whenever the conflicts do (a search, a reload, conflicts set by hand).
    int conflictsGeneration() const { return m_generation; }
    /// Whether the search of the whole calendar has started and its result is not taken yet.
    bool isSearching() const { return m_searching; }
    /// Whether every planned deployment was searched (then searchedTo() is where the last one ends).
    bool searchedEverything() const { return m_searchedAll && !m_setByHand; }
    /// The range the conflicts were searched over (UTC).
    QDateTime searchedFrom() const { return m_searchedFrom; }
    QDateTime searchedTo() const { return m_searchedTo; }

    /// The events over [from, to) (UTC) that pass the filter, each with its conflicts' lines.
    QList<CalendarEvent> events(const QDateTime &from, const QDateTime &to) const;
    /// The conflicts an event is part of.
    QList<CalendarConflict> conflictsOf(const CalendarEvent &event) const;
    /// The stored deployment, if the data holds it.
    const Deployment *deployment(Id id) const;

Q_SIGNALS:
    /// The background search has replaced the conflicts.
    void conflictsFound();

private:
    bool searched(const QDateTime &from, const QDateTime &to) const;
    void searchEverything();
    void takeEverything();
    /// `complete`: no range holds a conflict these miss (every planned deployment was searched).
    void useConflicts(const QList<CalendarConflict> &conflicts, const QDateTime &from, const QDateTime &to,
                      bool complete);

    std::shared_ptr<const CalendarData> m_data; ///< shared with a background search still running
    std::optional<ConflictFinder> m_finder;
    CalendarFilter m_filter;
    QList<CalendarConflict> m_conflicts;
    QHash<Id, QList<qsizetype>> m_conflictsOfDeployment; ///< deployment -> positions in m_conflicts
    QHash<Id, QList<qsizetype>> m_conflictsOfWindow;     ///< freeze window -> positions in m_conflicts
    QDateTime m_searchedFrom;
    QDateTime m_searchedTo;
    bool m_searchedAll = false;
    bool m_setByHand = false;
    bool m_searching = false;
    int m_generation = 0;
    int m_loads = 0;            ///< reloads so far: a background result from an earlier one is dropped
    int m_everythingFor = -1;   ///< the load the background search was started for
    QDateTime m_everythingFrom; ///< the first planned deployment's start (UTC)
    QDateTime m_everythingTo;   ///< the last one's end
    QFutureWatcher<QList<CalendarConflict>> m_everything;
};

/// "Environment booked twice: … — fix: …", the line an event's tooltip shows for a conflict.
QString conflictLine(const CalendarConflict &conflict);

} // namespace relm
