#include "CliRunner.h"
#include "TestSupport.h"

#include "calendar/MeetingAgenda.h"
#include "calendar/MeetingDocument.h"
#include "changes/RecordChanges.h"
#include "storage/CalendarStore.h"
#include "storage/DirectoryStore.h"
#include "storage/SignOffStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Change board meetings: the agenda (releases awaiting sign-off due before the horizon, with what
/// their gate misses), the minutes (sign-offs given while the meeting sat), the agenda document,
/// and the meeting commands of relm-cli.
class TestMeetings final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    Id addMeeting(const QString &title, const QDateTime &wallClock, const QByteArray &zone, int minutes,
                  int horizonDays = 14) {
        CabMeeting m;
        m.title = title;
        m.start = wallClock;
        m.timeZone = zone;
        m.minutes = minutes;
        m.horizonDays = horizonDays;
        for (const QString &login : {u"dev"_s, u"erik"_s})
            m.memberIds.append(m_ws->directory().personByLogin(login)->id);
        CreateRecord<CabMeeting> create(m);
        if (auto r = m_ws->apply(create); !r) {
            qWarning("%s", qPrintable(r.errorMessage()));
            return 0;
        }
        return create.record().id;
    }

    static QStringList releaseNames(const MeetingAgenda &agenda) {
        QStringList names;
        for (const AgendaItem &item : agenda.items)
            names.append(item.release.name);
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        m_ws = test::openWorkspace(m_folder.path(u"meetings.db"_s), true, u"dev"_s);
        QVERIFY(m_ws);
    }

    void agendaListsReleasesAwaitingSignOffDueBeforeTheHorizon() {
        // The demo's today is 2026-11-22; the hotfix awaits sign-off and deploys tonight.
        const Id id = addMeeting(u"Weekly CAB"_s, QDateTime(QDate(2026, 11, 22), QTime(10, 0)), "Europe/Berlin", 60);
        QVERIFY(id);
        auto agenda = agendaOf(*m_ws, id);
        QVERIFY2(agenda, qPrintable(agenda.errorMessage()));
        QCOMPARE(agenda->meeting.startUtc(), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        QCOMPARE(agenda->horizonEnd, QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
        QCOMPARE(agenda->members.size(), 2);
        const QStringList names = releaseNames(*agenda);
        QVERIFY2(names.contains(u"Hotfix 2026.3.1"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(!names.contains(u"2027.1 Winter"_s)); // planned, not awaiting sign-off
        for (const AgendaItem &item : agenda->items) {
            QCOMPARE(item.release.status, ReleaseStatus::AwaitingSignOff);
            QVERIFY(item.due <= agenda->horizonEnd);
            for (const Deployment &d : item.deployments)
                QVERIFY(d.plannedStart <= agenda->horizonEnd);
        }
        const AgendaItem &hotfix = agenda->items.at(names.indexOf(u"Hotfix 2026.3.1"_s));
        QVERIFY(!hotfix.deployments.isEmpty());
        QVERIFY(!hotfix.overdue);
        QCOMPARE(agenda->environmentNames.value(hotfix.deployments.first().environmentId), u"Production"_s);

        const NotesDocument document = agendaDocument(*agenda, QDate(2026, 11, 22));
        const QString text = document.plainText();
        QVERIFY(text.contains(u"Hotfix 2026.3.1"_s));
        QVERIFY(text.contains(u"Erik Larsen"_s));
        QVERIFY(text.contains(u"Minutes"_s));
        QVERIFY(agenda->toJson().value(u"agenda"_s).toArray().size() == agenda->items.size());
    }

    void laterMeetingMarksTheHotfixOverdueAndAnEarlyOneLeavesItOut() {
        const Id late = addMeeting(u"Late CAB"_s, QDateTime(QDate(2026, 11, 30), QTime(9, 0)), "UTC", 30);
        auto agenda = agendaOf(*m_ws, late);
        QVERIFY(agenda);
        const qsizetype at = releaseNames(*agenda).indexOf(u"Hotfix 2026.3.1"_s);
        QVERIFY(at >= 0);
        QVERIFY(agenda->items.at(at).overdue);
        const Id early = addMeeting(u"Early CAB"_s, QDateTime(QDate(2026, 10, 1), QTime(9, 0)), "UTC", 30, 1);
        auto earlyAgenda = agendaOf(*m_ws, early);
        QVERIFY(earlyAgenda);
        QVERIFY(!releaseNames(*earlyAgenda).contains(u"Hotfix 2026.3.1"_s));
    }

    void minutesHoldTheSignOffsGivenWhileTheMeetingSat() {
        auto signOffs = m_ws->signOffs().signOffs(0);
        QVERIFY(signOffs);
        QVERIFY2(signOffs->size() >= 2, "the demo has sign-offs");
        const SignOff inside = signOffs->first();
        const QDateTime start = inside.signedAt.toUTC().addSecs(-120);
        const Id id = addMeeting(u"Minuted CAB"_s, QDateTime(start.date(), start.time()), "UTC", 5);
        auto agenda = agendaOf(*m_ws, id);
        QVERIFY(agenda);
        QList<Id> minuted;
        for (const SignOff &s : agenda->signOffs)
            minuted.append(s.id);
        QVERIFY(minuted.contains(inside.id));
        bool excludedOne = false;
        for (const SignOff &s : *signOffs) {
            const bool within = s.signedAt >= start && s.signedAt < start.addSecs(300);
            QCOMPARE(minuted.contains(s.id), within);
            excludedOne = excludedOne || !within;
        }
        QVERIFY(excludedOne);
        QVERIFY(agendaDocument(*agenda, QDate(2026, 11, 22)).plainText().contains(inside.printedName));
    }

    void meetingByTitleOrNumber() {
        auto byTitle = meetingByReference(*m_ws, u"weekly cab"_s);
        QVERIFY(byTitle);
        auto byNumber = meetingByReference(*m_ws, u"#%1"_s.arg(byTitle->id));
        QVERIFY(byNumber);
        QCOMPARE(byNumber->title, u"Weekly CAB"_s);
        QCOMPARE(meetingByReference(*m_ws, u"No such CAB"_s).error().code, ErrorCode::NotFound);
    }

    void commandLine() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        const test::CliRunner cli(m_folder.path(u"cli.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
        const QString at = QDate::currentDate().toString(Qt::ISODate) + u"T06:00"_s;
        auto add = [&](const QStringList &extra) {
            return cli.withInput(QStringList{u"meeting"_s, u"add"_s, u"Board"_s, u"--at"_s, at} + extra, {}, u"dev"_s);
        };
        QCOMPARE(add({u"--zone"_s, u"Mars/Olympus"_s}).exitCode, 3);
        QCOMPARE(add({u"--minutes"_s, u"lots"_s}).exitCode, 2);
        QCOMPARE(add({u"--members"_s, u"nobody"_s}).exitCode, 3);
        const auto added = add({u"--zone"_s, u"UTC"_s, u"--minutes"_s, u"45"_s, u"--location"_s, u"Room 4"_s,
                                u"--members"_s, u"dev,erik,hana"_s, u"--horizon"_s, u"10"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(cli({u"meeting"_s, u"add"_s, u"Board"_s}).exitCode, 2);

        const QJsonArray list = cli({u"meeting"_s, u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(list.size(), 2); // the demo's change advisory board and this one
        QVERIFY(std::any_of(list.cbegin(), list.cend(),
                            [](const QJsonValue &m) { return m[u"title"_s].toString() == u"Board"_s; }));
        const auto agenda = cli({u"meeting"_s, u"agenda"_s, u"Board"_s, u"--json"_s});
        QCOMPARE(agenda.exitCode, 0);
        const QJsonObject object = agenda.json().object();
        QCOMPARE(object[u"members"_s].toArray().size(), 3);
        QStringList names;
        for (const QJsonValue v : object[u"agenda"_s].toArray())
            names.append(v[u"release"_s].toString());
        QVERIFY2(names.contains(u"Hotfix 2026.3.1"_s), qPrintable(agenda.out));
        QCOMPARE(cli({u"meeting"_s, u"agenda"_s, u"#999"_s}).exitCode, 3);
        QVERIFY(cli({u"meeting"_s, u"agenda"_s, u"#1"_s}).out.contains(u"Hotfix 2026.3.1"_s));

        const QString pdf = m_folder.path(u"agenda.pdf"_s);
        const auto written = cli({u"meeting"_s, u"agenda"_s, u"#1"_s, u"-o"_s, pdf});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF's text was not read");
        QProcess process;
        process.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(u"Hotfix 2026.3.1"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Minutes"_s));
    }
};

QTEST_GUILESS_MAIN(TestMeetings)
#include "tst_meetings.moc"
