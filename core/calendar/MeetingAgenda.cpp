#include "MeetingAgenda.h"

#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::MeetingAgenda", text);
}

bool inMeeting(const CabMeeting &meeting, const QDateTime &at) {
    return at.isValid() && at >= meeting.startUtc() && at < meeting.endUtc();
}

/// Builds one meeting's agenda from the stores; each step reads what the next needs.
class AgendaReader final {
public:
    AgendaReader(Workspace &ws, MeetingAgenda &agenda)
        : m_ws(ws)
        , m_agenda(agenda) {}

    Result<void> readNames() {
        auto releases = m_ws.releases().releases();
        auto environments = m_ws.directory().environments();
        auto windows = m_ws.calendar().windows();
        auto deployments = m_ws.deployments().deployments(0);
        auto overrides = m_ws.calendar().overrides();
        if (!releases || !environments || !windows || !deployments || !overrides)
            return !releases       ? releases.error()
                   : !environments ? environments.error()
                   : !windows      ? windows.error()
                   : !deployments  ? deployments.error()
                                   : overrides.error();
        m_releases = *releases;
        m_deployments = *deployments;
        m_overrides = *overrides;
        for (const Release &r : m_releases)
            m_agenda.releaseNames.insert(r.id, r.name);
        for (const Environment &e : *environments)
            m_agenda.environmentNames.insert(e.id, e.name);
        for (const ChangeWindow &w : *windows)
            m_agenda.windowNames.insert(w.id, w.name);
        for (const Deployment &d : m_deployments)
            m_agenda.deploymentReleases.insert(d.id, d.releaseId);
        return {};
    }

    Result<void> readMembers() {
        for (Id id : m_agenda.meeting.memberIds) {
            auto person = m_ws.directory().person(id);
            if (person)
                m_agenda.members.append(*person);
            else if (person.error().code != ErrorCode::NotFound)
                return person.error();
        }
        return {};
    }

    Result<void> readItems(const QDateTime &now) {
        for (const Release &r : std::as_const(m_releases)) {
            if (r.status != ReleaseStatus::AwaitingSignOff)
                continue;
            AgendaItem item;
            item.release = r;
            for (const Deployment &d : std::as_const(m_deployments)) {
                if (d.releaseId == r.id && d.outcome == DeploymentOutcome::Planned && d.plannedStart.isValid() &&
                    d.plannedStart <= m_agenda.horizonEnd)
                    item.deployments.append(d);
            }
            std::sort(item.deployments.begin(), item.deployments.end(),
                      [](const Deployment &a, const Deployment &b) { return a.plannedStart < b.plannedStart; });
            item.due =
                item.deployments.isEmpty() ? r.plannedEnd.startOfDay(Qt::UTC) : item.deployments.first().plannedStart;
            if (!item.due.isValid() || item.due > m_agenda.horizonEnd)
                continue;
            // A release due on a day is due by its end: one due on the meeting's own day is not yet late.
            item.overdue = item.deployments.isEmpty() ? r.plannedEnd < m_agenda.meeting.startUtc().date()
                                                      : item.due < m_agenda.meeting.startUtc();
            auto gate = ReleaseGate::check(AssuranceSources::of(m_ws), r.id, ReleaseStatus::Approved, now);
            if (!gate)
                return gate.error();
            item.missing = gate->missing();
            for (const FreezeOverride &o : std::as_const(m_overrides)) {
                if (m_agenda.deploymentReleases.value(o.deploymentId) == r.id)
                    item.overrides.append(o);
            }
            m_agenda.items.append(item);
        }
        std::sort(m_agenda.items.begin(), m_agenda.items.end(),
                  [](const AgendaItem &a, const AgendaItem &b) { return a.due < b.due; });
        return {};
    }

    Result<void> readMinutes() {
        auto signOffs = m_ws.signOffs().signOffs(0);
        if (!signOffs)
            return signOffs.error();
        for (const SignOff &s : *signOffs) {
            if (inMeeting(m_agenda.meeting, s.signedAt))
                m_agenda.signOffs.append(s);
        }
        for (const FreezeOverride &o : std::as_const(m_overrides)) {
            if (inMeeting(m_agenda.meeting, o.at))
                m_agenda.overrides.append(o);
        }
        std::sort(m_agenda.signOffs.begin(), m_agenda.signOffs.end(),
                  [](const SignOff &a, const SignOff &b) { return a.signedAt < b.signedAt; });
        std::sort(m_agenda.overrides.begin(), m_agenda.overrides.end(),
                  [](const FreezeOverride &a, const FreezeOverride &b) { return a.at < b.at; });
        return {};
    }

private:
    Workspace &m_ws;
    MeetingAgenda &m_agenda;
    QList<Release> m_releases;
    QList<Deployment> m_deployments;
    QList<FreezeOverride> m_overrides;
};

QString utcText(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODate);
}

QJsonObject itemJson(const MeetingAgenda &agenda, const AgendaItem &item) {
    QJsonArray deployments;
    for (const Deployment &d : item.deployments) {
        QJsonObject o = json::toJson(d);
        o.insert(u"environment"_s, agenda.environmentNames.value(d.environmentId));
        deployments.append(o);
    }
    QJsonArray missing;
    for (const GateCheck &c : item.missing)
        missing.append(QJsonObject{{u"check"_s, c.text}, {u"found"_s, c.detail}});
    QJsonArray overrides;
    for (const FreezeOverride &o : item.overrides)
        overrides.append(json::toJson(o));
    return {{u"release"_s, item.release.name},    {u"release_id"_s, item.release.id},
            {u"version"_s, item.release.version}, {u"service"_s, item.release.targetService},
            {u"due"_s, utcText(item.due)},        {u"overdue"_s, item.overdue},
            {u"deployments"_s, deployments},      {u"gate_missing"_s, missing},
            {u"overrides"_s, overrides}};
}

} // namespace

QJsonObject MeetingAgenda::toJson() const {
    QJsonArray memberArray;
    for (const Person &p : members)
        memberArray.append(json::toJson(p));
    QJsonArray itemArray;
    for (const AgendaItem &item : items)
        itemArray.append(itemJson(*this, item));
    QJsonArray signOffArray;
    for (const SignOff &s : signOffs) {
        QJsonObject o = json::toJson(s);
        o.insert(u"release"_s, releaseNames.value(s.releaseId));
        signOffArray.append(o);
    }
    QJsonArray overrideArray;
    for (const FreezeOverride &o : overrides) {
        QJsonObject object = json::toJson(o);
        object.insert(u"release"_s, releaseNames.value(deploymentReleases.value(o.deploymentId)));
        object.insert(u"window"_s, windowNames.value(o.windowId));
        overrideArray.append(object);
    }
    return {{u"meeting"_s, json::toJson(meeting)},
            {u"start_utc"_s, utcText(meeting.startUtc())},
            {u"end_utc"_s, utcText(meeting.endUtc())},
            {u"horizon_end_utc"_s, utcText(horizonEnd)},
            {u"members"_s, memberArray},
            {u"agenda"_s, itemArray},
            {u"minutes"_s, QJsonObject{{u"sign_offs"_s, signOffArray}, {u"overrides"_s, overrideArray}}}};
}

Result<MeetingAgenda> agendaOf(Workspace &workspace, Id meetingId, const QDateTime &now) {
    auto meeting = workspace.calendar().meeting(meetingId);
    if (!meeting)
        return meeting.error();
    MeetingAgenda agenda;
    agenda.meeting = *meeting;
    agenda.horizonEnd = meeting->startUtc().addDays(meeting->horizonDays);
    AgendaReader reader(workspace, agenda);
    for (auto step : {&AgendaReader::readNames, &AgendaReader::readMembers, &AgendaReader::readMinutes}) {
        if (auto r = (reader.*step)(); !r)
            return r.error();
    }
    if (auto r = reader.readItems(now); !r)
        return r.error();
    return agenda;
}

Result<MeetingAgenda> agendaOf(Workspace &workspace, Id meetingId) {
    return agendaOf(workspace, meetingId, workspace.clock()());
}

Result<CabMeeting> meetingByReference(Workspace &workspace, const QString &reference) {
    const QString text = reference.trimmed();
    if (text.startsWith(u'#')) {
        bool ok = false;
        const Id id = text.mid(1).toLongLong(&ok);
        if (!ok)
            return makeError(ErrorCode::Invalid,
                             tr("A meeting is named by its title or its number, e.g. #3 (see meeting list)."));
        return workspace.calendar().meeting(id);
    }
    auto meetings = workspace.calendar().meetings();
    if (!meetings)
        return meetings.error();
    QList<CabMeeting> found;
    for (const CabMeeting &m : *meetings) {
        if (m.title.compare(text, Qt::CaseInsensitive) == 0)
            found.append(m);
    }
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no meeting called \u201C%1\u201D.").arg(text));
    if (found.size() > 1)
        return makeError(ErrorCode::Conflict,
                         tr("%1 meetings are called \u201C%2\u201D; name one by its number, e.g. #%3.")
                             .arg(found.size())
                             .arg(text)
                             .arg(found.first().id));
    return found.first();
}

QString meetingTimeText(const CabMeeting &meeting) {
    const QString local = meeting.start.toString(u"yyyy-MM-dd HH:mm"_s);
    const QString zone = QString::fromUtf8(meeting.timeZone);
    if (meeting.timeZone == "UTC")
        return tr("%1 UTC").arg(local);
    return tr("%1 %2 (%3 UTC)").arg(local, zone, meeting.startUtc().toString(u"HH:mm"_s));
}

} // namespace relm
