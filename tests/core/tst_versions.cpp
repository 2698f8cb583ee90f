#include "domain/VersionNumber.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestVersions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ordering_data() {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("numeric not lexical") << u"2.9"_s << u"2.10"_s;
        QTest::newRow("patch") << u"2.3.0"_s << u"2.3.1"_s;
        QTest::newRow("pre-release before release") << u"3.0.0-rc.1"_s << u"3.0.0"_s;
        QTest::newRow("alpha before beta") << u"1.0.0-alpha"_s << u"1.0.0-beta"_s;
        QTest::newRow("rc.1 before rc.2") << u"1.0.0-rc.1"_s << u"1.0.0-rc.2"_s;
        QTest::newRow("rc.2 before rc.10") << u"1.0.0-rc.2"_s << u"1.0.0-rc.10"_s;
        QTest::newRow("shorter pre-release first") << u"1.0.0-rc"_s << u"1.0.0-rc.1"_s;
        QTest::newRow("pre-release after previous release") << u"2.9.9"_s << u"3.0.0-alpha"_s;
        QTest::newRow("calendar versions") << u"2025.3"_s << u"2026.1"_s;
        QTest::newRow("letters with numbers") << u"v7"_s << u"v8"_s;
        QTest::newRow("revisions") << u"rev-B"_s << u"rev-C"_s;
        QTest::newRow("four parts") << u"1.2.3.4"_s << u"1.2.3.10"_s;
        QTest::newRow("leading v ignored") << u"v1.9"_s << u"1.10"_s;
    }

    void ordering() {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        QVERIFY(VersionNumber(lower) < VersionNumber(higher));
        QVERIFY(!(VersionNumber(higher) < VersionNumber(lower)));
    }

    void equality() {
        QVERIFY(VersionNumber(u"2.3"_s) == VersionNumber(u"2.3.0"_s));
        QVERIFY(VersionNumber(u"1.0.0+build.5"_s) == VersionNumber(u"1.0.0"_s));
        QVERIFY(!(VersionNumber(u"1.0.0-rc.1"_s) == VersionNumber(u"1.0.0"_s)));
    }

    void ranges_data() {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("matches");
        QTest::newRow("in >=2.3 <3") << u">=2.3 <3"_s << u"2.3.1"_s << true;
        QTest::newRow("lower bound inclusive") << u">=2.3 <3"_s << u"2.3"_s << true;
        QTest::newRow("upper bound exclusive") << u">=2.3 <3"_s << u"3.0.0"_s << false;
        QTest::newRow("below") << u">=2.3 <3"_s << u"2.2.9"_s << false;
        QTest::newRow("pre-release excluded") << u">=2.3 <3"_s << u"3.0.0-rc.1"_s << false;
        QTest::newRow("pre-release named") << u">=3.0.0-rc.1"_s << u"3.0.0-rc.2"_s << true;
        QTest::newRow("exact bare") << u"2.3.1"_s << u"2.3.1"_s << true;
        QTest::newRow("exact =") << u"=2.3.1"_s << u"2.3.2"_s << false;
        QTest::newRow("not equal") << u"!=2.4.0"_s << u"2.4.1"_s << true;
        QTest::newRow("any") << u"*"_s << u"0.0.1"_s << true;
        QTest::newRow("or first") << u"<1.0 || >=2.0"_s << u"0.9"_s << true;
        QTest::newRow("or second") << u"<1.0 || >=2.0"_s << u"2.1"_s << true;
        QTest::newRow("or neither") << u"<1.0 || >=2.0"_s << u"1.5"_s << false;
        QTest::newRow("space after operator") << u">= 15"_s << u"15.5"_s << true;
        QTest::newRow("greater") << u">1.24"_s << u"1.24.0"_s << false;
        QTest::newRow("less or equal") << u"<=1.24"_s << u"1.24.0"_s << true;
    }

    void ranges() {
        QFETCH(QString, range);
        QFETCH(QString, version);
        QFETCH(bool, matches);
        const auto parsed = VersionRange::parse(range);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->matches(version), matches);
    }

    void badRanges_data() {
        QTest::addColumn<QString>("range");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("operator only") << u">="_s;
        QTest::newRow("words") << u"about two"_s.prepend(u'~');
        QTest::newRow("empty alternative") << u">1 ||"_s;
    }

    void badRanges() {
        QFETCH(QString, range);
        const auto parsed = VersionRange::parse(range);
        QVERIFY(!parsed);
        QVERIFY(!parsed.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
