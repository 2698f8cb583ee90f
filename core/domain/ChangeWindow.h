#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace relm {

/// How a window repeats: the part of an iCalendar RRULE that change calendars use. Dates are local
/// to the window's time zone.
struct Recurrence {
    enum class Frequency { Once, Weekly, Monthly, Yearly };

    Frequency frequency = Frequency::Once;
    int interval = 1;              ///< every n weeks, months or years
    QList<Qt::DayOfWeek> weekdays; ///< weekly: the days it falls on (empty: the first start's day)
    int monthDay = 0;              ///< monthly and yearly: 1..31, or -1 (last day) to -31; 0: see ordinal
    int ordinal = 0;               ///< with ordinalDay: 1..5 or -1..-5 ("third Saturday" is 3, Saturday)
    Qt::DayOfWeek ordinalDay = Qt::Monday;
    int month = 0; ///< yearly: 1..12
    QDate until;   ///< the last day an occurrence may start on; invalid: no end

    bool repeats() const { return frequency != Frequency::Once; }
    bool operator==(const Recurrence &) const = default;

    /// The RFC 5545 rule without UNTIL ("FREQ=MONTHLY;BYMONTHDAY=-1"); empty for Once.
    QString ruleText() const;
    /// Reads what ruleText() (plus an optional UNTIL=YYYYMMDD) writes; nullopt for anything else.
    static std::optional<Recurrence> fromRuleText(const QString &text);
    /// The stored form: the rule with UNTIL=YYYYMMDD (a local date) when it ends.
    QString storedText() const;
    /// "every month on the last day", "every 2 weeks on Fri", "once"; translated.
    QString describe() const;
};

/// What a window applies to. Empty lists mean "any"; lists that are set must all match (a freeze
/// for the service Billing in Production applies to Billing's production deployments only).
struct WindowScope {
    QStringList services; ///< release target services, compared case-insensitively
    QList<Id> environmentIds;
    QList<Id> componentIds; ///< a release that changes any of these components

    bool everything() const { return services.isEmpty() && environmentIds.isEmpty() && componentIds.isEmpty(); }
    bool operator==(const WindowScope &) const = default;

    QByteArray toJson() const;
    static WindowScope fromJson(const QByteArray &json);
};

/// A change freeze (blackout) or maintenance window on the forward schedule of change. Its times are
/// wall-clock times in a named time zone, so "18:00 Berlin" stays 18:00 across daylight saving.
struct ChangeWindow {
    Id id = 0;
    QString name;
    WindowKind kind = WindowKind::Freeze;
    QDateTime start;             ///< the first occurrence, wall clock in timeZone (no zone attached)
    QDateTime end;               ///< the first occurrence's end, same clock
    QByteArray timeZone = "UTC"; ///< an IANA id such as "Europe/Berlin"
    Recurrence recurrence;
    WindowScope scope;
    QString reason;
    Role overrideRole = Role::ChangeBoard; ///< who may let a deployment run in the freeze

    bool operator==(const ChangeWindow &) const = default;

    /// A one-off UTC freeze, for everything or for one environment.
    static ChangeWindow freeze(const QString &name, const QDateTime &start, const QDateTime &end,
                               Id environmentId = 0) {
        ChangeWindow w;
        w.name = name;
        w.start = start;
        w.end = end;
        if (environmentId)
            w.scope.environmentIds = {environmentId};
        return w;
    }
};

/// A wall-clock time in a zone as a UTC instant, read as iCalendar (RFC 5545) reads it: a time the
/// clocks skip (the spring-forward gap) uses the offset from before the gap, a time that happens
/// twice (falling back) is the first of the two.
QDateTime wallClockToUtc(const QDate &day, const QTime &time, const QTimeZone &zone);

/// One occurrence of a window, in UTC.
struct WindowOccurrence {
    Id windowId = 0;
    QString name;
    WindowKind kind = WindowKind::Freeze;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC
    WindowScope scope;
    Role overrideRole = Role::ChangeBoard;
    QByteArray timeZone;

    bool operator==(const WindowOccurrence &) const = default;
};

/// A deployment allowed to run in a freeze: who decided, when, why, and for which slot. It holds
/// only while the deployment keeps the planned times it was given for.
struct FreezeOverride {
    Id id = 0;
    Id windowId = 0;
    Id deploymentId = 0;
    QDateTime plannedStart; ///< UTC, the deployment's times when overridden
    QDateTime plannedEnd;
    QString reason;
    Id personId = 0;
    QString login;
    QString printedName;
    Role role = Role::ChangeBoard;
    QDateTime at; ///< UTC

    bool operator==(const FreezeOverride &) const = default;
    bool covers(Id window, Id deployment, const QDateTime &start, const QDateTime &end) const {
        return windowId == window && deploymentId == deployment && plannedStart == start && plannedEnd == end;
    }
};

/// A change advisory board meeting. Its agenda (the releases awaiting sign-off in its period) and
/// minutes (the sign-offs given while it sat) are derived, never typed.
struct CabMeeting {
    Id id = 0;
    QString title;
    QDateTime start;  ///< wall clock in timeZone
    int minutes = 60; ///< how long it sits
    QByteArray timeZone = "UTC";
    QString location;
    QList<Id> memberIds;
    int horizonDays = 14; ///< the agenda covers deployments up to this many days after the meeting

    bool operator==(const CabMeeting &) const = default;
    QDateTime startUtc() const;
    QDateTime endUtc() const { return startUtc().addSecs(qint64(minutes) * 60); }
};

} // namespace relm
