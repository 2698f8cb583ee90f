#include "TestSupport.h"

#include "changes/DeliveryChanges.h"
#include "checks/ReleaseChecks.h"
#include "packages/PackageOperations.h"
#include "storage/CatalogueStore.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

ComponentVersion item(const QString &component, const QString &version, const QString &sha = {}) {
    ComponentVersion v;
    v.componentName = component;
    v.version = version;
    v.sha256 = sha;
    return v;
}

} // namespace

/// Baselines, builds and build notes, environment inventories, and package operations.
class TestDelivery final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    Release release(const QString &name) { return *m_ws->releases().releaseByName(name); }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
    }

    void cleanup() { m_ws.reset(); }

    void contentDiff_data() {
        QTest::addColumn<Contents>("before");
        QTest::addColumn<Contents>("after");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("changed");
        const Contents base{item(u"a"_s, u"1"_s), item(u"b"_s, u"2"_s)};
        QTest::newRow("same") << base << base << QStringList() << QStringList() << QStringList();
        QTest::newRow("first build") << Contents() << base << QStringList{u"a"_s, u"b"_s} << QStringList()
                                     << QStringList();
        QTest::newRow("added") << base << (base + Contents{item(u"c"_s, u"1"_s)}) << QStringList{u"c"_s}
                               << QStringList() << QStringList();
        QTest::newRow("removed") << base << Contents{item(u"a"_s, u"1"_s)} << QStringList() << QStringList{u"b"_s}
                                 << QStringList();
        QTest::newRow("upgraded") << base << Contents{item(u"a"_s, u"1"_s), item(u"b"_s, u"3"_s)} << QStringList()
                                  << QStringList() << QStringList{u"b 2->3"_s};
        QTest::newRow("rebuilt with new hash")
            << base << Contents{item(u"a"_s, u"1"_s, QString(64, u'f')), item(u"b"_s, u"2"_s)} << QStringList()
            << QStringList() << QStringList{u"a 1->1"_s};
        QTest::newRow("everything") << base << Contents{item(u"b"_s, u"1"_s), item(u"d"_s, u"4"_s)}
                                    << QStringList{u"d"_s} << QStringList{u"a"_s} << QStringList{u"b 2->1"_s};
    }

    void contentDiff() {
        QFETCH(Contents, before);
        QFETCH(Contents, after);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, changed);
        const ContentDiff diff = contents::compare(before, after);
        QStringList a, r, c;
        for (const auto &v : diff.added)
            a.append(v.componentName);
        for (const auto &v : diff.removed)
            r.append(v.componentName);
        for (const auto &[x, y] : diff.changed)
            c.append(x.componentName + u' ' + x.version + u"->"_s + y.version);
        QCOMPARE(a, added);
        QCOMPARE(r, removed);
        QCOMPARE(c, changed);
    }

    void fingerprintIgnoresOrderButNotContent() {
        const Contents x{item(u"a"_s, u"1"_s), item(u"b"_s, u"2"_s)};
        const Contents y{item(u"b"_s, u"2"_s), item(u"a"_s, u"1"_s)};
        QCOMPARE(contents::fingerprint(x), contents::fingerprint(y));
        QVERIFY(contents::fingerprint(x) != contents::fingerprint({item(u"a"_s, u"1"_s), item(u"b"_s, u"3"_s)}));
        QVERIFY(contents::fingerprint(x) !=
                contents::fingerprint({item(u"a"_s, u"1"_s, QString(64, u'0')), item(u"b"_s, u"2"_s)}));
    }

    void demoBuildNotesAreComputed() {
        const Release autumn = release(u"2026.4 Autumn"_s);
        auto builds = m_ws->delivery().builds(autumn.id);
        QVERIFY(builds);
        QCOMPARE(builds->size(), 2);
        const ContentDiff notes = contents::compare(builds->at(0).content, builds->at(1).content);
        QCOMPARE(notes.changed.size(), 2);
        QCOMPARE(notes.changed.at(0).second.componentName, u"mobile-app"_s);
        QCOMPARE(notes.changed.at(0).second.version, u"5.3.0"_s);
        QCOMPARE(builds->at(0).outcome, Build::Outcome::Failed);
    }

    void recordBuildSnapshotsContentAndUndoes() {
        const Release winter = release(u"2027.1 Winter"_s);
        RecordBuild build(Build{0, winter.id, 1, {}, {}, Build::Outcome::Succeeded, u"first"_s, {}}, winter.name);
        QVERIFY(m_ws->apply(build));
        QCOMPARE(build.build().builtBy, u"alice"_s);
        QCOMPARE(build.build().builtAt, test::fixedNow());
        QCOMPARE(build.build().content.size(), 4);
        RecordBuild again(Build{0, winter.id, 1, {}, {}, Build::Outcome::Succeeded, {}, {}}, winter.name);
        const auto duplicate = m_ws->apply(again);
        QVERIFY(!duplicate);
        QVERIFY(duplicate.errorMessage().contains(u"already recorded"_s));
        QVERIFY(m_ws->revert(build));
        QVERIFY(m_ws->delivery().builds(winter.id)->isEmpty());
    }

    void freezeThenChangeMarksBaseline() {
        const Release winter = release(u"2027.1 Winter"_s);
        FreezeRelease freeze(winter.id, winter.name);
        QVERIFY(m_ws->apply(freeze));
        auto findings = release_checks::run(*m_ws, winter.id);
        QVERIFY(findings);
        auto hasBaselineFinding = [&] {
            auto f = release_checks::run(*m_ws, winter.id);
            return std::any_of(f->cbegin(), f->cend(),
                               [](const Finding &x) { return x.kind == Finding::Kind::BaselineChanged; });
        };
        QVERIFY(!hasBaselineFinding());
        auto package = package_ops::findPackage(*m_ws, winter.name);
        QVERIFY(package);
        auto nginx = package_ops::resolve(*m_ws, {u"nginx"_s});
        QVERIFY(nginx);
        auto add = package_ops::add(*package, *nginx);
        QVERIFY(m_ws->apply(*add));
        QVERIFY(hasBaselineFinding());
        QVERIFY(m_ws->revert(*add));
        QVERIFY(!hasBaselineFinding());
        QVERIFY(m_ws->revert(freeze));
        QVERIFY(!m_ws->delivery().baseline(winter.id)->has_value());
    }

    void inventoryKeepsHistoryAndRollbackTarget() {
        const Environment production = *m_ws->directory().environmentByName(u"Production"_s);
        const Contents before = *m_ws->delivery().inventory(production.id);
        const int historyBefore = int(m_ws->delivery().history(production.id)->size());
        const Contents autumn = *m_ws->releases().content(release(u"2026.4 Autumn"_s).id);
        SetEnvironmentInventory deploy(production.id, production.name, autumn, u"deployed 2026.4"_s);
        QVERIFY(m_ws->apply(deploy));
        QCOMPARE(m_ws->delivery().inventory(production.id)->size(), autumn.size());
        auto history = m_ws->delivery().history(production.id);
        QCOMPARE(history->size(), historyBefore + 1);
        QCOMPARE(history->first().reason, u"deployed 2026.4"_s);
        QVERIFY(contents::compare(history->at(1).content, before).isEmpty()); // the rollback target
        QVERIFY(m_ws->revert(deploy));
        QVERIFY(contents::compare(*m_ws->delivery().inventory(production.id), before).isEmpty());
        QCOMPARE(m_ws->delivery().history(production.id)->size(), historyBefore);
    }

    void latestVersionSkipsPreReleasesAndRetired() {
        // auth-service has 2.2.0, 2.3.0, 2.3.1 and 3.0.0-rc.1: a release takes the newest released one.
        const Component auth = *m_ws->catalogue().componentByName(u"auth-service"_s);
        QCOMPARE(package_ops::latestVersion(*m_ws, auth.id)->version, u"2.3.1"_s);
        QStringList notes;
        auto resolved = package_ops::resolve(*m_ws, {u"auth-service"_s, u"nginx@1.24.0"_s}, &notes);
        QVERIFY(resolved);
        QCOMPARE(resolved->size(), 2);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(u"picked 2.3.1, the latest"_s));
        QVERIFY(!package_ops::resolve(*m_ws, {u"auth-service@9.9"_s}));
        QVERIFY(!package_ops::findPackage(*m_ws, u"2026.4 Autumn/Nope"_s));
    }

    void moveAndCopyBetweenReleases() {
        const Package from = *package_ops::findPackage(*m_ws, u"2026.4 Autumn/Application"_s);
        const Package to = *package_ops::findPackage(*m_ws, u"2027.1 Winter"_s);
        const Contents moving{from.contents.first()};
        auto move = package_ops::move(from, to, moving, false);
        QVERIFY(m_ws->apply(*move));
        QCOMPARE(m_ws->releases().package(from.id)->contents.size(), from.contents.size() - 1);
        QCOMPARE(m_ws->releases().package(to.id)->contents.size(), to.contents.size() + 1);
        QVERIFY(m_ws->revert(*move));
        auto copy = package_ops::move(from, to, moving, true);
        QVERIFY(m_ws->apply(*copy));
        QCOMPARE(m_ws->releases().package(from.id)->contents.size(), from.contents.size());
        QCOMPARE(m_ws->releases().package(to.id)->contents.size(), to.contents.size() + 1);
        QVERIFY(!package_ops::add(*m_ws->releases().package(to.id), moving)); // already there
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
