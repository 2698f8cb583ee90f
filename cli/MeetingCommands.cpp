// relm-cli meeting add|list|agenda: change board meetings, their agenda and minutes.
#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "calendar/MeetingAgenda.h"
#include "calendar/MeetingDocument.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "storage/CalendarStore.h"
#include "storage/DirectoryStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("relm::cli", text, nullptr, n);
}

/// Reads --at, --zone, --minutes, --location, --members and --horizon into the meeting; a
/// malformed value gives the usage message to print.
std::optional<QString> applyOptions(CliContext &cli, CabMeeting &meeting) {
    const QDateTime at = QDateTime::fromString(cli.option(u"at"_s), Qt::ISODate);
    if (!at.isValid() || cli.option(u"at"_s).size() < 16)
        return tr("--at is a date and a wall-clock time, e.g. 2026-12-01T10:00.");
    meeting.start = QDateTime(at.date(), at.time()); // a plain wall clock; the zone is kept apart
    meeting.timeZone = cli.isSet(u"zone"_s) ? cli.option(u"zone"_s).trimmed().toUtf8() : QTimeZone::systemTimeZoneId();
    bool ok = true;
    for (const auto &[option, field] :
         {std::pair{u"minutes"_s, &meeting.minutes}, std::pair{u"horizon"_s, &meeting.horizonDays}}) {
        if (cli.isSet(option))
            *field = cli.option(option).toInt(&ok);
        if (!ok)
            return tr("--%1 is a whole number.").arg(option);
    }
    meeting.location = cli.option(u"location"_s).trimmed();
    return std::nullopt;
}

Result<QList<Id>> memberIds(Workspace &ws, const QString &logins) {
    QList<Id> ids;
    for (const QString &login : logins.split(u',', Qt::SkipEmptyParts)) {
        auto person = ws.directory().personByLogin(login.trimmed());
        if (!person)
            return person.error();
        ids.append(person->id);
    }
    return ids;
}

void printAgenda(CliContext &cli, const MeetingAgenda &agenda) {
    QTextStream &out = cli.out();
    const CabMeeting &m = agenda.meeting;
    out << m.title << u" \u2014 "_s << meetingTimeText(m)
        << QCoreApplication::translate("relm::cli", ", %n minute(s)", nullptr, m.minutes) << Qt::endl;
    if (!m.location.isEmpty())
        out << tr("Where: %1").arg(m.location) << Qt::endl;
    QStringList names;
    for (const Person &p : agenda.members)
        names.append(p.displayName);
    out << tr("Members: %1").arg(names.isEmpty() ? tr("(none)") : names.join(u", "_s)) << Qt::endl;
    out << tr("Covers deployments planned up to %1.").arg(agenda.horizonEnd.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
        << Qt::endl
        << Qt::endl;
    if (agenda.items.isEmpty())
        out << tr("No release awaiting sign-off is due in this period.") << Qt::endl;
    for (const AgendaItem &item : agenda.items) {
        out << item.release.name << u" ("_s << item.release.version << u')'
            << (item.overdue ? tr(" \u2014 overdue") : QString()) << Qt::endl;
        for (const Deployment &d : item.deployments)
            out << u"  "_s
                << tr("deploys to %1 at %2")
                       .arg(agenda.environmentNames.value(d.environmentId),
                            d.plannedStart.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                << Qt::endl;
        for (const GateCheck &c : item.missing)
            out << u"  "_s << tr("missing: %1").arg(c.detail.isEmpty() ? c.text : c.text + u" ("_s + c.detail + u')')
                << Qt::endl;
        for (const FreezeOverride &o : item.overrides)
            out << u"  "_s << tr("freeze overridden by %1: %2").arg(o.printedName, o.reason) << Qt::endl;
    }
    out << Qt::endl << tr("Minutes:") << Qt::endl;
    if (agenda.signOffs.isEmpty() && agenda.overrides.isEmpty())
        out << u"  "_s << tr("nothing was signed or overridden while the meeting sat.") << Qt::endl;
    for (const SignOff &s : agenda.signOffs)
        out << u"  "_s
            << tr("%1 %2 signed %3 as %4: %5")
                   .arg(s.signedAt.toUTC().toString(u"HH:mm 'UTC'"_s), s.printedName,
                        agenda.releaseNames.value(s.releaseId), labelOf(s.role), labelOf(s.meaning))
            << Qt::endl;
    for (const FreezeOverride &o : agenda.overrides)
        out << u"  "_s
            << tr("%1 %2 overrode \u201C%3\u201D for %4: %5")
                   .arg(o.at.toUTC().toString(u"HH:mm 'UTC'"_s), o.printedName, agenda.windowNames.value(o.windowId),
                        agenda.releaseNames.value(agenda.deploymentReleases.value(o.deploymentId)), o.reason)
            << Qt::endl;
}

} // namespace

int meetingAdd(CliContext &cli) {
    if (cli.word(1).isEmpty() || !cli.isSet(u"at"_s))
        return cli.usage(tr("meeting add needs a title and --at, e.g. "
                            "\u201Cmeeting add \"Weekly CAB\" --at 2026-12-01T10:00 --zone Europe/Berlin\u201D."));
    CabMeeting meeting;
    meeting.title = cli.word(1);
    if (auto message = applyOptions(cli, meeting))
        return cli.usage(*message);
    auto members = memberIds(cli.workspace(), cli.option(u"members"_s));
    if (!members)
        return cli.fail(members.error());
    meeting.memberIds = *members;
    CreateRecord<CabMeeting> create(meeting);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    cli.out() << tr("Added meeting #%1 \u201C%2\u201D on %3.")
                     .arg(create.record().id)
                     .arg(meeting.title, meetingTimeText(create.record()))
              << Qt::endl;
    return ExitOk;
}

int meetingList(CliContext &cli) {
    auto meetings = cli.workspace().calendar().meetings();
    if (!meetings)
        return cli.fail(meetings.error());
    if (cli.json()) {
        QJsonArray array;
        for (const CabMeeting &m : *meetings) {
            QJsonObject object = json::toJson(m);
            object.insert(u"start_utc"_s, m.startUtc().toString(Qt::ISODate));
            array.append(object);
        }
        cli.printJson(array);
        return ExitOk;
    }
    if (meetings->isEmpty()) {
        cli.out() << tr("No change board meetings yet: add one with meeting add.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Title"), tr("When"), tr("Minutes"), tr("Where"), tr("Members")});
    for (const CabMeeting &m : *meetings)
        table.addRow({QString::number(m.id), m.title, meetingTimeText(m), QString::number(m.minutes), m.location,
                      QString::number(m.memberIds.size())});
    table.print(cli.out());
    return ExitOk;
}

int meetingAgenda(CliContext &cli) {
    if (cli.word(1).isEmpty())
        return cli.usage(tr("Name the meeting by its title or number, e.g. \u201Cmeeting agenda #1\u201D."));
    auto meeting = meetingByReference(cli.workspace(), cli.word(1));
    if (!meeting)
        return cli.fail(meeting.error());
    auto agenda = agendaOf(cli.workspace(), meeting->id);
    if (!agenda)
        return cli.fail(agenda.error());
    if (const QString path = cli.option(u"output"_s); !path.isEmpty()) {
        auto look = changeBoardLook(cli.workspace());
        if (!look)
            return cli.fail(look.error());
        const NotesDocument document = agendaDocument(*agenda, cli.workspace().clock()().date(), *look);
        if (auto r = writeAgendaPdf(document, path); !r)
            return cli.fail(r.error());
        cli.out() << tr("Wrote %1 (%2).").arg(QFileInfo(path).absoluteFilePath(), document.title) << Qt::endl;
        return ExitOk;
    }
    if (cli.json())
        cli.printJson(agenda->toJson());
    else
        printAgenda(cli, *agenda);
    return ExitOk;
}

} // namespace relm::cli
