#include "checks/PackageChecker.h"
#include "domain/VersionNumber.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

ComponentVersion version(const QString &spec, QList<VersionRelation> relations = {}, bool withHash = true) {
    static Id nextId = 1;
    ComponentVersion v;
    v.id = nextId++;
    v.componentName = spec.section(u'@', 0, 0);
    v.version = spec.section(u'@', 1);
    v.sha256 = withHash ? QString(64, u'a') : QString();
    v.relations = std::move(relations);
    return v;
}

VersionRelation requires_(const QString &component, const QString &range) {
    return {VersionRelation::Kind::Requires, component, range};
}

VersionRelation conflictsWith(const QString &component, const QString &range) {
    return {VersionRelation::Kind::Conflicts, component, range};
}

PackageCheckInput input(const Contents &content, const Contents &environment = {}) {
    PackageCheckInput in;
    in.release.id = 7;
    in.release.name = u"R"_s;
    in.packages = {Package{1, 7, u"Main"_s, content}};
    in.environmentName = environment.isEmpty() ? QString() : u"Production"_s;
    in.environment = environment;
    const Contents catalogue = {version(u"auth@2.2.0"_s), version(u"auth@2.3.1"_s), version(u"auth@3.0.0"_s),
                                version(u"gateway@7.4"_s), version(u"gateway@7.5"_s)};
    in.catalogueVersions = [catalogue](const QString &component) {
        Contents result;
        for (const ComponentVersion &v : catalogue) {
            if (v.componentName == component)
                result.append(v);
        }
        return result;
    };
    return in;
}

QStringList kinds(const QList<Finding> &findings) {
    QStringList result;
    for (const Finding &f : findings)
        result.append(f.kindKey());
    return result;
}

} // namespace

class TestPackageChecker final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanPackageHasNoFindings() {
        const auto findings = PackageChecker::check(
            input({version(u"billing@4.10"_s, {requires_(u"auth"_s, u">=2.3 <3"_s)}), version(u"auth@2.3.1"_s)}));
        QVERIFY2(findings.isEmpty(), qPrintable(kinds(findings).join(u',')));
    }

    void requirements_data() {
        QTest::addColumn<Contents>("release");
        QTest::addColumn<Contents>("environment");
        QTest::addColumn<bool>("unmet");
        QTest::addColumn<QString>("fragment");
        const auto billing = version(u"billing@4.10"_s, {requires_(u"auth"_s, u">=2.3 <3"_s)});
        QTest::newRow("met in release") << Contents{billing, version(u"auth@2.3.1"_s)} << Contents{} << false
                                        << QString();
        QTest::newRow("met by environment")
            << Contents{billing} << Contents{version(u"auth@2.3.0"_s)} << false << QString();
        QTest::newRow("release replaces environment")
            << Contents{billing, version(u"auth@3.0.0"_s)} << Contents{version(u"auth@2.3.0"_s)} << true
            << u"the release has 3.0.0"_s;
        QTest::newRow("environment too old")
            << Contents{billing} << Contents{version(u"auth@2.2.0"_s)} << true << u"Production runs 2.2.0"_s;
        QTest::newRow("nowhere") << Contents{billing} << Contents{version(u"other@1"_s)} << true
                                 << u"neither the release nor Production"_s;
        QTest::newRow("no target environment") << Contents{billing} << Contents{} << true << u"no target environment"_s;
    }

    void requirements() {
        QFETCH(Contents, release);
        QFETCH(Contents, environment);
        QFETCH(bool, unmet);
        QFETCH(QString, fragment);
        const auto findings = PackageChecker::check(input(release, environment));
        QCOMPARE(kinds(findings).contains(u"unmet_requirement"_s), unmet);
        if (unmet) {
            const Finding &f = findings.first();
            QVERIFY2(f.message.contains(fragment), qPrintable(f.message));
            QVERIFY(f.message.contains(u"billing 4.10 requires auth >=2.3 <3"_s));
            QVERIFY2(f.fix.contains(u"2.3.1"_s), qPrintable(f.fix)); // the newest matching version
            QCOMPARE(f.components, (QStringList{u"billing"_s, u"auth"_s}));
            QCOMPARE(f.releaseId, Id(7));
        }
    }

    void requirementWithNoCandidateSaysSo() {
        const auto findings = PackageChecker::check(input({version(u"app@1"_s, {requires_(u"auth"_s, u">=9"_s)})}));
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().fix.contains(u"No version of auth in the catalogue matches"_s));
    }

    void conflicts_data() {
        QTest::addColumn<Contents>("release");
        QTest::addColumn<Contents>("environment");
        QTest::addColumn<int>("count");
        const auto billing = version(u"billing@4.10"_s, {conflictsWith(u"gateway"_s, u"<7.5"_s)});
        QTest::newRow("conflict in release") << Contents{billing, version(u"gateway@7.4"_s)} << Contents{} << 1;
        QTest::newRow("outside range") << Contents{billing, version(u"gateway@7.5"_s)} << Contents{} << 0;
        QTest::newRow("environment runs conflicting") << Contents{billing} << Contents{version(u"gateway@7.4"_s)} << 1;
        QTest::newRow("release replaces conflicting")
            << Contents{billing, version(u"gateway@7.5"_s)} << Contents{version(u"gateway@7.4"_s)} << 0;
    }

    void conflicts() {
        QFETCH(Contents, release);
        QFETCH(Contents, environment);
        QFETCH(int, count);
        const auto findings = PackageChecker::check(input(release, environment));
        QCOMPARE(kinds(findings).count(u"conflict"_s), count);
        if (count)
            QVERIFY2(findings.first().fix.contains(u"gateway"_s), qPrintable(findings.first().fix));
    }

    void twoVersionsOfOneComponent() {
        const auto findings = PackageChecker::check(
            input({version(u"auth@2.3.1"_s), version(u"auth@3.0.0-rc.1"_s), version(u"auth@2.3.1"_s)}));
        QCOMPARE(kinds(findings), QStringList{u"duplicate_component"_s});
        QVERIFY(findings.first().message.contains(u"2 versions of auth: 2.3.1, 3.0.0-rc.1"_s));
        QVERIFY(findings.first().fix.contains(u"usually 2.3.1"_s)); // not the pre-release
    }

    void fingerprintsOnlyWhenRequired() {
        PackageCheckInput in = input({version(u"auth@2.3.1"_s, {}, false)});
        QVERIFY(PackageChecker::check(in).isEmpty());
        in.release.requireFingerprints = true;
        const auto findings = PackageChecker::check(in);
        QCOMPARE(kinds(findings), QStringList{u"missing_fingerprint"_s});
        QCOMPARE(findings.first().severity, Finding::Severity::Error);
    }

    void retiredVersionsWarn() {
        ComponentVersion old = version(u"auth@2.2.0"_s);
        old.retired = true;
        const auto findings = PackageChecker::check(input({old}));
        QCOMPARE(kinds(findings), QStringList{u"retired_version"_s});
        QCOMPARE(findings.first().severity, Finding::Severity::Warning);
    }

    void baselineChangeIsReported() {
        const ComponentVersion a = version(u"auth@2.3.1"_s);
        const ComponentVersion b = version(u"billing@4.10"_s);
        PackageCheckInput in = input({a, b});
        in.baseline = Baseline{
            7, contents::fingerprint({a, b}), QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC), u"alice"_s, {a, b}};
        QVERIFY(PackageChecker::check(in).isEmpty());
        in.packages.first().contents = {version(u"auth@3.0.0"_s), b};
        const auto findings = PackageChecker::check(in);
        QCOMPARE(kinds(findings), QStringList{u"baseline_changed"_s});
        QVERIFY2(findings.first().message.contains(u"auth 2.3.1 \u2192 3.0.0"_s), qPrintable(findings.first().message));
        QVERIFY(findings.first().message.contains(u"alice"_s));
    }

    void unreadableRangeIsAFinding() {
        const auto findings = PackageChecker::check(input({version(u"app@1"_s, {requires_(u"auth"_s, u">="_s)})}));
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().message.contains(u"unreadable range"_s));
    }
};

QTEST_GUILESS_MAIN(TestPackageChecker)
#include "tst_packagechecker.moc"
