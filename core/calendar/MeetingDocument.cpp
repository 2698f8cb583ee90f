#include "MeetingDocument.h"

#include "changes/Workspace.h"
#include "notes/NotesFormats.h"
#include "notes/NotesTemplates.h"
#include "storage/NotesTemplateStore.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("relm::MeetingDocument", text, nullptr, n);
}

/// A UTC moment on the meeting's wall clock, e.g. "2026-11-24 20:00 CET".
QString inZone(const QDateTime &utc, const QByteArray &zoneId) {
    const QTimeZone zone(zoneId);
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return local.toString(u"yyyy-MM-dd HH:mm"_s) + u' ' + local.timeZoneAbbreviation();
}

QString rolesOf(const Person &person) {
    QStringList roles;
    for (Role r : person.roles)
        roles.append(labelOf(r));
    return roles.join(u", "_s);
}

NotesSection membersSection(const MeetingAgenda &agenda) {
    NotesSection s{tr("Members"), {}, u"members"_s};
    QList<QStringList> rows;
    for (const Person &p : agenda.members)
        rows.append({p.displayName, p.login, rolesOf(p)});
    s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("No members are named for this meeting."))
                                   : NotesBlock::tableOf({tr("Name"), tr("Login"), tr("Roles")}, rows));
    return s;
}

NotesSection itemSection(const MeetingAgenda &agenda, const AgendaItem &item, int number) {
    const QByteArray &zone = agenda.meeting.timeZone;
    const Release &r = item.release;
    NotesSection s{tr("%1. %2").arg(number).arg(r.name), {}, u"release"_s};
    s.blocks.append(NotesBlock::factsOf({{tr("Version"), r.version},
                                         {tr("Type"), labelOf(r.type)},
                                         {tr("Service"), r.targetService.isEmpty() ? tr("(none)") : r.targetService},
                                         {tr("Owner"), r.ownerLogin},
                                         {tr("Due"), inZone(item.due, zone)}}));
    if (item.overdue)
        s.blocks.append(
            NotesBlock::notice(tr("Overdue: it was due on %1, before this meeting, and still awaits sign-off.")
                                   .arg(inZone(item.due, zone))));
    const bool anyEmergency = std::any_of(item.deployments.cbegin(), item.deployments.cend(),
                                          [](const Deployment &d) { return d.emergency; });
    QStringList header{tr("Environment"), tr("Planned start"), tr("Planned end")};
    if (anyEmergency)
        header.append(tr("Note"));
    QList<QStringList> rows;
    for (const Deployment &d : item.deployments) {
        rows.append(
            {agenda.environmentNames.value(d.environmentId), inZone(d.plannedStart, zone), inZone(d.plannedEnd, zone)});
        if (anyEmergency)
            rows.last().append(d.emergency ? tr("emergency") : QString());
    }
    s.blocks.append(rows.isEmpty()
                        ? NotesBlock::paragraph(tr("No deployment is planned yet; it is due by its planned end."))
                        : NotesBlock::tableOf(header, rows));
    QStringList missing;
    for (const GateCheck &c : item.missing)
        missing.append(c.detail.isEmpty() ? c.text : tr("%1 (%2)").arg(c.text, c.detail));
    if (missing.isEmpty()) {
        s.blocks.append(NotesBlock::paragraph(tr("The approval gate passes: the board can approve it.")));
    } else {
        s.blocks.append(NotesBlock::paragraph(tr("Before it can be approved:")));
        s.blocks.append(NotesBlock::bullets(missing));
    }
    for (const FreezeOverride &o : item.overrides)
        s.blocks.append(NotesBlock::notice(tr("Allowed to run in the freeze \u201C%1\u201D by %2 (%3) on %4: %5")
                                               .arg(agenda.windowNames.value(o.windowId), o.printedName,
                                                    labelOf(o.role), inZone(o.at, zone), o.reason)));
    return s;
}

NotesSection minutesSection(const MeetingAgenda &agenda) {
    const QByteArray &zone = agenda.meeting.timeZone;
    NotesSection s{tr("Minutes"), {}, u"minutes"_s};
    if (agenda.signOffs.isEmpty() && agenda.overrides.isEmpty()) {
        s.blocks.append(NotesBlock::paragraph(
            tr("Nothing was signed and no freeze was overridden while the meeting sat (%1 to %2).")
                .arg(inZone(agenda.meeting.startUtc(), zone), inZone(agenda.meeting.endUtc(), zone))));
        return s;
    }
    if (!agenda.signOffs.isEmpty()) {
        QList<QStringList> rows;
        for (const SignOff &o : agenda.signOffs)
            rows.append({inZone(o.signedAt, zone), agenda.releaseNames.value(o.releaseId), o.printedName,
                         labelOf(o.role), labelOf(o.meaning), o.comment});
        s.blocks.append(NotesBlock::paragraph(tr("Sign-offs given:")));
        s.blocks.append(NotesBlock::tableOf(
            {tr("When"), tr("Release"), tr("Who"), tr("Role"), tr("Meaning"), tr("Comment")}, rows));
    }
    if (!agenda.overrides.isEmpty()) {
        QList<QStringList> rows;
        for (const FreezeOverride &o : agenda.overrides)
            rows.append({inZone(o.at, zone), agenda.releaseNames.value(agenda.deploymentReleases.value(o.deploymentId)),
                         agenda.windowNames.value(o.windowId), o.printedName, o.reason});
        s.blocks.append(NotesBlock::paragraph(tr("Freezes overridden:")));
        s.blocks.append(NotesBlock::tableOf({tr("When"), tr("Release"), tr("Freeze"), tr("Who"), tr("Reason")}, rows));
    }
    return s;
}

} // namespace

NotesDocument agendaDocument(const MeetingAgenda &agenda, const QDate &today, const NotesLook &look) {
    const CabMeeting &m = agenda.meeting;
    NotesDocument doc;
    doc.title = tr("Change board agenda and minutes");
    doc.release = m.title;
    doc.date = today;
    doc.look = look;
    const QDateTime end = m.start.addSecs(qint64(m.minutes) * 60);
    const QString when = m.start.toString(u"yyyy-MM-dd HH:mm"_s) + u"\u2013"_s +
                         end.toString(m.start.date() == end.date() ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s) + u' ' +
                         QString::fromUtf8(m.timeZone);
    doc.titleFacts = {{tr("When"), when},
                      {tr("Where"), m.location.isEmpty() ? tr("(not set)") : m.location},
                      {tr("Deployments up to"), inZone(agenda.horizonEnd, m.timeZone)},
                      {tr("Releases"), QString::number(agenda.items.size())}};
    doc.sections.append(membersSection(agenda));
    if (agenda.items.isEmpty()) {
        doc.sections.append(NotesSection{
            tr("Releases to decide on"),
            {NotesBlock::paragraph(
                tr("No release awaiting sign-off is due before %1.").arg(inZone(agenda.horizonEnd, m.timeZone)))},
            u"agenda"_s});
    }
    int number = 1;
    for (const AgendaItem &item : agenda.items)
        doc.sections.append(itemSection(agenda, item, number++));
    doc.sections.append(minutesSection(agenda));
    return doc;
}

Result<NotesLook> changeBoardLook(Workspace &workspace) {
    auto notesTemplate = notes::templateFor(workspace.notesTemplates(), u"cab"_s);
    if (!notesTemplate)
        return notesTemplate.error();
    auto branding = notes::brandingOf(workspace.notesTemplates());
    if (!branding)
        return branding.error();
    NotesLook look = notes::lookOf(*branding, *notesTemplate);
    return look;
}

Result<void> writeAgendaPdf(const NotesDocument &document, const QString &path) {
    return notes::writePdf(document, path);
}

} // namespace relm
