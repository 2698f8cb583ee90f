#include "CalendarStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/Schema.h"
#include "storage/StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::Store", text);
}

// Window and meeting times are wall-clock times of their own zone, stored without one.
QString wallClockText(const QDateTime &at) {
    return at.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime wallClockFrom(const QVariant &text) {
    return QDateTime::fromString(text.toString(), u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString utcText(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime utcFrom(const QVariant &text) {
    return QDateTime::fromString(text.toString(), Qt::ISODate).toUTC();
}

RowWriter windowWriter(Database &db) {
    return RowWriter(db, u"change_windows"_s,
                     {u"name"_s, u"kind"_s, u"start_at"_s, u"end_at"_s, u"time_zone"_s, u"recurrence"_s, u"scope"_s,
                      u"reason"_s, u"override_role"_s});
}

QVariantList windowValues(const ChangeWindow &w) {
    return {w.name,
            keyOf(w.kind),
            wallClockText(w.start),
            wallClockText(w.end),
            QString::fromUtf8(w.timeZone),
            w.recurrence.storedText(),
            QString::fromUtf8(w.scope.toJson()),
            w.reason,
            keyOf(w.overrideRole)};
}

RowWriter overrideWriter(Database &db) {
    return RowWriter(db, u"freeze_overrides"_s,
                     {u"window_id"_s, u"deployment_id"_s, u"planned_start"_s, u"planned_end"_s, u"reason"_s,
                      u"person_id"_s, u"login"_s, u"printed_name"_s, u"role"_s, u"overridden_at"_s});
}

RowWriter meetingWriter(Database &db) {
    return RowWriter(
        db, u"cab_meetings"_s,
        {u"title"_s, u"start_at"_s, u"minutes"_s, u"time_zone"_s, u"location"_s, u"members"_s, u"horizon_days"_s});
}

QString membersText(const QList<Id> &ids) {
    QJsonArray a;
    for (Id id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Id> membersFrom(const QVariant &text) {
    QList<Id> ids;
    for (const QJsonValue v : QJsonDocument::fromJson(text.toString().toUtf8()).array()) {
        if (v.isDouble() && v.toDouble() >= 1)
            ids.append(Id(v.toDouble()));
    }
    return ids;
}

QVariantList meetingValues(const CabMeeting &m) {
    return {m.title,    wallClockText(m.start),   m.minutes,    QString::fromUtf8(m.timeZone),
            m.location, membersText(m.memberIds), m.horizonDays};
}

} // namespace

CalendarStore::CalendarStore(Database &db)
    : m_db(db) {}

Result<QList<ChangeWindow>> CalendarStore::queryWindows(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, name, kind, start_at, end_at, time_zone, recurrence, scope, reason, override_role "
                       "FROM change_windows "_s +
                           where + u" ORDER BY start_at, id"_s,
                       values);
    if (!q)
        return q.error();
    QList<ChangeWindow> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        ChangeWindow w;
        w.id = r.value(0).toLongLong();
        w.name = r.value(1).toString();
        w.kind = fromKey<WindowKind>(r.value(2).toString()).value_or(WindowKind::Freeze);
        w.start = wallClockFrom(r.value(3));
        w.end = wallClockFrom(r.value(4));
        w.timeZone = r.value(5).toString().toUtf8();
        // A rule Relm cannot read (edited outside it) is taken as a one-off window, never as nothing.
        w.recurrence = Recurrence::fromRuleText(r.value(6).toString()).value_or(Recurrence{});
        w.scope = WindowScope::fromJson(r.value(7).toString().toUtf8());
        w.reason = r.value(8).toString();
        w.overrideRole = fromKey<Role>(r.value(9).toString()).value_or(Role::ChangeBoard);
        result.append(w);
    }
    (*q)->finish();
    return result;
}

Result<QList<ChangeWindow>> CalendarStore::windows() {
    return queryWindows({}, {});
}

Result<ChangeWindow> CalendarStore::window(Id id) {
    return single(queryWindows(u"WHERE id = ?"_s, {id}), tr("Window #%1").arg(id));
}

Result<ChangeWindow> CalendarStore::windowByName(const QString &name) {
    auto all = windows();
    if (!all)
        return all.error();
    for (const ChangeWindow &w : *all) {
        if (w.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return w;
    }
    return makeError(ErrorCode::NotFound, tr("There is no freeze or maintenance window named \u201C%1\u201D. "
                                             "\u201Crelm-cli freeze list\u201D lists them.")
                                              .arg(name));
}

Result<Id> CalendarStore::insert(const ChangeWindow &w) {
    if (auto r = windowWriter(m_db).requireFree(u"name"_s, w.name, w.id,
                                                tr("A window named \u201C%1\u201D already exists.").arg(w.name));
        !r)
        return r.error();
    return windowWriter(m_db).insert(windowValues(w), w.id);
}

Result<void> CalendarStore::update(const ChangeWindow &w) {
    if (auto r = windowWriter(m_db).requireFree(u"name"_s, w.name, w.id,
                                                tr("A window named \u201C%1\u201D already exists.").arg(w.name));
        !r)
        return r;
    return windowWriter(m_db).update(w.id, windowValues(w));
}

Result<void> CalendarStore::removeWindow(Id id) {
    return windowWriter(m_db).remove(id);
}

Result<QList<FreezeOverride>> CalendarStore::queryOverrides(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, window_id, deployment_id, planned_start, planned_end, reason, person_id, login, "
                       "printed_name, role, overridden_at FROM freeze_overrides "_s +
                           where + u" ORDER BY id"_s,
                       values);
    if (!q)
        return q.error();
    QList<FreezeOverride> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        FreezeOverride o;
        o.id = r.value(0).toLongLong();
        o.windowId = r.value(1).toLongLong();
        o.deploymentId = r.value(2).toLongLong();
        o.plannedStart = utcFrom(r.value(3));
        o.plannedEnd = utcFrom(r.value(4));
        o.reason = r.value(5).toString();
        o.personId = r.value(6).toLongLong();
        o.login = r.value(7).toString();
        o.printedName = r.value(8).toString();
        o.role = fromKey<Role>(r.value(9).toString()).value_or(Role::ChangeBoard);
        o.at = utcFrom(r.value(10));
        result.append(o);
    }
    (*q)->finish();
    return result;
}

Result<QList<FreezeOverride>> CalendarStore::overrides(Id deploymentId) {
    const IdFilter filter = filterById(u"deployment_id"_s, deploymentId);
    return queryOverrides(filter.clause, filter.values);
}

Result<FreezeOverride> CalendarStore::freezeOverride(Id id) {
    return single(queryOverrides(u"WHERE id = ?"_s, {id}), tr("Override #%1").arg(id));
}

Result<Id> CalendarStore::insert(const FreezeOverride &o) {
    return overrideWriter(m_db).insert({o.windowId, o.deploymentId, utcText(o.plannedStart), utcText(o.plannedEnd),
                                        o.reason, o.personId, o.login, o.printedName, keyOf(o.role), utcText(o.at)},
                                       o.id);
}

Result<void> CalendarStore::removeOverride(Id id) {
    return overrideWriter(m_db).remove(id);
}

Result<QList<CabMeeting>> CalendarStore::queryMeetings(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, title, start_at, minutes, time_zone, location, members, horizon_days "
                       "FROM cab_meetings "_s +
                           where + u" ORDER BY start_at, id"_s,
                       values);
    if (!q)
        return q.error();
    QList<CabMeeting> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        CabMeeting m;
        m.id = r.value(0).toLongLong();
        m.title = r.value(1).toString();
        m.start = wallClockFrom(r.value(2));
        m.minutes = r.value(3).toInt();
        m.timeZone = r.value(4).toString().toUtf8();
        m.location = r.value(5).toString();
        m.memberIds = membersFrom(r.value(6));
        m.horizonDays = r.value(7).toInt();
        result.append(m);
    }
    (*q)->finish();
    return result;
}

Result<QList<CabMeeting>> CalendarStore::meetings() {
    return queryMeetings({}, {});
}

Result<CabMeeting> CalendarStore::meeting(Id id) {
    return single(queryMeetings(u"WHERE id = ?"_s, {id}), tr("Meeting #%1").arg(id));
}

Result<Id> CalendarStore::insert(const CabMeeting &m) {
    return meetingWriter(m_db).insert(meetingValues(m), m.id);
}

Result<void> CalendarStore::update(const CabMeeting &m) {
    return meetingWriter(m_db).update(m.id, meetingValues(m));
}

Result<void> CalendarStore::removeMeeting(Id id) {
    return meetingWriter(m_db).remove(id);
}

Result<QString> CalendarStore::calendarUid() {
    const QString key = u"calendar_uid"_s;
    auto stored = m_db.scalar(u"SELECT value FROM relm_meta WHERE key = ?"_s, {key});
    if (!stored)
        return stored.error();
    if (const QString uid = stored->toString(); !uid.isEmpty())
        return uid;
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = Schema::setMeta(m_db, key, uid); !r)
        return r.error();
    return uid;
}

} // namespace relm
