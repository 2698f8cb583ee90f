#include "CliRunner.h"
#include "TestSupport.h"

#include "calendar/CalendarFeed.h"
#include "calendar/ICalendarLines.h"
#include "calendar/ICalendarWriter.h"
#include "calendar/WindowOccurrences.h"
#include "changes/RecordChanges.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// One VEVENT's properties by name (parameters left out), read from the unfolded text.
using Properties = QHash<QString, QString>;

QList<Properties> eventsOf(const QByteArray &ics) {
    QByteArray text = ics;
    text.replace("\r\n ", "");
    QList<Properties> events;
    bool inEvent = false;
    for (const QString &line : QString::fromUtf8(text).split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        if (line == u"BEGIN:VEVENT"_s) {
            events.append(Properties());
            inEvent = true;
        } else if (line == u"END:VEVENT"_s) {
            inEvent = false;
        } else if (inEvent) {
            const qsizetype colon = line.indexOf(u':');
            const QString name = line.left(colon).section(u';', 0, 0);
            events.last().insert(name, line.mid(colon + 1));
        }
    }
    return events;
}

/// The UIDs of the events, leaving out the changed occurrences of a recurring one (RECURRENCE-ID).
QStringList uidsOf(const QByteArray &ics) {
    QStringList uids;
    for (const Properties &event : eventsOf(ics)) {
        if (!event.contains(u"RECURRENCE-ID"_s))
            uids.append(event.value(u"UID"_s));
    }
    return uids;
}

Properties eventWithUid(const QByteArray &ics, const QString &prefix) {
    for (const Properties &event : eventsOf(ics)) {
        if (event.value(u"UID"_s).startsWith(prefix))
            return event;
    }
    return {};
}

QJsonObject parsedEvent(const QJsonObject &parsed, const QString &prefix) {
    for (const QJsonValue &value : parsed[u"events"_s].toArray()) {
        if (value[u"uid"_s].toString().startsWith(prefix))
            return value.toObject();
    }
    return {};
}

QDateTime utc(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

} // namespace

/// The change calendar as iCalendar: the text format (folding, escaping, line endings), one
/// recurring event per window that an independent parser (python3-icalendar and dateutil) expands
/// to Relm's own occurrences across daylight saving, stable UIDs and growing SEQUENCEs, the CLI
/// export and the feed file.
class TestICalendar final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    ChangeWindow m_freeze;
    ChangeWindow m_maintenance;
    CabMeeting m_meeting;
    QString m_python;

    static ICalendarOptions options() {
        ICalendarOptions o;
        o.now = test::fixedNow();
        o.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        o.to = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
        return o;
    }

    QByteArray exportIcs() {
        auto ics = ICalendarWriter::exportFrom(*m_ws, options());
        if (!ics)
            qWarning("export failed: %s", qPrintable(ics.errorMessage()));
        return ics ? *ics : QByteArray();
    }

    /// A Python that has the packages the check script needs (Debian's, also when another one comes first on PATH).
    static QString findPython() {
        for (const QString &candidate : {u"python3"_s, u"/usr/bin/python3"_s}) {
            QProcess probe;
            probe.start(candidate, {u"-c"_s, u"import icalendar, dateutil, zoneinfo"_s});
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
                return candidate;
        }
        return {};
    }

    QJsonObject parseWithPython(const QByteArray &ics) {
        const QString path = m_folder.path(u"check.ics"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
            return {};
        file.close();
        QProcess python;
        python.start(m_python, {QStringLiteral(RELM_ICS_CHECK), path, u"12"_s});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning("ics_check.py failed: %s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        m_ws = test::openWorkspace(m_folder.path(u"ics.db"_s));
        QVERIFY(m_ws);
        m_ws->actAsSetup();
        // The last day of every month, 18:00 to 06:00 Berlin time: September 2026 is summer time,
        // October (after the 25th) winter time, March 2027 (after the 28th) summer time again.
        ChangeWindow w;
        w.name = u"Month-end freeze \u2013 Zahlungsl\u00e4ufe f\u00fcr die Monatsabrechnung der Kund\u00e4nkonten"_s;
        w.kind = WindowKind::Freeze;
        w.start = QDateTime(QDate(2026, 9, 30), QTime(18, 0));
        w.end = QDateTime(QDate(2026, 10, 1), QTime(6, 0));
        w.timeZone = "Europe/Berlin";
        w.recurrence.frequency = Recurrence::Frequency::Monthly;
        w.recurrence.monthDay = -1;
        w.recurrence.until = QDate(2027, 12, 31);
        w.scope.services = {u"Online Billing"_s};
        w.reason = u"Billing runs; no changes, please.\nAsk the change board (Room 4) for exceptions."_s;
        CreateRecord<ChangeWindow> freeze(w);
        auto applied = m_ws->apply(freeze);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        m_freeze = freeze.record();

        CabMeeting m;
        m.title = u"Change board"_s;
        m.start = QDateTime(QDate(2026, 12, 3), QTime(10, 0));
        m.minutes = 90;
        m.timeZone = "Europe/Berlin";
        m.location = u"Room 4, Berlin; 2nd floor"_s;
        CreateRecord<CabMeeting> meeting(m);
        applied = m_ws->apply(meeting);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        m_meeting = meeting.record();

        // Saturday 22:00 to Sunday 04:00: on 27/28 March 2027 it runs through the change to summer time.
        ChangeWindow weekly;
        weekly.name = u"Weekend maintenance"_s;
        weekly.kind = WindowKind::Maintenance;
        weekly.start = QDateTime(QDate(2027, 3, 13), QTime(22, 0));
        weekly.end = QDateTime(QDate(2027, 3, 14), QTime(4, 0));
        weekly.timeZone = "Europe/Berlin";
        weekly.recurrence.frequency = Recurrence::Frequency::Weekly;
        weekly.recurrence.until = QDate(2027, 4, 10);
        CreateRecord<ChangeWindow> maintenance(weekly);
        applied = m_ws->apply(maintenance);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        m_maintenance = maintenance.record();
        m_python = findPython();
    }

    void foldsWithoutSplittingACharacter() {
        const QByteArray line = (u"SUMMARY:"_s + QString(100, QChar(0x2192))).toUtf8(); // 3 octets each
        const QByteArray folded = ICalendarLines::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        QByteArray joined;
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical[i];
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part = part.mid(1);
            }
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder(part);
            QVERIFY2(!decoder.hasError(), "a line ends inside a UTF-8 character");
            Q_UNUSED(text);
            joined += part;
        }
        QCOMPARE(joined, line);
        QCOMPARE(ICalendarLines::fold("VERSION:2.0"), QByteArray("VERSION:2.0\r\n"));
    }

    void escapesText() { QCOMPARE(ICalendarLines::escapeText(u"a\\b;c,d\ne\r\nf"_s), u"a\\\\b\\;c\\,d\\ne\\nf"_s); }

    void linesAreCrlfAndAtMostSeventyFiveOctets() {
        const QByteArray ics = exportIcs();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.contains("PRODID:-//Relm//Relm change calendar//EN\r\n"));
        QVERIFY(ics.contains("CALSCALE:GREGORIAN\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        QVERIFY(ics.contains("\r\n ")); // the freeze's long name and reason were folded
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
            QStringDecoder decoder(QStringDecoder::Utf8);
            (void)decoder(line);
            QVERIFY2(!decoder.hasError(), line.constData());
        }
        const Properties freeze = eventWithUid(ics, u"window-%1@"_s.arg(m_freeze.id));
        QVERIFY(freeze.value(u"DESCRIPTION"_s).startsWith(u"Billing runs\\; no changes\\, please.\\nAsk"_s));
        QCOMPARE(freeze.value(u"DURATION"_s), u"PT12H"_s);
        QCOMPARE(freeze.value(u"RRULE"_s), u"FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20271231T170000Z"_s);
        QCOMPARE(freeze.value(u"CATEGORIES"_s), u"FREEZE"_s);
        QCOMPARE(freeze.value(u"TRANSP"_s), u"OPAQUE"_s);
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260930T180000\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
        QVERIFY(ics.contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"));
    }

    void anIndependentParserExpandsTheFreezeAsRelmDoes() {
        if (m_python.isEmpty())
            QSKIP("python3 with the icalendar and dateutil modules is missing (Debian: python3-icalendar "
                  "python3-dateutil)");
        const QJsonObject parsed = parseWithPython(exportIcs());
        QVERIFY(!parsed.isEmpty());
        QVERIFY(parsed[u"zones"_s].toArray().contains(u"Europe/Berlin"_s));
        const QJsonObject freeze = parsedEvent(parsed, u"window-%1@"_s.arg(m_freeze.id));
        QCOMPARE(freeze[u"categories"_s].toArray(), QJsonArray{u"FREEZE"_s});
        const QJsonArray expanded = freeze[u"occurrences"_s].toArray();
        QCOMPARE(expanded.size(), 12);
        const QList<WindowOccurrence> relm =
            window_occurrences::of(m_freeze, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2027, 9, 15), QTime(0, 0), Qt::UTC));
        QCOMPARE(relm.size(), 12);
        QSet<int> hours;
        for (qsizetype i = 0; i < relm.size(); ++i) {
            QCOMPARE(utc(expanded[i][u"start"_s]), relm[i].start);
            QCOMPARE(utc(expanded[i][u"end"_s]), relm[i].end);
            hours.insert(utc(expanded[i][u"start"_s]).time().hour());
        }
        // 18:00 Berlin is 16:00 UTC in summer and 17:00 in winter: the rule follows daylight saving.
        QCOMPARE(hours, (QSet<int>{16, 17}));
        QCOMPARE(utc(expanded[0][u"start"_s]).time().hour(), 16); // 30 September, summer time
        QCOMPARE(utc(expanded[1][u"start"_s]).time().hour(), 17); // 31 October, winter time
        QCOMPARE(utc(expanded[6][u"start"_s]).time().hour(), 16); // 31 March, summer time again
        // UNTIL ends the rule where Relm's repetition ends.
        const auto all = window_occurrences::of(m_freeze, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC),
                                                QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(freeze[u"count"_s].toInt(), int(all.size()));

        const QJsonObject meeting = parsedEvent(parsed, u"meeting-%1@"_s.arg(m_meeting.id));
        QCOMPARE(utc(meeting[u"start_utc"_s]), m_meeting.startUtc());
        QCOMPARE(utc(meeting[u"end_utc"_s]), m_meeting.endUtc());
        int deployments = 0;
        for (const QJsonValue &event : parsed[u"events"_s].toArray()) {
            if (event[u"uid"_s].toString().startsWith(u"deployment-"_s)) {
                ++deployments;
                QVERIFY(event[u"summary"_s].toString().contains(u"\u2192"_s));
            }
        }
        QVERIFY(deployments > 0);
    }

    void aNightWithAClockChangeKeepsRelmsEnd() {
        const QByteArray ics = exportIcs();
        const QString uid = u"window-%1@"_s.arg(m_maintenance.id);
        QList<Properties> changed;
        for (const Properties &event : eventsOf(ics)) {
            if (event.value(u"UID"_s).startsWith(uid) && event.contains(u"RECURRENCE-ID"_s))
                changed.append(event);
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().value(u"RECURRENCE-ID"_s), u"20270327T220000"_s);
        QCOMPARE(changed.first().value(u"DTEND"_s), u"20270328T040000"_s);
        if (m_python.isEmpty())
            QSKIP("python3 with the icalendar and dateutil modules is missing");
        const QJsonObject parsed = parseWithPython(ics);
        QHash<QDateTime, QDateTime> moved;
        QJsonObject master;
        for (const QJsonValue &event : parsed[u"events"_s].toArray()) {
            if (!event[u"uid"_s].toString().startsWith(uid))
                continue;
            if (event.toObject().contains(u"recurrence_id"_s))
                moved.insert(utc(event[u"recurrence_id"_s]), utc(event[u"end_utc"_s]));
            else
                master = event.toObject();
        }
        const QJsonArray expanded = master[u"occurrences"_s].toArray();
        const auto relm = window_occurrences::of(m_maintenance, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC),
                                                 QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(expanded.size(), relm.size());
        QCOMPARE(relm.size(), 5);
        for (qsizetype i = 0; i < relm.size(); ++i) {
            const QDateTime start = utc(expanded[i][u"start"_s]);
            QCOMPARE(start, relm[i].start);
            QCOMPARE(moved.value(start, utc(expanded[i][u"end"_s])), relm[i].end);
        }
        QCOMPARE(relm[2].end.time().hour(), 2); // 04:00 summer time, after the night of the change
    }

    void uidsAreUniqueAndStable() {
        const QByteArray first = exportIcs();
        const QStringList uids = uidsOf(first);
        QVERIFY(uids.size() > 5);
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());
        auto databaseUid = m_ws->calendar().calendarUid();
        QVERIFY(databaseUid);
        QVERIFY(!databaseUid->isEmpty());
        for (const QString &uid : uids)
            QVERIFY2(uid.endsWith(u'@' + *databaseUid), qPrintable(uid));
        QCOMPARE(uids.count(u"window-%1@%2"_s.arg(m_freeze.id).arg(*databaseUid)), 1); // not expanded
        const QByteArray second = exportIcs();
        QCOMPARE(uidsOf(second), uids);
        QCOMPARE(second, first); // same data, same clock: the same file
    }

    void editingADeploymentRaisesItsSequence() {
        auto deployments = m_ws->deployments().deployments();
        QVERIFY(deployments);
        const auto planned = std::find_if(deployments->cbegin(), deployments->cend(), [](const Deployment &d) {
            return d.outcome == DeploymentOutcome::Planned && d.plannedStart.isValid();
        });
        QVERIFY(planned != deployments->cend());
        const QString prefix = u"deployment-%1@"_s.arg(planned->id);
        const int before = eventWithUid(exportIcs(), prefix).value(u"SEQUENCE"_s, u"-1"_s).toInt();
        QVERIFY(before >= 0);
        Deployment changed = *planned;
        changed.notes += u" Checked with the service desk."_s;
        EditRecord<Deployment> edit(*planned, changed);
        auto applied = m_ws->apply(edit);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(eventWithUid(exportIcs(), prefix).value(u"SEQUENCE"_s).toInt(), before + 1);
    }

    void feedIsReplacedInOneStep() {
        const QString path = m_folder.path(u"feed.ics"_s);
        CalendarFeed feed(path);
        QElapsedTimer timer;
        timer.start();
        constexpr int runs = 5;
        for (int i = 0; i < runs; ++i)
            QVERIFY(feed.update(*m_ws, test::fixedNow()));
        qInfo("writing the demo's calendar feed takes %.1f ms", double(timer.elapsed()) / runs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), *ICalendarWriter::exportFrom(*m_ws, ICalendarOptions::around(test::fixedNow())));
        auto refused = CalendarFeed(m_folder.path(u"missing/feed.ics"_s)).update(*m_ws, test::fixedNow());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Io);
    }

    void cliExportsOneEnvironment() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        const test::CliRunner cli(m_folder.path(u"cli.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
        const QString path = m_folder.path(u"production.ics"_s);
        const auto run = cli({u"export"_s, u"ical"_s, u"--env"_s, u"Production"_s, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray production = file.readAll();
        int deployments = 0;
        for (const Properties &event : eventsOf(production)) {
            if (!event.value(u"UID"_s).startsWith(u"deployment-"_s))
                continue;
            ++deployments;
            QVERIFY2(event.value(u"SUMMARY"_s).endsWith(u"\u2192 Production"_s), qPrintable(event.value(u"SUMMARY"_s)));
            QVERIFY(event.value(u"CATEGORIES"_s).contains(u"Production"_s));
        }
        QVERIFY(deployments > 0);
        const auto everything = cli({u"export"_s, u"ical"_s});
        QCOMPARE(everything.exitCode, 0);
        QVERIFY(everything.out.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
        int all = 0;
        for (const Properties &event : eventsOf(everything.out.toUtf8()))
            all += event.value(u"UID"_s).startsWith(u"deployment-"_s) ? 1 : 0;
        QVERIFY(all > deployments);
        QCOMPARE(cli({u"export"_s, u"ical"_s, u"--env"_s, u"Nowhere"_s}).exitCode, 3);
        QCOMPARE(cli({u"export"_s, u"ical"_s, u"--from"_s, u"2026-13-01"_s}).exitCode, 2);
    }

    void cliRefusesAnUnwritableFile() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        const test::CliRunner cli(m_folder.path(u"cli.db"_s), m_folder.path(u"xdg"_s));
        const auto run = cli({u"export"_s, u"ical"_s, u"-o"_s, m_folder.path(u"missing/folder/f.ics"_s)});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"missing/folder/f.ics"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
