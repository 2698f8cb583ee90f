// Rules of the change calendar: who keeps windows and meetings.
#include "rules/RecordRules.h"

#include "changes/ChangeContext.h"
#include "changes/RecordTraits.h"
#include "storage/AuditLog.h"
#include "storage/CalendarStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace relm::rules {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::CalendarRules", text);
}

Result<void> refused(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

bool keepsCalendar(const Person &actor) {
    return actor.roles.contains(Role::ReleaseManager) || actor.roles.contains(Role::ChangeBoard);
}

Result<void> requireCalendarKeeper(ChangeContext &context, const QString &what) {
    if (context.isSetup() || keepsCalendar(context.actor()))
        return {};
    return refused(tr("%1 may not change %2: the change calendar is kept by release managers and the change "
                      "board.")
                       .arg(context.actor().displayName, what));
}

/// Whether the actor may still take the freeze back as if it had never been made: they made it,
/// nobody else has changed it or overridden it, and it has not begun. Nothing can have been held
/// back by it yet, so an undo of its creation, or a correction of a mistake in it, is not an
/// override.
Result<bool> isOwnUnstartedFreeze(ChangeContext &context, const ChangeWindow &stored) {
    const QTimeZone zone(stored.timeZone);
    const QDateTime begins =
        wallClockToUtc(stored.start.date(), stored.start.time(), zone.isValid() ? zone : QTimeZone::utc());
    if (!begins.isValid() || begins <= context.now())
        return false;
    auto overrides = context.calendar().overrides(0);
    if (!overrides)
        return overrides.error();
    if (std::any_of(overrides->cbegin(), overrides->cend(),
                    [&stored](const FreezeOverride &o) { return o.windowId == stored.id; }))
        return false;
    AuditFilter filter;
    filter.entity = RecordTraits<ChangeWindow>::key();
    filter.entityId = stored.id;
    auto history = AuditLog(context.database()).entries(filter);
    if (!history)
        return history.error();
    const Id actor = context.actor().id;
    return !history->isEmpty() &&
           std::all_of(history->cbegin(), history->cend(), [actor](const AuditEntry &e) { return e.actorId == actor; });
}

/// A freeze that is lifted, shortened, narrowed or made to end is one the overriding role
/// could have overridden; only that role may do it (or its maker, before anyone relied on it).
Result<void> requireOverrideRole(ChangeContext &context, const ChangeWindow &stored) {
    if (context.isSetup() || stored.kind != WindowKind::Freeze || context.actor().roles.contains(stored.overrideRole))
        return {};
    auto own = isOwnUnstartedFreeze(context, stored);
    if (!own)
        return own.error();
    if (*own)
        return {};
    return refused(tr("Only the %1 may change or remove the freeze \u201C%2\u201D, as only they may override it. "
                      "%3 does not hold that role.")
                       .arg(labelInSentence(stored.overrideRole), stored.name, context.actor().displayName));
}

/// Whether a scope list selects at least what it did: "any" (empty), or a superset.
template<typename T>
bool coversAtLeast(const QList<T> &before, const QList<T> &after) {
    return after.isEmpty() || (!before.isEmpty() && std::all_of(before.cbegin(), before.cend(),
                                                                [&](const T &x) { return after.contains(x); }));
}

/// Whether the edit could let a deployment through that the freeze held back: anything but a
/// new name or reason, a longer window, a later end of its repetition or a wider scope.
bool loosens(const ChangeWindow &before, const ChangeWindow &after) {
    if (before.kind != WindowKind::Freeze)
        return false;
    if (after.kind != before.kind || after.timeZone != before.timeZone || after.overrideRole != before.overrideRole)
        return true;
    Recurrence sameRule = after.recurrence;
    sameRule.until = before.recurrence.until;
    if (!(sameRule == before.recurrence))
        return true;
    const QDate oldUntil = before.recurrence.until;
    const QDate newUntil = after.recurrence.until;
    if (oldUntil.isValid() ? (newUntil.isValid() && newUntil < oldUntil) : newUntil.isValid())
        return true;
    if (after.start > before.start || after.end < before.end)
        return true;
    return !coversAtLeast(before.scope.services, after.scope.services) ||
           !coversAtLeast(before.scope.environmentIds, after.scope.environmentIds) ||
           !coversAtLeast(before.scope.componentIds, after.scope.componentIds);
}

/// A service the scope names newly must be one a release serves: a misspelt name would scope the
/// window to nothing, so that a freeze silently blocked no deployment.
Result<void> requireKnownServices(ChangeContext &context, const ChangeWindow &window, const ChangeWindow *stored) {
    const auto alreadyNamed = [stored](const QString &service) {
        return stored && stored->scope.services.contains(service, Qt::CaseInsensitive);
    };
    QStringList fresh;
    for (const QString &service : window.scope.services) {
        if (!alreadyNamed(service))
            fresh.append(service);
    }
    if (fresh.isEmpty())
        return {};
    auto releases = context.releases().releases();
    if (!releases)
        return releases.error();
    QStringList known;
    for (const Release &r : *releases) {
        if (const QString s = r.targetService.trimmed(); !s.isEmpty() && !known.contains(s, Qt::CaseInsensitive))
            known.append(s);
    }
    known.sort(Qt::CaseInsensitive);
    for (const QString &service : std::as_const(fresh)) {
        if (known.contains(service.trimmed(), Qt::CaseInsensitive))
            continue;
        return refused(known.isEmpty()
                           ? tr("No release serves \u201C%1\u201D, so \u201C%2\u201D would hold nothing back for "
                                "it. Give a release that target service first.")
                                 .arg(service, window.name)
                           : tr("No release serves \u201C%1\u201D, so \u201C%2\u201D would hold nothing back for "
                                "it: check the spelling. Services releases serve: %3.")
                                 .arg(service, window.name, known.join(u", "_s)));
    }
    return {};
}

} // namespace

template<>
Result<void> checkWrite<ChangeWindow>(ChangeContext &context, const ChangeWindow &window, const ChangeWindow *stored) {
    if (auto r = requireCalendarKeeper(context, window.name); !r)
        return r;
    if (auto r = requireKnownServices(context, window, stored); !r)
        return r;
    return stored && loosens(*stored, window) ? requireOverrideRole(context, *stored) : Result<void>();
}

template<>
Result<void> checkRemove<ChangeWindow>(ChangeContext &context, const ChangeWindow &window) {
    if (auto r = requireCalendarKeeper(context, window.name); !r)
        return r;
    if (auto r = requireOverrideRole(context, window); !r)
        return r;
    return requireNoOverrides(context, window.id, 0, tr("the window \u201C%1\u201D").arg(window.name));
}

Result<void> requireNoOverrides(ChangeContext &context, Id windowId, Id deploymentId, const QString &what) {
    auto overrides = context.calendar().overrides(deploymentId);
    if (!overrides)
        return overrides.error();
    QStringList given;
    for (const FreezeOverride &o : *overrides) {
        if (windowId == 0 || o.windowId == windowId)
            given.append(tr("#%1 by %2").arg(o.deploymentId).arg(o.printedName));
    }
    if (given.isEmpty())
        return {};
    // Removing it would take the overrides with it, unrecorded; withdrawing them leaves the trail whole.
    return refused(tr("Freeze overrides rest on %1 (deployment %2). Withdraw them first, so that the audit trail "
                      "records who withdrew them.")
                       .arg(what, given.join(u", "_s)));
}

template<>
Result<void> checkWrite<CabMeeting>(ChangeContext &context, const CabMeeting &meeting, const CabMeeting *) {
    return requireCalendarKeeper(context, meeting.title);
}

template<>
Result<void> checkRemove<CabMeeting>(ChangeContext &context, const CabMeeting &meeting) {
    return requireCalendarKeeper(context, meeting.title);
}

} // namespace relm::rules
