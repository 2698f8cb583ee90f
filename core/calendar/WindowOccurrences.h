#pragma once

#include "domain/ChangeWindow.h"

#include <QSet>

namespace relm {

/// What a deployment touches, for deciding which windows apply to it.
struct DeploymentTarget {
    Id environmentId = 0;
    QString service;       ///< the release's target service
    QSet<Id> componentIds; ///< the components the release changes
};

/// Expands change windows into dated occurrences and matches them against deployments.
namespace window_occurrences {

/// The most occurrences one window yields for one question (a guard against absurd rules).
constexpr int kMaximumOccurrences = 20000;

/// The window's occurrences that overlap [from, to) (UTC), in time order.
QList<WindowOccurrence> of(const ChangeWindow &window, const QDateTime &from, const QDateTime &to);
/// Every window's occurrences overlapping [from, to), sorted by start.
QList<WindowOccurrence> of(const QList<ChangeWindow> &windows, const QDateTime &from, const QDateTime &to);

/// Whether the window's first start is a day its rule produces (iCalendar counts the first start
/// as an occurrence whatever the rule says, so Relm keeps the two in step).
bool startFollowsRule(const ChangeWindow &window);
/// The first day on or after `day` that the rule produces, counting from `day` as the first start.
QDate firstDayFrom(const Recurrence &rule, const QDate &day);

bool appliesTo(const WindowScope &scope, const DeploymentTarget &target);
/// The freezes among `windows` that a deployment to `target` over [start, end) would run in.
/// An invalid or empty window is taken as an instant.
QList<WindowOccurrence> freezesTouching(const QList<ChangeWindow> &windows, const DeploymentTarget &target,
                                        const QDateTime &start, const QDateTime &end);

/// Some windows' occurrences over a period, expanded once and then looked up by time; questions
/// reaching outside the period expand the windows again.
class Table final {
public:
    Table(QList<ChangeWindow> windows, const QDateTime &from, const QDateTime &to);

    /// Like freezesTouching() over the table's windows of every kind.
    QList<WindowOccurrence> touching(const DeploymentTarget &target, const QDateTime &start,
                                     const QDateTime &end) const;
    /// The occurrences that start within [from, to), in time order.
    QList<WindowOccurrence> startingIn(const QDateTime &from, const QDateTime &to) const;

private:
    bool covers(const QDateTime &from, const QDateTime &to) const;
    QList<WindowOccurrence>::const_iterator firstStartingAt(const QDateTime &t) const;

    QList<ChangeWindow> m_windows;
    QDateTime m_from;
    QDateTime m_to;
    QList<WindowOccurrence> m_byStart;
    qint64 m_longest = 0; ///< seconds
};

/// "Month-end freeze (2026-12-29 18:00 to 2027-01-02 06:00 Europe/Berlin)"
QString describe(const WindowOccurrence &occurrence);

} // namespace window_occurrences
} // namespace relm
