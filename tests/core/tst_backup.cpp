#include "TestSupport.h"

#include "backup/BackupReader.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "signing/TrailVerification.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Whole-database backups: every table and value comes back with its ids, the audit trail and
/// the signatures verify after a restore, and a backup that was tampered with, cut or malformed is
/// refused naming the place, leaving no file behind.
class TestBackup final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    BackupImage m_image;
    QByteArray m_json;
    int m_restores = 0;

    QString newTarget() { return m_folder.path(u"restored-%1.db"_s.arg(++m_restores)); }

    QJsonObject backupObject() const { return QJsonDocument::fromJson(m_json).object(); }

    static QByteArray bytesOf(const QJsonObject &object) { return QJsonDocument(object).toJson(); }

    /// The backup with one table's rows replaced.
    QByteArray withRows(const QString &table, const QJsonArray &rows) const {
        QJsonObject root = backupObject();
        QJsonObject tables = root[u"tables"_s].toObject();
        QJsonObject t = tables[table].toObject();
        t[u"rows"_s] = rows;
        tables[table] = t;
        root[u"tables"_s] = tables;
        return bytesOf(root);
    }

    int columnOf(const QString &table, const QString &column) const {
        return backupObject()[u"tables"_s][table][u"columns"_s].toArray().toVariantList().indexOf(column);
    }

    Result<RestoreOutcome> restoreBytes(const QByteArray &bytes, const QString &target) {
        auto image = BackupReader::readBytes(bytes, u"backup.json"_s);
        if (!image)
            return image.error();
        return BackupRestore::restore(*image, target, u"backup.json"_s);
    }

private Q_SLOTS:
    void initTestCase() {
        m_ws = test::openWorkspace(m_folder.path(u"source.db"_s));
        auto image = BackupWriter::read(m_ws->database(), test::fixedNow());
        QVERIFY2(image, qPrintable(image.errorMessage()));
        m_image = *image;
        m_json = BackupWriter::toJson(m_image);
    }

    void theBackupHoldsEveryTableAndItsHeader() {
        const QJsonObject root = backupObject();
        QCOMPARE(root[u"format"_s].toString(), u"relm-backup"_s);
        QCOMPARE(root[u"format_version"_s].toInt(), 1);
        QCOMPARE(root[u"schema_version"_s].toInt(), Schema::currentVersion());
        QCOMPARE(root[u"audit_head"_s].toString(), *m_ws->auditLog().head());
        for (const QString &table : {u"relm_meta"_s, u"people"_s, u"audit_log"_s, u"signoffs"_s, u"signing_keys"_s,
                                     u"component_versions"_s, u"package_items"_s, u"change_windows"_s})
            QVERIFY2(root[u"tables"_s][table][u"rows"_s].toArray().size() > 0, qPrintable(table));
    }

    void aRestoreGivesBackEveryRowAndVerifies() {
        const QString target = newTarget();
        auto outcome = restoreBytes(m_json, target);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->tables, m_image.tables.size());
        QCOMPARE(outcome->auditEntries, m_ws->auditLog().entries()->size());
        QVERIFY(outcome->signatures > 0);
        QCOMPARE(outcome->schemaVersion, Schema::currentVersion());

        auto restored = Workspace::openFile(target);
        QVERIFY(restored);
        auto again = BackupWriter::read((*restored)->database(), test::fixedNow());
        QVERIFY(again);
        QCOMPARE(again->tables.size(), m_image.tables.size());
        for (const BackupTable &table : m_image.tables) {
            const BackupTable *copy = again->table(table.name);
            QVERIFY2(copy, qPrintable(table.name));
            QCOMPARE(copy->columns, table.columns);
            QCOMPARE(copy->rows, table.rows); // ids and values as they were
        }
        QCOMPARE(again->sequences, m_image.sequences);
        auto trail = verifyTrail(**restored);
        auto original = verifyTrail(*m_ws);
        QVERIFY(trail->intact());
        QCOMPARE(trail->valid, original->valid);
        QCOMPARE(trail->voided, original->voided);
    }

    void anExistingFileIsNeverOverwritten() {
        const QString source = m_folder.path(u"source.db"_s);
        const QByteArray hash = test::fileHash(source);
        auto refused = restoreBytes(m_json, source);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.errorMessage().contains(u"never overwrites"_s));
        QCOMPARE(test::fileHash(source), hash);

        const QString notes = m_folder.path(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        QVERIFY(!restoreBytes(m_json, notes));
        QCOMPARE(test::fileHash(notes), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());

        const QString empty = m_folder.path(u"empty.db"_s);
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        QVERIFY(restoreBytes(m_json, empty)); // an empty file holds nothing to lose
    }

    void aTamperedAuditEntryIsNamedAndNothingIsLeft() {
        QJsonArray rows = backupObject()[u"tables"_s][u"audit_log"_s][u"rows"_s].toArray();
        const int summary = columnOf(u"audit_log"_s, u"summary"_s);
        const int id = columnOf(u"audit_log"_s, u"id"_s);
        QJsonArray row = rows[5].toArray();
        row[summary] = u"Nothing happened here"_s;
        rows[5] = row;
        const QString target = newTarget();
        auto refused = restoreBytes(withRows(u"audit_log"_s, rows), target);
        QVERIFY(!refused);
        const QString entry = u"audit entry %1"_s.arg(row.at(id).toInteger());
        QVERIFY2(refused.errorMessage().contains(entry), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().startsWith(u"backup.json: "_s));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(m_folder.path({})).entryList({u"*restoring*"_s}, QDir::Files | QDir::Hidden).size(), 0);

        // Entries cut off the end show too.
        rows = backupObject()[u"tables"_s][u"audit_log"_s][u"rows"_s].toArray();
        rows.removeLast();
        QVERIFY(!restoreBytes(withRows(u"audit_log"_s, rows), newTarget()));
    }

    void anEditedAuditHeadIsRefused() {
        QJsonObject root = backupObject();
        root[u"audit_head"_s] = QString(64, u'0');
        const QString target = newTarget();
        auto refused = restoreBytes(bytesOf(root), target);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"audit_head: the header names 0000"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!QFileInfo::exists(target));
    }

    void aMissingRequiredValueIsNamedByItsPlace() {
        QJsonArray rows = backupObject()[u"tables"_s][u"people"_s][u"rows"_s].toArray();
        const int login = columnOf(u"people"_s, u"login"_s);
        QJsonArray row = rows[3].toArray();
        row[login] = QJsonValue::Null;
        rows[3] = row;
        const QString target = newTarget();
        auto refused = restoreBytes(withRows(u"people"_s, rows), target);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"tables.people.rows[3][%1] (login): is null"_s.arg(login)),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(u"constraint"_s));
        QVERIFY(!QFileInfo::exists(target));
    }

    void aForgedSignatureIsRefused() {
        QJsonArray rows = backupObject()[u"tables"_s][u"signoffs"_s][u"rows"_s].toArray();
        QVERIFY(!rows.isEmpty());
        const int comment = columnOf(u"signoffs"_s, u"comment"_s);
        QJsonArray row = rows[0].toArray();
        row[comment] = u"I never said that"_s;
        rows[0] = row;
        const QString target = newTarget();
        auto refused = restoreBytes(withRows(u"signoffs"_s, rows), target);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"tampered"_s), qPrintable(refused.errorMessage()));
        QVERIFY(!QFileInfo::exists(target));
    }

    void aCutBackupNamesWhatIsMissing() {
        QJsonObject root = backupObject();
        QJsonObject tables = root[u"tables"_s].toObject();
        tables.remove(u"risks"_s);
        root[u"tables"_s] = tables;
        auto missing = restoreBytes(bytesOf(root), newTarget());
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(u"tables.risks is missing"_s), qPrintable(missing.errorMessage()));

        auto dangling = restoreBytes(withRows(u"people"_s, {}), newTarget());
        QVERIFY(!dangling);
        QVERIFY2(dangling.errorMessage().contains(u"refers to a row of people"_s), qPrintable(dangling.errorMessage()));
    }

    void malformedBackupsNameThePlace_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QJsonObject root = QJsonDocument::fromJson(m_json).object();
        QTest::newRow("not json") << QByteArray("{\"format\": \"relm-backup\",\n") << u"line 2"_s;
        QJsonObject other = root;
        other[u"format"_s] = u"something"_s;
        QTest::newRow("other format") << bytesOf(other) << u"format: is not"_s;
        QJsonObject newer = root;
        newer[u"format_version"_s] = 2;
        QTest::newRow("newer format") << bytesOf(newer) << u"format_version: is 2"_s;
        QJsonObject future = root;
        future[u"schema_version"_s] = Schema::currentVersion() + 1;
        QTest::newRow("newer schema") << bytesOf(future) << u"newer than this Relm"_s;
        QJsonObject shortRow = root;
        QJsonObject tables = root[u"tables"_s].toObject();
        QJsonObject people = tables[u"people"_s].toObject();
        people[u"rows"_s] = QJsonArray{QJsonArray{1, u"x"_s}};
        tables[u"people"_s] = people;
        shortRow[u"tables"_s] = tables;
        QTest::newRow("short row") << bytesOf(shortRow) << u"tables.people.rows[0]: should be a list of"_s;
        QJsonArray full;
        for (int i = 0; i < people[u"columns"_s].toArray().size(); ++i)
            full.append(i == 1 ? QJsonValue(true) : QJsonValue(u"x"_s));
        QJsonArray oneRow; // not QJsonArray{full}: clang reads that as a copy of `full`
        oneRow.append(full);
        people[u"rows"_s] = oneRow;
        tables[u"people"_s] = people;
        QJsonObject badValue = root;
        badValue[u"tables"_s] = tables;
        QTest::newRow("a boolean") << bytesOf(badValue) << u"tables.people.rows[0][1]"_s;
        QJsonObject stranger = root;
        QJsonObject extra = root[u"tables"_s].toObject();
        extra[u"holiday_photos"_s] = QJsonObject{{u"columns"_s, QJsonArray{u"id"_s}}, {u"rows"_s, QJsonArray{}}};
        stranger[u"tables"_s] = extra;
        QTest::newRow("unknown table") << bytesOf(stranger) << u"tables.holiday_photos"_s;
    }

    void malformedBackupsNameThePlace() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString target = newTarget();
        auto refused = restoreBytes(json, target);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().startsWith(u"backup.json"_s), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(expected), qPrintable(refused.errorMessage()));
        QVERIFY(!QFileInfo::exists(target));
    }

    void anOlderBackupIsUpgradedOnRestore() {
        Database::Options options;
        options.createAtVersion = 9;
        auto old = Database::openSqlite(m_folder.path(u"v9.db"_s), options);
        QVERIFY(old);
        QCOMPARE((*old)->schemaVersion(), 9);
        auto image = BackupWriter::read(**old, test::fixedNow());
        QVERIFY(image);
        QCOMPARE(image->schemaVersion, 9);
        auto outcome = BackupRestore::restore(*image, newTarget(), u"v9.json"_s);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->fromSchemaVersion, 9);
        QCOMPARE(outcome->schemaVersion, Schema::currentVersion());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
