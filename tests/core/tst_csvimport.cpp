#include "TestSupport.h"

#include "changes/Workspace.h"
#include "import/CsvExport.h"
#include "import/CsvImport.h"
#include "schedule/WorkTimeText.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QJsonArray>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// CSV import and export of components, versions, tasks, risks and change requests: the file's
/// encoding and separator are detected, columns are mapped by name (or as told), values are read
/// in explicit formats, every problem of every row is reported, and a file with any problem
/// writes nothing.
class TestCsvImport final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    qsizetype auditCount() { return m_ws->auditLog().entries()->size(); }
    Id releaseId(const QString &name) { return m_ws->releases().releaseByName(name)->id; }

    Result<csv::CsvImport> prepare(csv::RecordKind kind, const QByteArray &data, Id release = 0,
                                   const QString &dateFormat = u"yyyy-MM-dd"_s, const QString &map = {}) {
        csv::ImportOptions options;
        options.kind = kind;
        options.releaseId = release;
        options.source = u"test.csv"_s;
        options.formats.dateFormat = dateFormat;
        options.mappingSpec = map;
        options.previewRows = 10;
        return csv::prepareImport(*m_ws, data, {}, options);
    }

    /// Prepares and applies; fails the test when either refuses.
    csv::ImportCounts import(csv::RecordKind kind, const QByteArray &data, Id release = 0) {
        auto prepared = prepare(kind, data, release);
        if (!prepared) {
            qWarning("%s", qPrintable(prepared.errorMessage()));
            return {-1, -1, -1, -1};
        }
        if (prepared->change) {
            if (auto r = m_ws->apply(*prepared.value().change); !r) {
                qWarning("%s", qPrintable(r.errorMessage()));
                return {-1, -1, -1, -1};
            }
        }
        return prepared->counts;
    }

    QByteArray exported(csv::RecordKind kind, Id release = 0, QChar delimiter = u',') {
        csv::ExportOptions options;
        options.releaseId = release;
        options.delimiter = delimiter;
        auto data = csv::exportRecords(*m_ws, kind, options);
        return data ? data->data : QByteArray();
    }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
    }

    void encodingsAreDetected_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = u"name;note\nM\u00fcller;5 \u20ac\n"_s;
        QTest::newRow("utf-8") << text.toUtf8() << int(csv::Encoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(csv::Encoding::Utf8WithBom);
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16le") << le << int(csv::Encoding::Utf16LittleEndian);
        QTest::newRow("utf-16be") << be << int(csv::Encoding::Utf16BigEndian);
        QTest::newRow("windows-1252") << QByteArray("name;note\nM\xFCller;5 \x80\n") << int(csv::Encoding::Windows1252);
    }

    void encodingsAreDetected() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        auto table = csv::readTable(bytes);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(int(table->encoding), encoding);
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->records.value(1), (QStringList{u"M\u00fcller"_s, u"5 \u20ac"_s}));
        QVERIFY(!csv::readTable("\xFF\xFE\x41")); // UTF-16 cut in the middle of a character
    }

    void separatorsQuotesAndLinesAreRead_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\r\n1,\"x, y\",3\r\n") << QChar(u',');
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;\"x, y\";3\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t\"x, y\"\t3\n") << QChar(u'\t');
        QTest::newRow("semicolon with commas in the header")
            << QByteArray("a;\"b, c\";d\n1;\"x, y\";3\n") << QChar(u';');
    }

    void separatorsQuotesAndLinesAreRead() {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        auto table = csv::readTable(bytes);
        QVERIFY(table);
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->records.value(1).value(1), u"x, y"_s);
    }

    void recordsKnowTheLineTheyStartOn() {
        auto table = csv::readTable("a,b\n\n1,\"two\nlines\"\n2,\"say \"\"hi\"\"\"\n");
        QVERIFY(table);
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(table->lines, (QList<int>{1, 3, 5}));
        QCOMPARE(table->records.at(1).at(1), u"two\nlines"_s);
        QCOMPARE(table->records.at(2).at(1), u"say \"hi\""_s);
        auto open = csv::readTable("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(!open);
        QVERIFY(open.errorMessage().contains(u"Line 2"_s));
    }

    void columnsAreMappedByEnglishAndGermanNamesOrAsTold() {
        const QStringList header{u"Vorgang"_s, u"Dauer"_s, u"Meilenstein"_s, u"Vorg\u00e4nger"_s, u"Notiz"_s};
        auto mapping = csv::ColumnMapping::guess(csv::RecordKind::Tasks, header);
        QCOMPARE(mapping.column(u"name"_s), 0);
        QCOMPARE(mapping.column(u"duration"_s), 1);
        QCOMPARE(mapping.column(u"milestone"_s), 2);
        QCOMPARE(mapping.column(u"predecessors"_s), 3);
        QCOMPARE(mapping.column(u"phase"_s), -1);
        QVERIFY(mapping.override(csv::RecordKind::Tasks, u"phase=notiz,milestone="_s, header));
        QCOMPARE(mapping.column(u"phase"_s), 4);
        QCOMPARE(mapping.column(u"milestone"_s), -1);
        QVERIFY(mapping.override(csv::RecordKind::Tasks, u"duration=#5"_s, header));
        QCOMPARE(mapping.column(u"duration"_s), 4);
        auto unknownField = mapping.override(csv::RecordKind::Tasks, u"colour=Dauer"_s, header);
        QVERIFY(!unknownField);
        QVERIFY(unknownField.errorMessage().contains(u"predecessors"_s));
        auto unknownColumn = mapping.override(csv::RecordKind::Tasks, u"name=Task"_s, header);
        QVERIFY(!unknownColumn);
        QVERIFY(unknownColumn.errorMessage().contains(u"Vorgang"_s));
        QCOMPARE(csv::layoutKey(header),
                 csv::layoutKey({u"vorgang"_s, u" DAUER"_s, u"Meilenstein"_s, u"Vorg\u00e4nger"_s, u"notiz"_s}));
        QVERIFY(csv::layoutKey(header) != csv::layoutKey({u"Dauer"_s, u"Vorgang"_s}));
    }

    void workTimeIsReadExactly_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("days") << u"3d"_s << qint64(3 * 480);
        QTest::newRow("plain days") << u"2.5"_s << qint64(1200);
        QTest::newRow("hours") << u"4 h"_s << qint64(240);
        QTest::newRow("minutes") << u"90m"_s << qint64(90);
        QTest::newRow("weeks") << u"2w"_s << qint64(4800);
        QTest::newRow("German days") << u"3T"_s << qint64(1440);
        QTest::newRow("comma") << u"2,5d"_s << qint64(-1);
        QTest::newRow("negative") << u"-1d"_s << qint64(-1);
        QTest::newRow("unit only") << u"d"_s << qint64(-1);
        QTest::newRow("other unit") << u"3x"_s << qint64(-1);
    }

    void workTimeIsReadExactly() {
        QFETCH(QString, text);
        QFETCH(qint64, minutes);
        QCOMPARE(work_time::parse(text).value_or(-1), minutes);
    }

    void aLeadIsReadWhereSignsAreAllowed() {
        QCOMPARE(work_time::parse(u"-2h"_s, work_time::Sign::Allowed), std::optional<qint64>(-120));
        QCOMPARE(work_time::parse(u" - 1.5d"_s, work_time::Sign::Allowed), std::optional<qint64>(-720));
        QCOMPARE(work_time::parse(u"-"_s, work_time::Sign::Allowed), std::nullopt);
        QCOMPARE(work_time::parse(u"--1d"_s, work_time::Sign::Allowed), std::nullopt);
        QCOMPARE(work_time::format(-120), u"-2h"_s);
    }

    void componentsAreCreatedAndUpdated() {
        const qsizetype before = auditCount();
        const auto counts = import(csv::RecordKind::Components, "Komponente;Art;Verantwortlich;Beschreibung\n"
                                                                "csv-tool;utility_software;georg;Reads files\n"
                                                                "auth-service;application;alice;Signs people in\n");
        QCOMPARE(counts.created, 1);
        QCOMPARE(counts.updated, 1);
        auto created = m_ws->catalogue().componentByName(u"csv-tool"_s);
        QVERIFY(created);
        QCOMPARE(created->kind, ComponentKind::UtilitySoftware);
        QCOMPARE(created->ownerLogin, u"georg"_s);
        QCOMPARE(m_ws->catalogue().componentByName(u"auth-service"_s)->description, u"Signs people in"_s);
        QCOMPARE(auditCount(), before + 2); // one entry for the created, one for the edit
    }

    void everyProblemOfEveryRowIsReportedAndNothingIsWritten() {
        const qsizetype before = auditCount();
        const QByteArray file = "title,likelihood,impact,owner,review date,task\n"
                                "Fine risk,2,3,alice,2027-01-15,\n"
                                "Bad numbers,7,x,nobody,15.01.2027,No such task\n"
                                ",1,1,,,\n"
                                "fine risk,1,1,,,\n";
        auto refused = prepare(csv::RecordKind::Risks, file, releaseId(u"2027.1 Winter"_s));
        QVERIFY(!refused);
        const QString report = refused.errorMessage();
        QVERIFY2(report.startsWith(u"test.csv:"_s), qPrintable(report));
        for (const QString &expected :
             {u"Line 3 (Bad numbers), column \u201Clikelihood\u201D: \u201C7\u201D is not a whole number from 1 to 5"_s,
              u"Line 3 (Bad numbers), column \u201Cimpact\u201D"_s, u"\u201Cnobody\u201D"_s,
              u"column \u201Creview date\u201D: \u201C15.01.2027\u201D is not a date in the format yyyy-MM-dd"_s,
              u"the release has no task \u201CNo such task\u201D"_s, u"Line 4, column \u201Ctitle\u201D: is empty"_s,
              u"Line 5 (fine risk), column \u201Ctitle\u201D: \u201Cfine risk\u201D appears twice"_s,
              u"Nothing was imported"_s})
            QVERIFY2(report.contains(expected), qPrintable(u"missing: "_s + expected + u"\n"_s + report));
        QVERIFY(!report.contains(u"Line 2"_s));
        QCOMPARE(auditCount(), before);
        auto risks = m_ws->risks().risks(releaseId(u"2027.1 Winter"_s));
        QVERIFY(std::none_of(risks->cbegin(), risks->cend(), [](const Risk &r) { return r.title == u"Fine risk"_s; }));
    }

    void datesAreReadInTheGivenFormatOnly() {
        const Id winter = releaseId(u"2027.1 Winter"_s);
        const QByteArray german = "Risiko;Wahrscheinlichkeit;Auswirkung;Wiedervorlage;Status\n"
                                  "Lieferant f\xC3\xA4llt aus;4;5;31.01.2027;mitigating\n";
        QVERIFY(!prepare(csv::RecordKind::Risks, german, winter)); // not ISO
        auto prepared = prepare(csv::RecordKind::Risks, german, winter, u"dd.MM.yyyy"_s);
        QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
        QCOMPARE(prepared->preview.value(0).values.value(u"review_date"_s), u"2027-01-31"_s);
        QVERIFY(m_ws->apply(*prepared.value().change));
        const auto risks = m_ws->risks().risks(winter);
        const auto risk = std::find_if(risks->cbegin(), risks->cend(),
                                       [](const Risk &r) { return r.title == u"Lieferant f\u00e4llt aus"_s; });
        QVERIFY(risk != risks->cend());
        QCOMPARE(risk->reviewDate, QDate(2027, 1, 31));
        QCOMPARE(risk->exposure(), 20);
        QCOMPARE(risk->status, Risk::Status::Mitigating);
        // Month and day swapped is an error, never a silent guess.
        auto swapped = prepare(csv::RecordKind::Risks, "title,review\nR,2027-31-01\n", winter);
        QVERIFY(!swapped);
        QVERIFY(swapped.errorMessage().contains(u"Line 2 (R), column \u201Creview\u201D"_s));
    }

    void theColumnsSayWhatKindOfRecordsAFileHolds() {
        QCOMPARE(csv::likelyKind({u"name"_s, u"duration"_s, u"predecessors"_s, u"start_no_earlier_than"_s}),
                 std::optional<csv::RecordKind>(csv::RecordKind::Tasks));
        QCOMPARE(csv::likelyKind({u"Risiko"_s, u"Wahrscheinlichkeit"_s, u"Auswirkung"_s}),
                 std::optional<csv::RecordKind>(csv::RecordKind::Risks));
        QCOMPARE(csv::likelyKind({u"colour"_s, u"size"_s}), std::nullopt);
    }

    void aDayThatDoesNotExistIsNamedAsSuch() {
        const Id winter = releaseId(u"2027.1 Winter"_s);
        const QByteArray file = "name,duration,predecessors,start_no_earlier_than\n"
                                "Design,2d,,\n"
                                "Build,3d,Design,2026-02-30\n"
                                "Test,1d,Build,\n";
        auto refused = prepare(csv::RecordKind::Tasks, file, winter);
        QVERIFY(!refused);
        const QString report = refused.errorMessage();
        QVERIFY2(report.contains(u"\u201C2026-02-30\u201D is written as yyyy-MM-dd but is not a day: February 2026 "
                                 "has 28 days"_s),
                 qPrintable(report));
        // Test waits for Build, whose own line was refused: that is not a second problem.
        QVERIFY2(!report.contains(u"no task \u201CBuild\u201D"_s), qPrintable(report));
        // A refused line still has the names it waits for checked.
        const QString both =
            prepare(csv::RecordKind::Tasks, "name,duration,predecessors\nDesign,2d,\nBuild,3x,Nowhere\n", winter)
                .errorMessage();
        QVERIFY2(both.contains(u"3x"_s) && both.contains(u"no task \u201CNowhere\u201D"_s), qPrintable(both));
        const QByteArray german = "name,duration,start_no_earlier_than\nBuild,3d,31.02.2026\n";
        const QString inGermanFormat = prepare(csv::RecordKind::Tasks, german, winter, u"dd.MM.yyyy"_s).errorMessage();
        QVERIFY2(inGermanFormat.contains(u"February 2026 has 28 days"_s), qPrintable(inGermanFormat));
        const QString month13 =
            prepare(csv::RecordKind::Tasks, "name,duration,start_no_earlier_than\nB,1d,2026-13-01\n", winter)
                .errorMessage();
        QVERIFY2(month13.contains(u"months are numbered 1 to 12"_s), qPrintable(month13));
    }

    void versionsNeedTheirComponentAndKeepRelations() {
        auto refused = prepare(csv::RecordKind::Versions, "component,version\nno-such-thing,1.0\n");
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"no component \u201Cno-such-thing\u201D"_s));
        const auto counts =
            import(csv::RecordKind::Versions, "Component,Version,SHA-256,Source,Requires\n"
                                              "auth-service,9.0.0,,git:v9,postgresql >=15 | billing-api\n"
                                              "auth-service,9.0.1,,,\n");
        QCOMPARE(counts.created, 2);
        auto v = m_ws->catalogue().findVersion(u"auth-service"_s, u"9.0.0"_s);
        QVERIFY(v);
        QCOMPARE(v->sourceRef, u"git:v9"_s);
        QCOMPARE(v->relations.size(), 2);
        QCOMPARE(v->relations.at(0).range, u">=15"_s);
        auto badRange = prepare(csv::RecordKind::Versions, "component,version,requires\nauth-service,9.1,nginx >>2\n");
        QVERIFY(!badRange);
        QVERIFY(badRange.errorMessage().contains(u"column \u201Crequires\u201D"_s));
    }

    void aVersionKeepsItsFingerprint() {
        // An import never swaps the artefact a version stands for: it would void signatures and
        // frozen baselines without a word.
        const QString first = QString(64, u'a');
        const QString other = QString(64, u'b');
        QCOMPARE(
            import(csv::RecordKind::Versions, "component,version,sha256\nauth-service,9.2.0," + first.toLatin1() + "\n")
                .created,
            1);
        const QByteArray swapped = "component,version,sha256\nauth-service,9.2.0," + other.toLatin1() + "\n";
        auto refused = prepare(csv::RecordKind::Versions, swapped);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"column \u201Csha256\u201D"_s), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(first));
        QVERIFY(refused.errorMessage().contains(other));
        QCOMPARE(m_ws->catalogue().findVersion(u"auth-service"_s, u"9.2.0"_s)->sha256, first);
        // The same fingerprint again, or none, changes nothing.
        QCOMPARE(import(csv::RecordKind::Versions, "component,version,sha256\nauth-service,9.2.0,\n").updated, 0);
    }

    void tasksComeWithPhasesDependenciesAndConstraints() {
        const Id winter = releaseId(u"2027.1 Winter"_s);
        const auto counts = import(csv::RecordKind::Tasks,
                                   "Name;Duration;Phase;Predecessors;Start no earlier than;Milestone\n"
                                   "CSV phase;;;;;\n"
                                   "CSV build;3d;CSV phase;;2027-02-01;\n"
                                   "CSV test;4h;CSV phase;CSV build;;\n"
                                   "CSV done;;;CSV test | CSV later;;yes\n"
                                   "CSV later;1d;;;;\n",
                                   winter);
        QCOMPARE(counts.created, 5);
        QCOMPARE(counts.linked, 3);
        auto tasks = m_ws->plan().tasks(winter);
        QHash<QString, PlanTask> byName;
        for (const PlanTask &t : *tasks)
            byName.insert(t.name, t);
        QCOMPARE(byName.value(u"CSV build"_s).parentId, byName.value(u"CSV phase"_s).id);
        QCOMPARE(byName.value(u"CSV build"_s).duration, qint64(3 * 480));
        QCOMPARE(byName.value(u"CSV build"_s).constraint, ConstraintType::StartNoEarlierThan);
        QCOMPARE(byName.value(u"CSV build"_s).constraintDate.date(), QDate(2027, 2, 1));
        QVERIFY(byName.value(u"CSV done"_s).milestone);
        QCOMPARE(byName.value(u"CSV done"_s).duration, qint64(0));

        // A cycle is refused by the schedule rule at the write door: nothing of the file is kept.
        const qsizetype before = auditCount();
        auto cycle =
            prepare(csv::RecordKind::Tasks, "name,predecessors\nCSV loop,CSV later\nCSV later,CSV loop\n", winter);
        QVERIFY2(cycle, qPrintable(cycle.errorMessage()));
        auto applied = m_ws->apply(*cycle.value().change);
        QVERIFY(!applied);
        QVERIFY2(applied.errorMessage().contains(u"cycle"_s), qPrintable(applied.errorMessage()));
        QCOMPARE(auditCount(), before);
        const auto names = m_ws->plan().taskNames(winter);
        QVERIFY(std::none_of(names->cbegin(), names->cend(), [](const auto &t) { return t.second == u"CSV loop"_s; }));

        auto needsRelease = prepare(csv::RecordKind::Tasks, "name\nX\n");
        QVERIFY(!needsRelease);
        QVERIFY(needsRelease.errorMessage().contains(u"release"_s));
    }

    void anImportIsOneUndoStep() {
        const qsizetype components = m_ws->catalogue().components()->size();
        auto prepared = prepare(csv::RecordKind::Components, "name\nundo-a\nundo-b\nundo-c\n");
        QVERIFY(prepared);
        auto change = std::move(prepared.value().change);
        QVERIFY(m_ws->apply(*change));
        QCOMPARE(m_ws->catalogue().components()->size(), components + 3);
        QVERIFY(m_ws->revert(*change));
        QCOMPARE(m_ws->catalogue().components()->size(), components);
        QVERIFY(m_ws->apply(*change));
        QCOMPARE(m_ws->catalogue().components()->size(), components + 3);
        const auto entries = m_ws->auditLog().entries();
        QCOMPARE(entries->last().action, u"import"_s);
        QVERIFY(entries->last().after.value(u"created"_s).toArray().size() == 3);
    }

    void exportsReadBackUnchanged_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("components") << int(csv::RecordKind::Components) << QString() << QChar(u',');
        QTest::newRow("versions") << int(csv::RecordKind::Versions) << QString() << QChar(u';');
        QTest::newRow("tasks") << int(csv::RecordKind::Tasks) << u"2026.4 Autumn"_s << QChar(u'\t');
        QTest::newRow("risks") << int(csv::RecordKind::Risks) << u"2026.4 Autumn"_s << QChar(u',');
        QTest::newRow("changes") << int(csv::RecordKind::Changes) << QString() << QChar(u',');
    }

    void exportsReadBackUnchanged() {
        QFETCH(int, kind);
        QFETCH(QString, release);
        QFETCH(QChar, delimiter);
        const auto recordKind = csv::RecordKind(kind);
        const Id id = release.isEmpty() ? 0 : releaseId(release);
        const QByteArray data = exported(recordKind, id, delimiter);
        QVERIFY(data.count('\n') > 2);
        auto prepared = prepare(recordKind, data, id);
        QVERIFY2(prepared, qPrintable(prepared.errorMessage()));
        QCOMPARE(prepared->counts.created, 0);
        QCOMPARE(prepared->counts.updated, 0);
        QCOMPARE(prepared->counts.linked, 0);
        QCOMPARE(prepared->counts.unchanged, prepared->rows);
        QVERIFY(!prepared->change);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
