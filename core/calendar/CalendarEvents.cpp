#include "CalendarEvents.h"

#include "calendar/WindowOccurrences.h"
#include "changes/Workspace.h"
#include "signing/AssuranceSources.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::CalendarData", text);
}

bool overlaps(const QDateTime &start, const QDateTime &end, const QDateTime &from, const QDateTime &to) {
    return start < to && (end.isValid() ? end : start.addSecs(1)) > from;
}

} // namespace

QString kindKey(CalendarEvent::Kind kind) {
    switch (kind) {
    case CalendarEvent::Kind::Deployment:
        return u"deployment"_s;
    case CalendarEvent::Kind::Freeze:
        return u"freeze"_s;
    case CalendarEvent::Kind::Maintenance:
        return u"maintenance"_s;
    case CalendarEvent::Kind::Meeting:
        return u"meeting"_s;
    case CalendarEvent::Kind::Milestone:
        return u"milestone"_s;
    }
    return {};
}

Result<CalendarData> CalendarData::load(Workspace &ws) {
    return load(AssuranceSources::of(ws));
}

Result<CalendarData> CalendarData::load(AssuranceSources ws) {
    CalendarData data;
    auto releases = ws.releases.releases();
    auto environments = ws.directory.environments();
    auto deployments = ws.deployments.deployments();
    auto windows = ws.calendar.windows();
    auto meetings = ws.calendar.meetings();
    auto overrides = ws.calendar.overrides();
    if (!releases || !environments || !deployments || !windows || !meetings || !overrides)
        return makeError(ErrorCode::Storage, tr("The change calendar could not be read."));
    for (const Release &r : *releases)
        data.m_releases.insert(r.id, r);
    for (const Environment &e : *environments)
        data.m_environments.insert(e.id, e);
    data.m_deployments = *deployments;
    data.m_windows = *windows;
    data.m_meetings = *meetings;
    data.m_overrides = *overrides;
    return data;
}

bool CalendarData::passes(const CalendarFilter &filter, const Release &release, Id environmentId) const {
    if (!filter.service.isEmpty() && release.targetService.compare(filter.service, Qt::CaseInsensitive) != 0)
        return false;
    if (!filter.owner.isEmpty() && release.ownerLogin.compare(filter.owner, Qt::CaseInsensitive) != 0)
        return false;
    return filter.environmentId == 0 || environmentId == 0 || environmentId == filter.environmentId;
}

bool CalendarData::passes(const CalendarFilter &filter, const WindowScope &scope) const {
    if (!filter.service.isEmpty() && !scope.services.isEmpty() &&
        std::none_of(scope.services.cbegin(), scope.services.cend(),
                     [&](const QString &s) { return s.compare(filter.service, Qt::CaseInsensitive) == 0; }))
        return false;
    return filter.environmentId == 0 || scope.environmentIds.isEmpty() ||
           scope.environmentIds.contains(filter.environmentId);
}

QList<CalendarEvent> CalendarData::events(const QDateTime &from, const QDateTime &to,
                                          const CalendarFilter &filter) const {
    QList<CalendarEvent> result;
    for (const Deployment &d : m_deployments) {
        const bool planned = d.outcome == DeploymentOutcome::Planned;
        const QDateTime start = planned ? d.plannedStart : (d.actualStart.isValid() ? d.actualStart : d.plannedStart);
        const QDateTime end = planned ? d.plannedEnd : (d.actualEnd.isValid() ? d.actualEnd : d.plannedEnd);
        if (!start.isValid() || !overlaps(start, end, from, to))
            continue;
        const Release &release = m_releases.value(d.releaseId);
        if (!passes(filter, release, d.environmentId))
            continue;
        CalendarEvent e;
        e.kind = CalendarEvent::Kind::Deployment;
        e.id = d.id;
        e.uid = u"deployment-%1"_s.arg(d.id);
        e.environmentId = d.environmentId;
        e.environment = m_environments.value(d.environmentId).name;
        e.title = QCoreApplication::translate("relm::CalendarData", "%1 \u2192 %2").arg(release.name, e.environment);
        e.start = start.toUTC();
        e.end = (end.isValid() && end > start ? end : start.addSecs(3600)).toUTC();
        e.releaseId = release.id;
        e.releaseName = release.name;
        e.service = release.targetService;
        e.owner = release.ownerLogin;
        e.outcome = d.outcome;
        e.movable = planned;
        e.detail = planned ? tr("planned") : labelOf(d.outcome);
        result.append(e);
    }
    for (const ChangeWindow &w : m_windows) {
        if (!passes(filter, w.scope))
            continue;
        for (const WindowOccurrence &o : window_occurrences::of(w, from, to)) {
            CalendarEvent e;
            e.kind = w.kind == WindowKind::Freeze ? CalendarEvent::Kind::Freeze : CalendarEvent::Kind::Maintenance;
            e.id = w.id;
            e.uid = u"window-%1"_s.arg(w.id);
            e.title = w.name;
            e.start = o.start;
            e.end = o.end;
            e.timeZone = w.timeZone;
            e.detail = w.reason;
            e.service = w.scope.services.join(u", "_s);
            result.append(e);
        }
    }
    if (filter.service.isEmpty() && filter.owner.isEmpty()) {
        for (const CabMeeting &m : m_meetings) {
            if (!overlaps(m.startUtc(), m.endUtc(), from, to))
                continue;
            CalendarEvent e;
            e.kind = CalendarEvent::Kind::Meeting;
            e.id = m.id;
            e.uid = u"meeting-%1"_s.arg(m.id);
            e.title = m.title;
            e.start = m.startUtc();
            e.end = m.endUtc();
            e.timeZone = m.timeZone;
            e.detail = m.location;
            result.append(e);
        }
    }
    for (const Release &r : m_releases) {
        if (!r.plannedEnd.isValid() || !passes(filter, r, 0))
            continue;
        const QDateTime day(r.plannedEnd, QTime(0, 0), Qt::UTC);
        if (!overlaps(day, day.addDays(1), from, to))
            continue;
        CalendarEvent e;
        e.kind = CalendarEvent::Kind::Milestone;
        e.id = r.id;
        e.uid = u"release-%1-end"_s.arg(r.id);
        e.title = QCoreApplication::translate("relm::CalendarData", "%1 planned end").arg(r.name);
        e.start = day;
        e.end = day.addDays(1);
        e.allDay = true;
        e.releaseId = r.id;
        e.releaseName = r.name;
        e.service = r.targetService;
        e.owner = r.ownerLogin;
        result.append(e);
    }
    std::stable_sort(result.begin(), result.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
        return a.start != b.start ? a.start < b.start : a.kind < b.kind;
    });
    return result;
}

QStringList CalendarData::services() const {
    QSet<QString> set;
    for (const Release &r : m_releases) {
        if (!r.targetService.trimmed().isEmpty())
            set.insert(r.targetService.trimmed());
    }
    for (const ChangeWindow &w : m_windows) {
        for (const QString &s : w.scope.services)
            set.insert(s);
    }
    QStringList list(set.cbegin(), set.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

Result<void> CalendarData::check(const CalendarFilter &filter) const {
    const auto known = [](const QStringList &names, const QString &name) {
        return name.isEmpty() || names.contains(name, Qt::CaseInsensitive);
    };
    const auto listed = [](const QStringList &names) {
        return names.isEmpty() ? tr("none yet") : names.join(u", "_s);
    };
    if (const QStringList names = services(); !known(names, filter.service))
        return makeError(ErrorCode::NotFound, tr("No release or window names the service \u201C%1\u201D. Services: %2.")
                                                  .arg(filter.service, listed(names)));
    if (const QStringList names = owners(); !known(names, filter.owner))
        return makeError(
            ErrorCode::NotFound,
            tr("No release is owned by \u201C%1\u201D. Owners (logins): %2.").arg(filter.owner, listed(names)));
    return {};
}

QStringList CalendarData::owners() const {
    QSet<QString> set;
    for (const Release &r : m_releases) {
        if (!r.ownerLogin.isEmpty())
            set.insert(r.ownerLogin);
    }
    QStringList list(set.cbegin(), set.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace relm
