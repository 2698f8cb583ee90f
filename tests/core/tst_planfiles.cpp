#include "TestSupport.h"

#include "changes/PlanFileChanges.h"
#include "import/GanttProjectReader.h"
#include "import/PlanFileReader.h"
#include "import/PlanImportReport.h"
#include "import/PlannerReader.h"
#include "import/XmlPlanText.h"
#include "planning/ReleasePlanning.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

QString sourceDir() {
    return qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath());
}

QString dataFile(const QString &name) {
    return sourceDir() + u"/tests/data/plans/"_s + name;
}

QByteArray bytesOf(const QString &name) {
    QFile file(dataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The small file with one piece of text replaced (the replaced text must be there).
QByteArray edited(const QString &name, const QByteArray &from, const QByteArray &to) {
    QByteArray bytes = bytesOf(name);
    if (!bytes.contains(from))
        return {};
    return bytes.replace(from, to);
}

int indexOf(const PlanFile &plan, const QString &name) {
    const auto &tasks = plan.schedule.input.tasks;
    for (size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].name == name)
            return int(i);
    }
    return -1;
}

const ScheduleLink *linkInto(const PlanFile &plan, const QString &successor) {
    const int to = indexOf(plan, successor);
    for (const ScheduleLink &l : plan.schedule.input.links) {
        if (l.successor == to)
            return &l;
    }
    return nullptr;
}

QDateTime at(const QString &text) {
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

/// GanttProject and Planner files: what the readers take from them, what they refuse and how they
/// say it, the dates Relm computes against the files' own, and the import as one step.
class TestPlanFiles final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;

private Q_SLOTS:
    void theUtf8CheckAgreesWithQtsDecoder() {
        // Short random runs of the bytes that matter: ASCII, continuation bytes and every lead byte.
        QRandomGenerator random(11);
        const QByteArray alphabet("a\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe1\xed\xee\xef\xf0\xf1"
                                  "\xf4\xf5\xff");
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes("x");
            for (int i = random.bounded(1, 7); i > 0; --i)
                bytes.append(alphabet.at(random.bounded(int(alphabet.size()))));
            QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
            const QString decoded = utf8.decode(bytes);
            const bool valid = !utf8.hasError();
            QVERIFY2(bool(xml_plan::checkText(bytes, u"t"_s, u"a tool"_s)) == valid, bytes.toHex().constData());
        }
    }

    void ganttProjectTasksPhasesAndLinks() {
        auto plan = GanttProjectReader::read(dataFile(u"small.gan"_s));
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        const ScheduleInput &input = plan->schedule.input;
        QCOMPARE(plan->schedule.name, u"Small release"_s);
        QCOMPARE(input.tasks.size(), size_t(8));
        QCOMPARE(input.projectStart, at(u"2026-01-05T00:00:00"_s));
        const int phase = indexOf(*plan, u"Build phase"_s);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Compile"_s))].parent, phase);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Test"_s))].parent, phase);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Docs"_s))].parent, -1);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Compile"_s))].duration, 2 * 480);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Compile"_s))].percentComplete, 50);
        QVERIFY(input.tasks[size_t(indexOf(*plan, u"Release"_s))].milestone);
        QVERIFY(!input.tasks[size_t(phase)].milestone);
        // Codes on the predecessor: 2 FS, 3 FF, 1 SS (with a lag of one day), 4 SF.
        QCOMPARE(input.links.size(), size_t(5));
        QCOMPARE(linkInto(*plan, u"Test"_s)->type, LinkType::FinishToStart);
        QCOMPARE(linkInto(*plan, u"Test"_s)->predecessor, indexOf(*plan, u"Compile"_s));
        QCOMPARE(linkInto(*plan, u"Package"_s)->type, LinkType::FinishToFinish);
        QCOMPARE(linkInto(*plan, u"Review"_s)->type, LinkType::StartToStart);
        QCOMPARE(linkInto(*plan, u"Review"_s)->lag, 480);
        QCOMPARE(linkInto(*plan, u"Handover"_s)->type, LinkType::StartToFinish);
        QCOMPARE(plan->schedule.sourceUids.at(indexOf(*plan, u"Docs"_s)), 4);
    }

    void ganttProjectCalendar() {
        auto plan = GanttProjectReader::read(dataFile(u"small.gan"_s));
        QVERIFY(plan);
        const WorkCalendar &calendar = plan->schedule.input.calendar;
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 5)), 480);  // Monday
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 10)), 0);   // Saturday
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 7)), 0);    // one-off holiday
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 9)), 0);    // yearly holiday ...
        QCOMPARE(calendar.workingMinutes(QDate(2027, 1, 8)), 480);  // ... only on its day
        QCOMPARE(calendar.workingMinutes(QDate(2029, 1, 9)), 0);    // in later years too
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 17)), 480); // a working Saturday
        QCOMPARE(plan->calendars, 1);
        QVERIFY(plan->calendarDays > 3);
    }

    void ganttProjectDatesAgreeWithTheFile() {
        auto plan = GanttProjectReader::read(dataFile(u"small.gan"_s));
        QVERIFY(plan);
        // A task no firm link drives keeps its stored start, as GanttProject places it.
        const ScheduleTask &docs = plan->schedule.input.tasks[size_t(indexOf(*plan, u"Docs"_s))];
        QCOMPARE(docs.constraint, ConstraintType::StartNoEarlierThan);
        QCOMPARE(docs.constraintDate, at(u"2026-01-08T00:00:00"_s));
        auto differences = PlanDateCheck::differences(*plan);
        QVERIFY2(differences, qPrintable(differences.errorMessage()));
        QStringList named;
        for (const DateDifference &d : *differences)
            named.append(d.name);
        QVERIFY2(differences->isEmpty(), qPrintable(named.join(u", "_s)));
    }

    void ganttProjectStaleStartIsReported() {
        // Test stored as starting on Friday 2026-01-02's week: Relm starts it after Compile.
        auto plan =
            GanttProjectReader::readBytes(edited(u"small.gan"_s, "name=\"Test\" meeting=\"false\" start=\"2026-01-08\"",
                                                 "name=\"Test\" meeting=\"false\" start=\"2026-01-06\""),
                                          u"stale.gan"_s);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        auto report = PlanImportReport::of(*plan, u"stale.gan"_s);
        QVERIFY(report);
        QCOMPARE(report->differences.size(), 1);
        QCOMPARE(report->differences.first().name, u"Test"_s);
        QCOMPARE(report->differences.first().startShift, 480); // one working day later (Wednesday is a holiday)
        QVERIFY2(report->text().contains(u"\u201CTest\u201D starts 1 day later"_s), qPrintable(report->text()));
    }

    void plannerTasksDurationsAndLinks() {
        auto plan = PlannerReader::read(dataFile(u"small.planner"_s));
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        const ScheduleInput &input = plan->schedule.input;
        QCOMPARE(input.tasks.size(), size_t(8));
        QCOMPARE(input.projectStart, at(u"2026-01-05T00:00:00"_s));
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Compile"_s))].duration, 16 * 60);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Compile"_s))].percentComplete, 40);
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Test"_s))].duration, 8 * 60); // 16 h of work, two people
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Docs"_s))].duration, 8 * 60); // fixed duration
        QCOMPARE(input.tasks[size_t(indexOf(*plan, u"Test"_s))].parent, indexOf(*plan, u"Build phase"_s));
        QVERIFY(input.tasks[size_t(indexOf(*plan, u"Release"_s))].milestone);
        const ScheduleTask &docs = input.tasks[size_t(indexOf(*plan, u"Docs"_s))];
        QCOMPARE(docs.constraint, ConstraintType::StartNoEarlierThan);
        QCOMPARE(docs.constraintDate, at(u"2026-01-12T00:00:00"_s));
        QCOMPARE(input.links.size(), size_t(5));
        QCOMPARE(linkInto(*plan, u"Test"_s)->lag, 480); // a day of lag counts as a working day
        QCOMPARE(linkInto(*plan, u"Review"_s)->type, LinkType::StartToFinish);
        QCOMPARE(linkInto(*plan, u"Sign-off"_s)->type, LinkType::FinishToFinish);
        QCOMPARE(linkInto(*plan, u"Notes"_s)->type, LinkType::StartToStart);
        QVERIFY(!plan->notes.isEmpty()); // says how it reads elapsed lags
    }

    void plannerCalendar() {
        auto plan = PlannerReader::read(dataFile(u"small.planner"_s));
        QVERIFY(plan);
        const WorkCalendar &calendar = plan->schedule.input.calendar;
        QCOMPARE(calendar.name, u"Standard"_s);
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 5)), 480);
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 7)), 0);   // set apart as non-working
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 9)), 240); // a half day of its own day type
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 10)), 0);
        QCOMPARE(plan->calendars, 2);
        QCOMPARE(plan->calendarDays, 2);
    }

    void plannerDerivedCalendarUsesItsBase() {
        auto plan = PlannerReader::readBytes(edited(u"small.planner"_s, "calendar=\"1\">", "calendar=\"2\">"),
                                             u"derived.planner"_s);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        const WorkCalendar &calendar = plan->schedule.input.calendar;
        QCOMPARE(calendar.name, u"Derived"_s);
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 5)), 480);
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 9)), 240);
        QCOMPARE(calendar.workingMinutes(QDate(2026, 1, 11)), 0);
    }

    void plannerDatesAgreeWithTheFile() {
        auto plan = PlannerReader::read(dataFile(u"small.planner"_s));
        QVERIFY(plan);
        auto differences = PlanDateCheck::differences(*plan);
        QVERIFY2(differences, qPrintable(differences.errorMessage()));
        QVERIFY2(differences->isEmpty(), qPrintable(PlanDateCheck::summary(*differences)));
    }

    void refusalsNameFileLineAndProblem_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gan duration") << u"small.gan"_s
                                      << edited(u"small.gan"_s, "duration=\"2\" complete=\"50\"",
                                                "duration=\"two\" complete=\"50\"")
                                      << u"line 20: task \u201CCompile\u201D (id 1) lasts \u201Ctwo\u201D days"_s;
        QTest::newRow("gan link type")
            << u"small.gan"_s << edited(u"small.gan"_s, "<depend id=\"2\" type=\"2\"", "<depend id=\"2\" type=\"9\"")
            << u"line 21: the dependency of task id 2 on task \u201CCompile\u201D (id 1) has the "
               u"type \u201C9\u201D"_s;
        QTest::newRow("gan missing successor")
            << u"small.gan"_s << edited(u"small.gan"_s, "<depend id=\"7\"", "<depend id=\"70\"")
            << u"line 29: task \u201CRelease\u201D (id 3) has a dependency on the task id 70, which is not in the file"_s;
        QTest::newRow("gan duplicate id")
            << u"small.gan"_s << edited(u"small.gan"_s, "<task id=\"7\"", "<task id=\"5\"")
            << u"line 36: two tasks have the id 5"_s;
        QTest::newRow("gan date")
            << u"small.gan"_s
            << edited(u"small.gan"_s,
                      "start=\"2026-01-12\" duration=\"1\" complete=\"0\" expand=\"true\"/>\n        <task id=\"6\"",
                      "start=\"2026-13-12\" duration=\"1\" complete=\"0\" expand=\"true\"/>\n        <task id=\"6\"")
            << u"line 34: task \u201CReview\u201D (id 5) starts on \u201C2026-13-12\u201D"_s;
        QTest::newRow("gan not well-formed")
            << u"small.gan"_s << edited(u"small.gan"_s, "</tasks>", "</task>") << u"is damaged at line 37"_s;
        QTest::newRow("planner link type")
            << u"small.planner"_s << edited(u"small.planner"_s, "type=\"SF\"", "type=\"XX\"")
            << u"line 53: the dependency of task \u201CReview\u201D (id 6) on id 5 has the type \u201CXX\u201D"_s;
        QTest::newRow("planner lag")
            << u"small.planner"_s << edited(u"small.planner"_s, "lag=\"86400\"", "lag=\"1d\"")
            << u"line 39: the dependency of task \u201CTest\u201D (id 3) on id 2 has the lag \u201C1d\u201D"_s;
        QTest::newRow("planner missing predecessor")
            << u"small.planner"_s
            << edited(u"small.planner"_s, "predecessor-id=\"3\" type=\"FS\"", "predecessor-id=\"33\" type=\"FS\"")
            << u"line 45: task \u201CRelease\u201D (id 4) depends on the task id 33, which is not in the file"_s;
        QTest::newRow("planner interval")
            << u"small.planner"_s
            << edited(u"small.planner"_s, "start=\"1300\" end=\"1700\"", "start=\"1300\" end=\"1260\"")
            << u"line 17: the calendar \u201CStandard\u201D has the working interval"_s;
        QTest::newRow("planner project start")
            << u"small.planner"_s
            << edited(u"small.planner"_s, "project-start=\"20260105T000000Z\"", "project-start=\"soon\"")
            << u"line 2: the project start \u201Csoon\u201D"_s;
        QTest::newRow("planner work") << u"small.planner"_s
                                      << edited(u"small.planner"_s, "work=\"14400\" start=\"20260109T080000Z\"",
                                                "work=\"-5\" start=\"20260109T080000Z\"")
                                      << u"line 56: task \u201CSign-off\u201D (id 7) has work=\u201C-5\u201D"_s;
        QTest::newRow("not UTF-8") << u"small.planner"_s
                                   << edited(u"small.planner"_s, "name=\"Docs\"", "name=\"D\xF6\x63s\"")
                                   << u"is not UTF-8 text (line 48)"_s;
        QTest::newRow("empty") << u"small.gan"_s << QByteArray("  \n") << u"is empty"_s;
        QTest::newRow("a Planner file read as GanttProject")
            << u"small.gan"_s << bytesOf(u"small.planner"_s) << u"is a GNOME Planner file, not a GanttProject file"_s;
        QTest::newRow("a GanttProject file read as Planner")
            << u"small.planner"_s
            << QByteArray("<?xml version=\"1.0\"?>\n<project name=\"House\" webLink=\"http://\" "
                          "view-date=\"2026-01-05\" version=\"3.2\"><tasks/></project>")
            << u"is a GanttProject file, not a GNOME Planner file"_s;
        QTest::newRow("other XML") << u"small.planner"_s << QByteArray("<?xml version=\"1.0\"?><Project/>")
                                   << u"is not a Planner file"_s;
    }

    void refusalsNameFileLineAndProblem() {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QVERIFY(!bytes.isNull());
        const QString source = u"/plans/"_s + file;
        auto plan = file.endsWith(u".gan"_s) ? GanttProjectReader::readBytes(bytes, source)
                                             : PlannerReader::readBytes(bytes, source);
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(source), qPrintable(plan.errorMessage()));
        QVERIFY2(plan.errorMessage().contains(expected), qPrintable(plan.errorMessage()));
    }

    void damagedFilesAreReadOrRefusedWithAReason() {
        // Cut, flipped and spliced bytes: every outcome is a plan or a refusal that says why.
        QRandomGenerator random(2026);
        for (const QString &name : {u"small.gan"_s, u"small.planner"_s}) {
            const QByteArray original = bytesOf(name);
            QVERIFY(!original.isEmpty());
            for (int i = 0; i < 1500; ++i) {
                QByteArray bytes = original;
                const int edits = 1 + random.bounded(4);
                for (int e = 0; e < edits; ++e) {
                    const qsizetype at = random.bounded(int(bytes.size()));
                    switch (random.bounded(3)) {
                    case 0:
                        bytes[at] = char(random.bounded(256));
                        break;
                    case 1:
                        bytes.truncate(at);
                        break;
                    default:
                        bytes.insert(at, original.mid(random.bounded(int(original.size())), random.bounded(80)));
                    }
                    if (bytes.isEmpty())
                        break;
                }
                auto plan = name.endsWith(u".gan"_s) ? GanttProjectReader::readBytes(bytes, name)
                                                     : PlannerReader::readBytes(bytes, name);
                if (!plan) {
                    QVERIFY2(plan.errorMessage().contains(name), qPrintable(plan.errorMessage()));
                    continue;
                }
                auto report = PlanImportReport::of(*plan, name);
                QVERIFY(report || !report.errorMessage().isEmpty());
            }
        }
    }

    void repeatedTaskNamesAreSaidInTheSummary() {
        auto plan = PlanFileReader::read(dataFile(u"small.planner"_s));
        QVERIFY(plan);
        PlanFile repeated = *plan;
        repeated.schedule.input.tasks[2].name = repeated.schedule.input.tasks[1].name;
        const QString name = repeated.schedule.input.tasks[1].name;
        auto report = PlanImportReport::of(repeated, u"repeated.planner"_s);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->text().contains(u"Task names repeat in the file (\u201C%1\u201D)"_s.arg(name)),
                 qPrintable(report->text()));
        auto unique = PlanImportReport::of(*plan, u"small.planner"_s);
        QVERIFY(unique);
        QVERIFY(!unique->text().contains(u"Task names repeat"_s));
    }

    void formatsByExtension() {
        QCOMPARE(PlanFileReader::formatOf(u"a/b.GAN"_s), PlanFormat::GanttProject);
        QCOMPARE(PlanFileReader::formatOf(u"b.planner"_s), PlanFormat::Planner);
        QCOMPARE(PlanFileReader::formatOf(u"b.xml"_s), PlanFormat::MsProject);
        QVERIFY(!PlanFileReader::isPlanFile(u"b.db"_s));
        auto missing = PlanFileReader::read(m_folder.path(u"nowhere.gan"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void importIntoANewReleaseKeepsTheFilesDates() {
        auto ws = test::openWorkspace(m_folder.path(u"new.db"_s));
        QVERIFY(ws);
        auto plan = PlanFileReader::read(dataFile(u"small.planner"_s));
        QVERIFY(plan);
        Release release;
        release.name = u"small"_s;
        release.ownerId = ws->actingPerson().id;
        release.plannedStart = plan->schedule.input.projectStart.date();
        ImportPlanFile first(release, *plan, u"small.planner"_s);
        QVERIFY2(ws->apply(first), "first import");
        ImportPlanFile second(release, *plan, u"small.planner"_s); // the same file again
        QVERIFY2(ws->apply(second), "second import");
        QCOMPARE(second.releaseName(), u"small (2)"_s);
        auto stored = ws->releases().release(first.releaseId());
        QVERIFY(stored);
        QCOMPARE(stored->plannedStart, QDate(2026, 1, 5));
        auto calendar = ws->plan().calendar(stored->calendarId);
        QVERIFY(calendar);
        QCOMPARE(calendar->calendar.workingMinutes(QDate(2026, 1, 9)), 240);
        auto schedule = planning::scheduleRelease(*ws, first.releaseId());
        QVERIFY2(schedule, qPrintable(schedule.errorMessage()));
        QCOMPARE(schedule->tasks.size(), 8);
        // Lags count on the portfolio's calendar, so only tasks without them are compared here.
        int compared = 0;
        for (const ScheduledTask &t : schedule->tasks) {
            if (t.task.name == u"Compile"_s) {
                QCOMPARE(t.start, at(u"2026-01-05T08:00:00"_s));
                QCOMPARE(t.finish, at(u"2026-01-06T17:00:00"_s));
                ++compared;
            } else if (t.task.name == u"Docs"_s) {
                QCOMPARE(t.start, at(u"2026-01-12T08:00:00"_s));
                QCOMPARE(t.finish, at(u"2026-01-12T17:00:00"_s));
                ++compared;
            }
        }
        QCOMPARE(compared, 2);
        // Undo takes the release, its calendar and its tasks out again.
        auto reverted = ws->revert(second);
        QVERIFY2(reverted, qPrintable(reverted.errorMessage()));
        QVERIFY(!ws->releases().releaseByName(u"small (2)"_s));
    }

    void aRefusedImportWritesNothing() {
        auto ws = test::openWorkspace(m_folder.path(u"refused.db"_s));
        QVERIFY(ws);
        auto plan = GanttProjectReader::read(dataFile(u"small.gan"_s));
        QVERIFY(plan);
        // Handover back to Compile closes a cycle: Compile → Test → Release → Handover → Compile.
        PlanFile cyclic = *plan;
        cyclic.schedule.input.links.push_back(
            {indexOf(cyclic, u"Handover"_s), indexOf(cyclic, u"Compile"_s), LinkType::FinishToStart, 0, 0.0, false});
        QVERIFY(!PlanImportReport::of(cyclic, u"cyclic.gan"_s));
        const auto count = [&] {
            return ws->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toInt();
        };
        const int audits = count();
        const int releases = int(ws->releases().releases()->size());
        const qsizetype calendars = ws->plan().calendars()->size();
        Release release;
        release.name = u"cyclic"_s;
        release.ownerId = ws->actingPerson().id;
        ImportPlanFile change(release, cyclic, u"cyclic.gan"_s);
        auto applied = ws->apply(change);
        QVERIFY(!applied);
        QVERIFY2(applied.errorMessage().contains(u"Compile"_s), qPrintable(applied.errorMessage()));
        QCOMPARE(count(), audits);
        QCOMPARE(int(ws->releases().releases()->size()), releases);
        QCOMPARE(ws->plan().calendars()->size(), calendars);
    }

    void conformanceFilesReadAndSchedule_data() {
        QTest::addColumn<QString>("path");
        const QDir corpus(sourceDir() + u"/../shared/conformance"_s);
        if (!corpus.exists())
            QSKIP("The conformance corpus (../shared/conformance) is not beside the checkout; nothing to read.");
        for (const QString &folder : {u"gan"_s, u"planner"_s}) {
            for (const QFileInfo &file : QDir(corpus.filePath(folder)).entryInfoList({u"*.gan"_s, u"*.planner"_s}))
                QTest::newRow(qPrintable(file.fileName())) << file.filePath();
        }
    }

    void conformanceFilesReadAndSchedule() {
        QFETCH(QString, path);
        auto plan = PlanFileReader::read(path);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QVERIFY(!plan->schedule.input.tasks.empty());
        QCOMPARE(plan->stored.size(), qsizetype(plan->schedule.input.tasks.size()));
        auto report = PlanImportReport::of(*plan, QFileInfo(path).fileName());
        QVERIFY2(report, qPrintable(report.errorMessage()));
        qInfo().noquote() << report->text();

        // Imported, the differences come from the schedule the write door computed for the
        // stored plan: they must be the file's own, task for task.
        auto ws = test::openWorkspace(m_folder.path(QFileInfo(path).fileName() + u".db"_s));
        QVERIFY(ws);
        Release release;
        release.name = QFileInfo(path).completeBaseName();
        release.ownerId = ws->actingPerson().id;
        release.plannedStart = plan->schedule.input.projectStart.date();
        std::optional<ImportPlanFile> change;
        auto imported =
            PlanImportReport::ofImport(*ws, *plan, QFileInfo(path).fileName(),
                                       [&](std::shared_ptr<const PlanFile> read) -> Result<const ImportPlanFile *> {
                                           change.emplace(release, std::move(read), QFileInfo(path).fileName());
                                           if (auto r = ws->apply(*change); !r)
                                               return r.error();
                                           return &*change;
                                       });
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->tasks, report->tasks);
        QCOMPARE(imported->release, release.name);
        QCOMPARE(imported->differences.size(), report->differences.size());
        for (qsizetype i = 0; i < report->differences.size(); ++i) {
            const DateDifference &expected = report->differences.at(i);
            const DateDifference &actual = imported->differences.at(i);
            QCOMPARE(actual.task, expected.task);
            QCOMPARE(actual.startShift, expected.startShift);
            QCOMPARE(actual.finishShift, expected.finishShift);
            QCOMPARE(actual.computedStart, expected.computedStart);
            QCOMPARE(actual.computedFinish, expected.computedFinish);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanFiles)
#include "tst_planfiles.moc"
