#include "TestSupport.h"

#include "changes/ChangeRequestChanges.h"
#include "changes/RecordChanges.h"
#include "import/ChangeImport.h"
#include "import/CsvReader.h"
#include "notes/NotesBuilder.h"
#include "notes/NotesTemplates.h"
#include "notes/RollupNotes.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/NotesTemplateStore.h"
#include "storage/ReleaseStore.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Change requests as records of their own (delivered by several releases, linked and unlinked at
/// the write door), their CSV import, the notes templates, and roll-up notes.
class TestChangeRequests final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    Release release(const QString &name) { return *m_ws->releases().releaseByName(name); }
    ChangeRequest change(const QString &reference) { return *m_ws->releases().changeRequestByReference(reference); }
    qsizetype auditCount() { return m_ws->auditLog().entries()->size(); }
    QStringList referencesOf(const QString &releaseName) {
        QStringList result;
        const auto changes = m_ws->releases().changeRequests(release(releaseName).id);
        for (const ChangeRequest &c : *changes)
            result.append(c.reference);
        return result;
    }
    NotesDocument notesFor(const QString &releaseName, notes::Audience audience) {
        auto doc = notes::build(*m_ws, release(releaseName).id, audience, QDate(2026, 11, 29));
        return doc ? *doc : NotesDocument{};
    }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
    }

    void oneChangeIsDeliveredBySeveralReleases() {
        const ChangeRequest vat = change(u"RFC-1030"_s);
        QCOMPARE(vat.releaseIds.size(), 2);
        QVERIFY(referencesOf(u"2026.4 Autumn"_s).contains(u"RFC-1030"_s));
        QVERIFY(referencesOf(u"Hotfix 2026.3.1"_s).contains(u"RFC-1030"_s));
    }

    void linkingIsAuditedOnTheReleaseAndUndoes() {
        const Release winter = release(u"2027.1 Winter"_s);
        LinkChangeRequest link(LinkChangeRequest::Mode::Link, change(u"RFC-1022"_s), winter);
        QVERIFY(m_ws->apply(link));
        QVERIFY(referencesOf(u"2027.1 Winter"_s).contains(u"RFC-1022"_s));
        const AuditEntry last = m_ws->auditLog().entries()->last();
        QCOMPARE(last.releaseId, winter.id);
        QCOMPARE(last.action, u"link"_s);
        QVERIFY(m_ws->revert(link));
        QVERIFY(!referencesOf(u"2027.1 Winter"_s).contains(u"RFC-1022"_s));
        // Linking twice is refused: it would record a change that did not happen.
        QVERIFY(m_ws->apply(link));
        LinkChangeRequest again(LinkChangeRequest::Mode::Link, change(u"RFC-1022"_s), winter);
        const qsizetype before = auditCount();
        auto refused = m_ws->apply(again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(auditCount(), before);
    }

    void whatADeployedReleaseDeliveredStaysOnRecord() {
        const qsizetype before = auditCount();
        LinkChangeRequest link(LinkChangeRequest::Mode::Link, change(u"RFC-1040"_s), release(u"2026.3 Summer"_s));
        auto linked = m_ws->apply(link);
        QVERIFY(!linked);
        QVERIFY(linked.errorMessage().contains(u"2026.3 Summer is Deployed"_s));
        LinkChangeRequest unlink(LinkChangeRequest::Mode::Unlink, change(u"RFC-1010"_s), release(u"2026.3 Summer"_s));
        auto unlinked = m_ws->apply(unlink);
        QVERIFY(!unlinked);
        QVERIFY2(unlinked.errorMessage().contains(u"stays on record"_s), qPrintable(unlinked.errorMessage()));
        LinkChangeRequest notThere(LinkChangeRequest::Mode::Unlink, change(u"RFC-1040"_s), release(u"2026.3 Summer"_s));
        auto missing = m_ws->apply(notThere);
        QVERIFY(missing.errorMessage().contains(u"is not delivered by"_s));
        RemoveRecord<ChangeRequest> remove(change(u"RFC-1010"_s));
        QVERIFY(!m_ws->apply(remove));
        ChangeRequest late;
        late.reference = u"RFC-9999"_s;
        late.title = u"Sneaked in"_s;
        late.releaseIds = {release(u"2026.3 Summer"_s).id};
        CreateRecord<ChangeRequest> create(late);
        QVERIFY(!m_ws->apply(create));
        QCOMPARE(auditCount(), before);
        QVERIFY(!m_ws->releases().changeRequestByReference(u"RFC-9999"_s));
    }

    void removingAChangeAndUndoingBringsItsLinksBack() {
        const ChangeRequest portal = change(u"RFC-1020"_s);
        RemoveRecord<ChangeRequest> remove(portal);
        QVERIFY(m_ws->apply(remove));
        QVERIFY(!referencesOf(u"2026.4 Autumn"_s).contains(u"RFC-1020"_s));
        QVERIFY(m_ws->revert(remove));
        QCOMPARE(change(u"RFC-1020"_s).releaseIds, portal.releaseIds);
    }

    void anEditLeavesTheLinksAlone() {
        const ChangeRequest before = change(u"RFC-1030"_s);
        ChangeRequest after = before;
        after.publicSummary = u"Rounding is right again."_s;
        after.releaseIds.clear(); // not written by an edit
        EditRecord<ChangeRequest> edit(before, after);
        QVERIFY(m_ws->apply(edit));
        QCOMPARE(change(u"RFC-1030"_s).releaseIds, before.releaseIds);
        QCOMPARE(change(u"RFC-1030"_s).publicSummary, u"Rounding is right again."_s);
    }

    void anOlderDatabaseKeepsWhatEachReleaseDelivered() {
        const QString path = m_folder.path(u"v9.db"_s);
        {
            auto db = Database::openSqlite(path, {500, 9});
            QVERIFY(db);
            Database &d = **db;
            QVERIFY(d.exec(u"INSERT INTO people (login, display_name) VALUES ('ann', 'Ann')"_s));
            QVERIFY(d.exec(u"INSERT INTO releases (name, version, type, status, owner_id, approach) "
                           "VALUES ('R1', '1', 'minor', 'draft', 1, 'big_bang')"_s));
            QVERIFY(d.exec(u"INSERT INTO change_requests (reference, title, created_at, release_id) "
                           "VALUES ('RFC-1', 'One', '2026-01-01T00:00:00Z', 1)"_s));
        }
        auto ws = Workspace::openFile(path);
        QVERIFY2(ws, qPrintable(ws.errorMessage()));
        auto changes = (*ws)->releases().changeRequests(1);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().releaseIds, QList<Id>{1});
    }

    void csvReadsQuotesSeparatorsAndRefusesAnOpenQuote() {
        auto rows = csv::read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n");
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1), (QStringList{u"x, y"_s, u"say \"hi\"\nthere"_s}));
        auto semicolons = csv::read("\xEF\xBB\xBFreference;title\nRFC-1;A, B\n");
        QCOMPARE(semicolons->at(1), (QStringList{u"RFC-1"_s, u"A, B"_s}));
        auto open = csv::read("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(!open);
        QVERIFY(open.errorMessage().contains(u"Line 2"_s));
        QVERIFY(!csv::read("\xff\xfe bad!")); // a UTF-16 byte order mark, then an odd number of bytes
        QCOMPARE(csv::read("a\n\xe4\n")->at(1).at(0), u"\u00e4"_s); // not UTF-8: Windows-1252
    }

    void csvImportIsAllOrNothingAndNamesTheBadLine() {
        const QByteArray bad = "reference,title,releases\nRFC-5001,Fine,2027.1 Winter\nRFC-5002,Bad,No Such Release\n";
        const qsizetype before = auditCount();
        auto refused = prepareChangeImport(*m_ws, bad);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Line 3 (RFC-5002)"_s), qPrintable(refused.errorMessage()));
        QVERIFY(!m_ws->releases().changeRequestByReference(u"RFC-5001"_s));
        QCOMPARE(auditCount(), before);

        const QByteArray good = "Reference,Title,Kind,Status,Summary,Releases\n"
                                "RFC-5001,Fine,fix,approved,It works now.,2027.1 Winter|Branch network refresh\n"
                                "RFC-1040,CRM suite 2026.1,feature,approved,Updated summary.,\n";
        auto import = prepareChangeImport(*m_ws, good);
        QVERIFY2(import, qPrintable(import.errorMessage()));
        QCOMPARE(import->created, 1);
        QCOMPARE(import->updated, 1);
        QCOMPARE(import->linked, 2);
        QVERIFY(m_ws->apply(*import.value().change));
        QCOMPARE(change(u"RFC-5001"_s).kind, ChangeKind::Fix);
        QCOMPARE(change(u"RFC-5001"_s).releaseIds.size(), 2);
        QCOMPARE(change(u"RFC-1040"_s).publicSummary, u"Updated summary."_s);
        QVERIFY(!prepareChangeImport(*m_ws, "name,summary\nx,y\n"));
        QVERIFY(!prepareChangeImport(*m_ws, "reference,title,kind\nRFC-5003,T,sideways\n"));
        QVERIFY(!prepareChangeImport(*m_ws, "reference,title\nRFC-5004,T\nrfc-5004,T\n"));
    }

    void customerNotesHoldNothingInternal() {
        const NotesDocument doc = notesFor(u"2026.4 Autumn"_s, notes::Audience::Customer);
        const QString text = doc.plainText();
        QVERIFY(text.contains(u"A new customer portal"_s));           // public summary
        QVERIFY(text.contains(u"Cards saved before this release"_s)); // what users need to do
        QVERIFY(text.contains(u"rounded correctly again"_s));         // a fix
        for (const QString &internal :
             {u"Testing"_s, u"Major"_s, u"Release manager"_s, u"RFC-"_s, u"PRB-"_s, u"TLS 1.3"_s,
              u"Replaces portal 1.x"_s, u"Retire the legacy print queue"_s, u"Status"_s}) {
            QVERIFY2(!text.contains(internal), qPrintable(internal));
        }
        QVERIFY(doc.auditHead.isEmpty());
        QVERIFY(doc.status.isEmpty());
        // The change without a public summary is left out, and the author is told.
        QVERIFY(doc.warnings.join(u' ').contains(u"RFC-1023"_s));
    }

    void internalReadersSeeReferencesDetailAndTheAuditHead() {
        const NotesDocument doc = notesFor(u"2026.4 Autumn"_s, notes::Audience::Technical);
        const QString text = doc.plainText();
        QVERIFY(text.contains(u"RFC-1020"_s));
        QVERIFY(text.contains(u"Replaces portal 1.x"_s));
        QVERIFY(!doc.auditHead.isEmpty());
    }

    void serviceNotesMarkADeploymentInsideAFreeze() {
        const NotesDocument doc = notesFor(u"2026.4 Autumn"_s, notes::Audience::Service);
        bool notice = false;
        for (const NotesSection &s : doc.sections) {
            for (const NotesBlock &b : s.blocks)
                notice |= b.kind == NotesBlock::Kind::Notice && b.text.contains(u"freeze"_s, Qt::CaseInsensitive);
        }
        QVERIFY2(notice, qPrintable(doc.plainText()));
    }

    void theBoardPackHasWhatABoardDecidesOn() {
        const NotesDocument doc = notesFor(u"2026.4 Autumn"_s, notes::Audience::ChangeBoard);
        QStringList keys;
        for (const NotesSection &s : doc.sections)
            keys.append(s.key);
        for (const QString &key : {u"summary"_s, u"contents"_s, u"findings"_s, u"waivers"_s, u"deployment_windows"_s,
                                   u"backout"_s, u"runbook"_s, u"risks"_s, u"schedule"_s, u"signoffs"_s, u"gate"_s})
            QVERIFY2(keys.contains(key), qPrintable(key));
        QVERIFY(doc.plainText().contains(u"SHA-256"_s));
        QVERIFY(!doc.auditHead.isEmpty());
    }

    void templatesAreCheckedStoredAndAudited() {
        NotesTemplate t = notes_catalogue::defaultTemplate(u"customer"_s);
        t.footer = u"Northwind Energy, Customer Care"_s;
        t.sections.first().heading = u"At a glance"_s;
        auto change = notes::saveTemplates(m_ws->notesTemplates(), {t}, std::nullopt, u"Edit"_s);
        QVERIFY(change && change.value());
        const qsizetype before = auditCount();
        QVERIFY(m_ws->apply(*change.value()));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(notesFor(u"2026.4 Autumn"_s, notes::Audience::Customer).sections.first().title, u"At a glance"_s);
        // Saving the same again changes nothing.
        QVERIFY(!notes::saveTemplates(m_ws->notesTemplates(), {t}, std::nullopt, u"Edit"_s).value());

        const NotesTemplate stored = *m_ws->notesTemplates().templateFor(u"customer"_s).value();
        NotesTemplate unknown = stored;
        unknown.sections.append({u"gossip"_s, true, {}});
        EditRecord<NotesTemplate> edit(stored, unknown);
        auto refused = m_ws->apply(edit);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"gossip"_s), qPrintable(refused.errorMessage()));

        NotesBranding branding;
        branding.primaryColour = u"navy"_s;
        CreateRecord<NotesBranding> badColour(branding);
        QVERIFY(!m_ws->apply(badColour));
        branding.primaryColour = u"#003366"_s;
        branding.logoPng = "GIF89a not a png";
        CreateRecord<NotesBranding> badLogo(branding);
        QVERIFY(!m_ws->apply(badLogo));
        QCOMPARE(auditCount(), before + 1);
    }

    void templatesTravelBetweenDatabasesAndDamagedFilesAreRefused() {
        NotesBranding look;
        look.organisation = u"Northwind Energy"_s;
        look.logoPng = *notes::logoFrom([] {
            QImage image(40, 20, QImage::Format_ARGB32);
            image.fill(Qt::darkGreen);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return png;
        }());
        const QByteArray file = notes::exportTemplates(*notes::currentTemplates(m_ws->notesTemplates()), look);
        auto read = notes::importTemplates(file);
        QVERIFY(read);
        QCOMPARE(read->templates.size(), 4);
        QCOMPARE(read->branding, look);
        QVERIFY(!notes::importTemplates("not json"));
        QVERIFY(!notes::importTemplates(R"({"kind": "relm-notes-templates", "version": 99})"));
        QVERIFY(!notes::importTemplates(R"({"kind": "relm-notes-templates", "version": 1,
                                           "templates": [{"audience": "customer", "sections": 3}]})"));
        QVERIFY(!notes::logoFrom("no image at all"));
    }

    void rollupsCoverOneEnvironmentAcrossReleases() {
        const Id production = m_ws->directory().environmentByName(u"Production"_s)->id;
        auto range = notes::rangeOfDays(production, QDate(2026, 5, 1), QDate(2026, 9, 30));
        QVERIFY(range);
        auto customers = notes::buildRollup(*m_ws, *range, notes::Audience::Customer, QDate(2026, 11, 29));
        QVERIFY2(customers, qPrintable(customers.errorMessage()));
        const QString text = customers->plainText();
        QVERIFY(text.contains(u"2026.2 Spring"_s));
        QVERIFY(text.contains(u"2026.3 Summer"_s));
        QVERIFY(text.contains(u"told by e-mail or text message"_s));
        QVERIFY(!text.contains(u"2026.4 Autumn"_s)); // not deployed in the period
        QVERIFY(!text.contains(u"RFC-"_s));
        QVERIFY(!notes::rangeOfDays(production, QDate(2026, 9, 30), QDate(2026, 5, 1)));
        QVERIFY(!notes::buildRollup(*m_ws, *range, notes::Audience::Technical, QDate(2026, 11, 29)));

        // Between two deployments: after the first, up to and including the second.
        QList<Deployment> ran;
        const auto deployments = m_ws->deployments().deployments(0);
        for (const Deployment &d : *deployments) {
            if (d.environmentId == production && d.actualStart.isValid())
                ran.append(d);
        }
        std::sort(ran.begin(), ran.end(),
                  [](const Deployment &a, const Deployment &b) { return a.actualStart < b.actualStart; });
        QVERIFY(ran.size() >= 3);
        auto between = notes::rangeBetweenDeployments(*m_ws, ran.at(0).id, ran.at(2).id);
        QVERIFY(between);
        auto service = notes::buildRollup(*m_ws, *between, notes::Audience::Service, QDate(2026, 11, 29));
        QVERIFY(service);
        const NotesSection deployed = service->sections.first();
        QCOMPARE(deployed.blocks.first().table.rows.size(), 2);
        QVERIFY(!notes::rangeBetweenDeployments(*m_ws, ran.at(2).id, ran.at(0).id));

        // A release whose first run failed and a later one went in counts for both audiences.
        auto year = notes::rangeOfDays(production, QDate(2025, 1, 1), QDate(2026, 11, 29));
        auto forCustomers = notes::buildRollup(*m_ws, *year, notes::Audience::Customer, QDate(2026, 11, 29));
        auto forService = notes::buildRollup(*m_ws, *year, notes::Audience::Service, QDate(2026, 11, 29));
        QCOMPARE(forService->titleFacts.at(1).second, forCustomers->titleFacts.at(1).second);
    }
};

QTEST_MAIN(TestChangeRequests)
#include "tst_changerequests.moc"
