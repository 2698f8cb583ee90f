#include "TestSupport.h"

#include "changes/ReleaseChanges.h"
#include "checks/Finding.h"
#include "checks/PackageChecker.h"
#include "checks/ReleaseChecks.h"
#include "sbom/CycloneDxReader.h"
#include "sbom/CycloneDxWriter.h"
#include "sbom/SbomImport.h"
#include "sbom/SpdxReader.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

QString dataFile(const QString &name) {
    return qEnvironmentVariable("RELM_SOURCE_DIR") + u"/tests/data/sbom/"_s + name;
}

/// Problems json_schema_check.py finds in `files` against the schema that the environment
/// variable `schemaVariable` names (a published schema Relm may not ship, with the schemas it
/// refers to beside it).
QString publishedSchemaProblems(const char *schemaVariable, const QStringList &files) {
    QProcess python;
    python.start(u"python3"_s,
                 QStringList{QStringLiteral(RELM_JSON_SCHEMA_CHECK), qEnvironmentVariable(schemaVariable)} + files);
    if (!python.waitForFinished(120000))
        return u"json_schema_check.py did not finish: install python3-jsonschema"_s;
    if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).left(3000);
}

/// The structure CycloneDX 1.5 requires of what Relm writes, checked field by field (the
/// published schema is not shipped by Debian, so the test states the rules it relies on).
QStringList cycloneDx15Problems(const QJsonObject &bom) {
    QStringList problems;
    const auto need = [&](bool ok, const QString &what) {
        if (!ok)
            problems.append(what);
    };
    need(bom.value(u"bomFormat"_s) == u"CycloneDX"_s, u"bomFormat"_s);
    need(bom.value(u"specVersion"_s) == u"1.5"_s, u"specVersion"_s);
    static const QRegularExpression serial(
        u"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    need(serial.match(bom.value(u"serialNumber"_s).toString()).hasMatch(), u"serialNumber"_s);
    need(bom.value(u"version"_s).toInt() >= 1, u"version"_s);
    const QJsonObject metadata = bom.value(u"metadata"_s).toObject();
    need(QDateTime::fromString(metadata.value(u"timestamp"_s).toString(), Qt::ISODate).isValid(), u"timestamp"_s);
    static const QSet<QString> types{u"application"_s,
                                     u"framework"_s,
                                     u"library"_s,
                                     u"container"_s,
                                     u"platform"_s,
                                     u"operating-system"_s,
                                     u"device"_s,
                                     u"device-driver"_s,
                                     u"firmware"_s,
                                     u"file"_s,
                                     u"machine-learning-model"_s,
                                     u"data"_s};
    static const QRegularExpression sha256(u"^[a-fA-F0-9]{64}$"_s);
    QSet<QString> refs;
    QJsonArray all = bom.value(u"components"_s).toArray();
    all.prepend(metadata.value(u"component"_s));
    for (const QJsonValue &value : all) {
        const QJsonObject c = value.toObject();
        const QString ref = c.value(u"bom-ref"_s).toString();
        need(types.contains(c.value(u"type"_s).toString()), u"type of "_s + ref);
        need(!c.value(u"name"_s).toString().isEmpty(), u"name of "_s + ref);
        need(!ref.isEmpty() && !refs.contains(ref), u"unique bom-ref "_s + ref);
        refs.insert(ref);
        for (const QJsonValue &hash : c.value(u"hashes"_s).toArray()) {
            need(hash[u"alg"_s] == u"SHA-256"_s, u"hash alg of "_s + ref);
            need(sha256.match(hash[u"content"_s].toString()).hasMatch(), u"hash content of "_s + ref);
        }
        for (const QJsonValue &p : c.value(u"properties"_s).toArray())
            need(p[u"name"_s].isString() && p[u"value"_s].isString(), u"property of "_s + ref);
    }
    for (const QJsonValue &value : bom.value(u"dependencies"_s).toArray()) {
        need(refs.contains(value[u"ref"_s].toString()), u"dependency ref "_s + value[u"ref"_s].toString());
        for (const QJsonValue &to : value[u"dependsOn"_s].toArray())
            need(refs.contains(to.toString()), u"dependsOn "_s + to.toString());
    }
    return problems;
}

} // namespace

/// Bills of materials: reading CycloneDX and SPDX with precise refusals, importing them into a
/// package as one all-or-nothing step that reuses the catalogue, and exporting a release.
class TestSbom final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    Id m_release = 0;

    qsizetype auditCount() { return m_ws->auditLog().entries()->size(); }

    Id createRelease(const QString &name) {
        Release r;
        r.name = name;
        r.ownerId = m_ws->actingPerson().id;
        CreateRelease create(r, u"Main"_s);
        if (auto result = m_ws->apply(create); !result)
            qFatal("%s", qPrintable(result.errorMessage()));
        return create.release().id;
    }

    QList<Finding> findings(Id release) {
        auto input = release_checks::load(*m_ws, release);
        return PackageChecker::check(*input);
    }

    Package package(Id release, const QString &name) {
        const auto packages = m_ws->releases().packages(release);
        for (const Package &p : *packages) {
            if (p.name == name)
                return p;
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        m_ws.reset();
        QFile::remove(m_folder.path(u"sbom.db"_s));
        m_ws = test::openWorkspace(m_folder.path(u"sbom.db"_s));
        m_release = createRelease(u"Webshop 1.4"_s);
    }

    void readsCycloneDx() {
        auto bom = CycloneDxReader::read(dataFile(u"shop.cdx.json"_s));
        QVERIFY2(bom, qPrintable(bom.errorMessage()));
        QCOMPARE(bom->format, u"CycloneDX 1.5"_s);
        QStringList names;
        for (const SbomComponent &c : bom->components)
            names.append(c.name + u' ' + c.version);
        QCOMPARE(names, (QStringList{u"webshop 1.4.0"_s, u"express 4.19.2"_s, u"qs 6.11.0"_s, u"types/node 20.11.0"_s,
                                     u"body-parser 1.20.2"_s, u"auth-service 2.3.1"_s}));
        QCOMPARE(bom->components.at(1).sha256, u"a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"_s);
        QCOMPARE(bom->components.at(1).purl, u"pkg:npm/express@4.19.2"_s);
        QCOMPARE(bom->components.at(2).path, u"components[0].components[0]"_s);
        QCOMPARE(bom->components.at(0).kind, ComponentKind::Application);
        QCOMPARE(bom->components.at(4).sha256.left(4), u"b0b1"_s); // the SHA-1 beside it is not taken
        QCOMPARE(bom->skipped.size(), 1);
        QVERIFY(bom->skipped.first().contains(u"left-pad"_s));
        QCOMPARE(bom->dependencies.size(), 5); // the one on left-pad (no version) is left out
    }

    void refusesBrokenCycloneDx_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"bomFormat":"CycloneDX","specVersion":"1.6",)";
        QTest::newRow("not json") << QByteArray("{\n  \"bomFormat\": \"CycloneDX\",\n  oops }") << u"line 3"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"one JSON object"_s;
        QTest::newRow("spdx") << QByteArray(R"({"spdxVersion":"SPDX-2.3"})") << u"bomFormat"_s;
        QTest::newRow("old spec") << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.2"})")
                                  << u"specVersion: is \u201C1.2\u201D"_s;
        QTest::newRow("components not a list") << head + R"("components":{}})" << u"components: is an object"_s;
        QTest::newRow("no name") << head + R"("components":[{"name":"a","version":"1"},{"version":"2"}]})"
                                 << u"components[1].name: is missing"_s;
        QTest::newRow("bad hash")
            << head + R"("components":[{"name":"a","version":"1","hashes":[{"alg":"SHA-256","content":"xyz"}]}]})"
            << u"components[0].hashes[0].content"_s;
        QTest::newRow("version with space")
            << head + R"("components":[{"name":"a","version":"1 beta"}]})" << u"components[0].version"_s;
        QTest::newRow("two refs alike")
            << head +
                   R"("components":[{"name":"a","version":"1","bom-ref":"x"},{"name":"b","version":"1","bom-ref":"x"}]})"
            << u"components[1].bom-ref"_s;
        QTest::newRow("unknown ref")
            << head +
                   R"("components":[{"name":"a","version":"1","bom-ref":"a"}],"dependencies":[{"ref":"a","dependsOn":["zz"]}]})"
            << u"dependencies[0].dependsOn[0]: no component has the bom-ref \u201Czz\u201D"_s;
        QTest::newRow("name of spaces") << head + R"("components":[{"name":"   ","version":"1"}]})"
                                        << u"components[0].name"_s;
    }

    void refusesBrokenCycloneDx() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto bom = CycloneDxReader::readBytes(json, u"broken.json"_s);
        QVERIFY(!bom);
        QVERIFY2(bom.errorMessage().startsWith(u"broken.json: "_s), qPrintable(bom.errorMessage()));
        QVERIFY2(bom.errorMessage().contains(expected), qPrintable(bom.errorMessage()));
    }

    void servicesAreKnownButNotTaken() {
        const QByteArray json = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\","
                                "\"components\":[{\"bom-ref\":\"app\",\"name\":\"app\",\"version\":\"1\"}],"
                                "\"services\":[{\"bom-ref\":\"quotes\",\"name\":\"Stock quotes\"}],"
                                "\"dependencies\":[{\"ref\":\"app\",\"dependsOn\":[\"quotes\"]}]}";
        auto bom = CycloneDxReader::readBytes(json, u"services.json"_s);
        QVERIFY2(bom, qPrintable(bom.errorMessage()));
        QCOMPARE(bom->components.size(), 1);
        QVERIFY(bom->dependencies.isEmpty());
        QVERIFY(bom->skipped.join(u' ').contains(u"services[0] (Stock quotes)"_s));
    }

    void readsSpdx() {
        auto doc = SpdxReader::read(dataFile(u"shop.spdx.json"_s));
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QCOMPARE(doc->format, u"SPDX-2.3"_s);
        QCOMPARE(doc->components.size(), 4);
        QCOMPARE(doc->components.at(1).sha256.left(4), u"a1b2"_s);
        QCOMPARE(doc->components.at(1).purl, u"pkg:npm/express@4.19.2"_s);
        QCOMPARE(doc->components.at(0).kind, ComponentKind::Application);
        QCOMPARE(doc->skipped.size(), 1); // the docs without a version
        // webshop needs express; express needs qs (DEPENDENCY_OF reversed); jest is a dev dependency.
        QCOMPARE(doc->dependencies.size(), 2);
        QCOMPARE(doc->dependencies.at(0).from, 0);
        QCOMPARE(doc->dependencies.at(0).to, 1);
        QCOMPARE(doc->dependencies.at(1).from, 1);
        QCOMPARE(doc->dependencies.at(1).to, 2);
    }

    void refusesBrokenSpdx_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"spdxVersion":"SPDX-2.2","SPDXID":"SPDXRef-DOCUMENT",)";
        QTest::newRow("spdx 3") << QByteArray(R"({"spdxVersion":"SPDX-3.0"})") << u"spdxVersion"_s;
        QTest::newRow("cyclonedx") << QByteArray(R"({"bomFormat":"CycloneDX"})") << u"CycloneDX import"_s;
        QTest::newRow("no id") << head + R"("packages":[{"name":"a","versionInfo":"1"}]})" << u"packages[0].SPDXID"_s;
        QTest::newRow("bad checksum")
            << head +
                   R"("packages":[{"SPDXID":"SPDXRef-a","name":"a","versionInfo":"1","checksums":[{"algorithm":"SHA256","checksumValue":"12"}]}]})"
            << u"packages[0].checksums[0].checksumValue"_s;
        QTest::newRow("unknown element")
            << head +
                   R"("packages":[{"SPDXID":"SPDXRef-a","name":"a","versionInfo":"1"}],"relationships":[{"spdxElementId":"SPDXRef-a","relationshipType":"DEPENDS_ON","relatedSpdxElement":"SPDXRef-b"}]})"
            << u"relationships[0].relatedSpdxElement"_s;
    }

    void refusesBrokenSpdx() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto doc = SpdxReader::readBytes(json, u"broken.spdx.json"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.errorMessage().startsWith(u"broken.spdx.json: "_s), qPrintable(doc.errorMessage()));
        QVERIFY2(doc.errorMessage().contains(expected), qPrintable(doc.errorMessage()));
    }

    void importFillsThePackageAndTheCheckerUsesIt() {
        auto bom = CycloneDxReader::read(dataFile(u"shop.cdx.json"_s));
        QVERIFY(bom);
        const auto authBefore = m_ws->catalogue().findVersion(u"auth-service"_s, u"2.3.1"_s);
        QVERIFY(authBefore);
        ImportSbom change(m_release, {}, *bom, u"shop.cdx.json"_s);
        const auto applied = m_ws->apply(change);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        const SbomImportSummary &s = change.summary();
        QCOMPARE(s.package, u"Main"_s);
        QCOMPARE(s.componentsAdded.size(), 5); // all but auth-service, which the demo has
        QCOMPARE(s.versionsAdded.size(), 5);
        QCOMPARE(s.versionsReused, QStringList{u"auth-service 2.3.1"_s});
        QCOMPARE(s.versionsUpdated.size(), 0); // it has a source and needs nothing: it stays as it was
        QCOMPARE(s.addedToPackage.size(), 6);
        QCOMPARE(s.requirementsAdded, 5);
        QCOMPARE(s.skipped.size(), 1);

        const auto express = m_ws->catalogue().findVersion(u"express"_s, u"4.19.2"_s);
        QVERIFY(express);
        QCOMPARE(express->sha256, u"a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"_s);
        QCOMPARE(express->sourceRef, u"pkg:npm/express@4.19.2"_s);
        QCOMPARE(express->relations.size(), 2);
        QCOMPARE(express->relations.at(0).component, u"body-parser"_s);
        QCOMPARE(express->relations.at(0).range, u"=1.20.2"_s);
        const auto auth = m_ws->catalogue().findVersion(u"auth-service"_s, u"2.3.1"_s);
        QCOMPARE(auth->sha256, authBefore->sha256);
        QCOMPARE(auth->sourceRef, authBefore->sourceRef); // the catalogue's source is kept
        QCOMPARE(package(m_release, u"Main"_s).contents.size(), 6);

        // Every requirement is met inside the package...
        for (const Finding &f : findings(m_release))
            QVERIFY2(f.kind != Finding::Kind::UnmetRequirement, qPrintable(f.message));
        // ...and the checker notices when a required version leaves it.
        const Package main = package(m_release, u"Main"_s);
        const auto qs = m_ws->catalogue().findVersion(u"qs"_s, u"6.11.0"_s);
        PackageContentChange removeQs(PackageContentChange::Mode::Remove, main, *qs);
        QVERIFY(m_ws->apply(removeQs));
        const QList<Finding> after = findings(m_release);
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [](const Finding &f) {
            return f.kind == Finding::Kind::UnmetRequirement && f.message.contains(u"qs"_s);
        }));
    }

    void importingAgainReusesEverything() {
        auto bom = CycloneDxReader::read(dataFile(u"shop.cdx.json"_s));
        ImportSbom first(m_release, {}, *bom, u"shop.cdx.json"_s);
        QVERIFY(m_ws->apply(first));
        const qsizetype components = m_ws->catalogue().components()->size();
        const qsizetype audits = auditCount();
        ImportSbom again(m_release, {}, *bom, u"shop.cdx.json"_s);
        QVERIFY(m_ws->apply(again));
        QCOMPARE(again.summary().versionsAdded.size(), 0);
        QCOMPARE(again.summary().versionsReused.size(), 6);
        QCOMPARE(again.summary().versionsUpdated.size(), 0);
        QCOMPARE(again.summary().alreadyInPackage.size(), 6);
        QCOMPARE(m_ws->catalogue().components()->size(), components);
        QCOMPARE(auditCount(), audits); // nothing changed, nothing recorded

        // The SPDX document of the same shop reuses what the CycloneDX one brought, into a new package.
        auto spdx = SpdxReader::read(dataFile(u"shop.spdx.json"_s));
        QVERIFY(spdx);
        ImportSbom fromSpdx(m_release, u"Runtime"_s, *spdx, u"shop.spdx.json"_s);
        QVERIFY(m_ws->apply(fromSpdx));
        QVERIFY(fromSpdx.summary().packageCreated);
        QCOMPARE(fromSpdx.summary().versionsAdded, QStringList{u"jest 29.7.0"_s});
        QCOMPARE(fromSpdx.summary().versionsReused.size(), 3);
        QCOMPARE(package(m_release, u"Runtime"_s).contents.size(), 4);
    }

    void aReusedVersionGetsTheRequirementsItLacks() {
        const QByteArray json = R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":[
            {"bom-ref":"a","name":"auth-service","version":"2.3.1"},
            {"bom-ref":"p","name":"postgresql","version":"15.6"},
            {"bom-ref":"l","name":"logship","version":"3.2.0"}],
            "dependencies":[{"ref":"a","dependsOn":["p"]},{"ref":"l","dependsOn":["a"]}]})";
        auto bom = CycloneDxReader::readBytes(json, u"needs.json"_s);
        QVERIFY2(bom, qPrintable(bom.errorMessage()));
        ImportSbom change(m_release, {}, *bom, u"needs.json"_s);
        const auto applied = m_ws->apply(change);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        // auth-service 2.3.1 states no requirement yet: it gets one. logship 3.2.0 already requires
        // auth-service (>=2.3): its own range stays.
        QCOMPARE(change.summary().versionsUpdated.size(), 1);
        QVERIFY(change.summary().versionsUpdated.first().startsWith(u"auth-service 2.3.1"_s));
        QCOMPARE(change.summary().requirementsAdded, 1);
        const auto auth = m_ws->catalogue().findVersion(u"auth-service"_s, u"2.3.1"_s);
        QCOMPARE(auth->relations.size(), 1);
        QCOMPARE(auth->relations.first().component, u"postgresql"_s);
        QCOMPARE(auth->relations.first().range, u"=15.6"_s);
        const auto logship = m_ws->catalogue().findVersion(u"logship"_s, u"3.2.0"_s);
        QCOMPARE(logship->relations.size(), 1);
        QCOMPARE(logship->relations.first().range, u">=2.3"_s);
        QVERIFY(m_ws->revert(change));
        QVERIFY(m_ws->catalogue().findVersion(u"auth-service"_s, u"2.3.1"_s)->relations.isEmpty());
    }

    void aDifferentHashIsRefusedAndNothingIsWritten() {
        const auto auth = m_ws->catalogue().findVersion(u"auth-service"_s, u"2.3.1"_s);
        QVERIFY(!auth->sha256.isEmpty());
        const QByteArray json = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"components\":["
                                "{\"name\":\"brand-new\",\"version\":\"1.0.0\"},"
                                "{\"name\":\"auth-service\",\"version\":\"2.3.1\",\"hashes\":[{\"alg\":"
                                "\"SHA-256\",\"content\":\"" +
                                QByteArray(64, 'f') + "\"}]}]}";
        auto bom = CycloneDxReader::readBytes(json, u"conflict.json"_s);
        QVERIFY(bom);
        const qsizetype audits = auditCount();
        const qsizetype components = m_ws->catalogue().components()->size();
        ImportSbom change(m_release, {}, *bom, u"conflict.json"_s);
        const auto refused = m_ws->apply(change);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.errorMessage().contains(u"components[1]"_s), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(u"auth-service 2.3.1"_s));
        QCOMPARE(auditCount(), audits);
        QCOMPARE(m_ws->catalogue().components()->size(), components);
        QVERIFY(!m_ws->catalogue().componentByName(u"brand-new"_s));
    }

    void undoTakesTheWholeImportBackAndRedoKeepsIds() {
        auto bom = CycloneDxReader::read(dataFile(u"shop.cdx.json"_s));
        const qsizetype components = m_ws->catalogue().components()->size();
        ImportSbom change(m_release, u"Shop"_s, *bom, u"shop.cdx.json"_s);
        QVERIFY(m_ws->apply(change));
        const Id expressId = m_ws->catalogue().findVersion(u"express"_s, u"4.19.2"_s)->id;
        QVERIFY(m_ws->revert(change));
        QCOMPARE(m_ws->catalogue().components()->size(), components);
        QVERIFY(package(m_release, u"Shop"_s).id == 0);
        QVERIFY(m_ws->apply(change));
        QCOMPARE(m_ws->catalogue().findVersion(u"express"_s, u"4.19.2"_s)->id, expressId);
        QCOMPARE(package(m_release, u"Shop"_s).contents.size(), 6);
        QVERIFY(m_ws->auditLog().verify()->intact());
    }

    void exportIsCycloneDx15AndImportsBack() {
        const Id autumn = m_ws->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        auto bytes = CycloneDxWriter::exportRelease(*m_ws, autumn, test::fixedNow());
        QVERIFY(bytes);
        const QJsonObject bom = QJsonDocument::fromJson(*bytes).object();
        const QStringList problems = cycloneDx15Problems(bom);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s)));
        const auto content = m_ws->releases().content(autumn);
        QCOMPARE(bom[u"components"_s].toArray().size(), content->size());
        QCOMPARE(bom[u"metadata"_s][u"component"_s][u"name"_s].toString(), u"2026.4 Autumn"_s);
        // billing-api requires auth-service >=2.3 <3, and the release holds one: a dependency.
        bool found = false;
        for (const QJsonValue &d : bom[u"dependencies"_s].toArray()) {
            if (d[u"ref"_s].toString().startsWith(u"billing-api@"_s))
                found = QJsonDocument(d[u"dependsOn"_s].toArray()).toJson().contains("auth-service@");
        }
        QVERIFY(found);

        // What Relm writes, Relm reads: into another release, every version is reused as it is.
        auto read = CycloneDxReader::readBytes(*bytes, u"autumn.cdx.json"_s);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        const qsizetype components = m_ws->catalogue().components()->size();
        ImportSbom change(m_release, {}, *read, u"autumn.cdx.json"_s);
        QVERIFY2(m_ws->apply(change), qPrintable(change.summary().text()));
        QCOMPARE(m_ws->catalogue().components()->size(), components); // the release, its subject, is no component
        QVERIFY(change.summary().skipped.join(u"\n"_s).contains(u"metadata.component"_s));
        QCOMPARE(change.summary().versionsReused.size(), content->size());
        QCOMPARE(change.summary().versionsUpdated.size(), 0);
    }

    void filesMeetThePublishedSchemas() {
        // RELM_CYCLONEDX_SCHEMA names bom-1.5.schema.json (spdx.schema.json and
        // jsf-0.82.schema.json beside it) and RELM_SPDX_SCHEMA the SPDX 2.3 JSON schema.
        if (qEnvironmentVariableIsEmpty("RELM_CYCLONEDX_SCHEMA") || qEnvironmentVariableIsEmpty("RELM_SPDX_SCHEMA"))
            QSKIP("RELM_CYCLONEDX_SCHEMA or RELM_SPDX_SCHEMA is not set: only the rules above are checked.");
        QStringList exports;
        auto releases = m_ws->releases().releases();
        QVERIFY(releases);
        for (const Release &release : *releases) {
            auto bytes = CycloneDxWriter::exportRelease(*m_ws, release.id, test::fixedNow());
            QVERIFY2(bytes, qPrintable(bytes.errorMessage()));
            const QString path = m_folder.path(u"release-%1.cdx.json"_s.arg(release.id));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size());
            exports.append(path);
        }
        QVERIFY(exports.size() > 10);
        QString problems =
            publishedSchemaProblems("RELM_CYCLONEDX_SCHEMA", exports + QStringList{dataFile(u"shop.cdx.json"_s)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        problems = publishedSchemaProblems("RELM_SPDX_SCHEMA", {dataFile(u"shop.spdx.json"_s)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The check can fail: an SPDX document is no CycloneDX BOM.
        QVERIFY(
            publishedSchemaProblems("RELM_CYCLONEDX_SCHEMA", {dataFile(u"shop.spdx.json"_s)}).contains(u"bomFormat"_s));
    }
};

QTEST_GUILESS_MAIN(TestSbom)
#include "tst_sbom.moc"
