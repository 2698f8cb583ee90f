#include "TestSupport.h"

#include "domain/Validation.h"
#include "storage/CatalogueStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestDemoData final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoShowsEveryConcept() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"demo.db"_s));
        QVERIFY(ws);
        auto releases = ws->releases().releases();
        QVERIFY(releases);
        QVERIFY(releases->size() >= 6);
        QSet<ReleaseStatus> statuses;
        QSet<ReleaseType> types;
        for (const Release &r : *releases) {
            QVERIFY2(validation::check(r), qPrintable(r.name));
            statuses.insert(r.status);
            types.insert(r.type);
            QVERIFY2(!ws->releases().packages(r.id)->isEmpty(), qPrintable(r.name));
            QVERIFY2(!ws->releases().changeRequests(r.id)->isEmpty(), qPrintable(r.name));
        }
        QVERIFY(statuses.size() >= 6);
        QVERIFY(types.contains(ReleaseType::Emergency));

        QSet<ComponentKind> kinds;
        const auto components = ws->catalogue().components();
        for (const Component &c : *components)
            kinds.insert(c.kind);
        QCOMPARE(kinds.size(), int(allOf<ComponentKind>().size()));
        QCOMPARE(ws->directory().environments()->size(), 5);
        QSet<Role> roles;
        const auto people = ws->directory().people();
        for (const Person &p : *people)
            for (Role role : p.roles)
                roles.insert(role);
        QCOMPARE(roles.size(), int(allOf<Role>().size()));
        // Demo dates follow "today", so the demo stays current.
        QCOMPARE(ws->releases().releaseByName(u"2026.4 Autumn"_s)->plannedStart, QDate(2026, 11, 2));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
