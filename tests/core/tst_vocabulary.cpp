#include "domain/Plan.h"
#include "domain/ReleaseLifecycle.h"
#include "domain/Vocabulary.h"
#include "i18n/ShownDates.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestVocabulary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip() {
        for (ReleaseStatus s : allOf<ReleaseStatus>())
            QCOMPARE(fromKey<ReleaseStatus>(keyOf(s)), s);
        for (ComponentKind k : allOf<ComponentKind>())
            QCOMPARE(fromKey<ComponentKind>(keyOf(k)), k);
        for (Role r : allOf<Role>())
            QCOMPARE(fromKey<Role>(keyOf(r)), r);
    }

    void keysAcceptLabelsAndHyphens() {
        QCOMPARE(fromKey<ReleaseStatus>(u"Awaiting sign-off"_s), ReleaseStatus::AwaitingSignOff);
        QCOMPARE(fromKey<ReleaseStatus>(u"rolled-back"_s), ReleaseStatus::RolledBack);
        QCOMPARE(fromKey<ReleaseType>(u"EMERGENCY"_s), ReleaseType::Emergency);
        QVERIFY(!fromKey<ReleaseType>(u"huge"_s).has_value());
    }

    void transitions_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("draft to planned") << u"draft"_s << u"planned"_s << true;
        QTest::newRow("draft to deployed") << u"draft"_s << u"deployed"_s << false;
        QTest::newRow("planned back to draft") << u"planned"_s << u"draft"_s << true;
        QTest::newRow("testing to sign-off") << u"testing"_s << u"awaiting_signoff"_s << true;
        QTest::newRow("sign-off rejected to testing") << u"awaiting_signoff"_s << u"testing"_s << true;
        QTest::newRow("sign-off skips approval") << u"awaiting_signoff"_s << u"deploying"_s << false;
        QTest::newRow("approved to deploying") << u"approved"_s << u"deploying"_s << true;
        QTest::newRow("deploying rolled back") << u"deploying"_s << u"rolled_back"_s << true;
        QTest::newRow("deploying cancelled") << u"deploying"_s << u"cancelled"_s << false;
        QTest::newRow("deployed to reviewed") << u"deployed"_s << u"reviewed"_s << true;
        QTest::newRow("reviewed is final") << u"reviewed"_s << u"planned"_s << false;
        QTest::newRow("cancelled is final") << u"cancelled"_s << u"draft"_s << false;
        QTest::newRow("rolled back replanned") << u"rolled_back"_s << u"planned"_s << true;
        QTest::newRow("same status") << u"testing"_s << u"testing"_s << false;
    }

    void transitions() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const auto a = *fromKey<ReleaseStatus>(from);
        const auto b = *fromKey<ReleaseStatus>(to);
        QCOMPARE(ReleaseLifecycle::canMove(a, b), allowed);
        const auto check = ReleaseLifecycle::checkMove(a, b);
        QCOMPARE(check.ok(), allowed);
        if (!allowed)
            QVERIFY2(check.errorMessage().contains(labelOf(b)), qPrintable(check.errorMessage()));
    }

    void forwardStepSkipsExits() {
        QCOMPARE(ReleaseLifecycle::forwardStep(ReleaseStatus::Testing), ReleaseStatus::AwaitingSignOff);
        QVERIFY(!ReleaseLifecycle::forwardStep(ReleaseStatus::Reviewed).has_value());
        QVERIFY(ReleaseLifecycle::isFinal(ReleaseStatus::Cancelled));
        QCOMPARE(ReleaseLifecycle::actionLabel(ReleaseStatus::AwaitingSignOff), u"Submit for sign-off"_s);
    }

    void anEnvironmentNamedForItsKindIsNotNamedTwice() {
        QCOMPARE(environmentTitle(u"Build"_s, EnvironmentKind::Build), u"Build"_s);
        QCOMPARE(environmentTitle(u"production"_s, EnvironmentKind::Production), u"production"_s);
        QCOMPARE(environmentTitle(u"EU cluster"_s, EnvironmentKind::Production), u"EU cluster (Production)"_s);
        QCOMPARE(environmentTitle(u"Test"_s, EnvironmentKind::Staging), u"Test (Staging)"_s);
    }

    void lagsReadAndWriteAsPeopleTypeThem_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("written");
        QTest::newRow("none") << u""_s << true << u""_s;
        QTest::newRow("days") << u"1d"_s << true << u"1d"_s;
        QTest::newRow("lead") << u" -4h "_s << true << u"-4h"_s;
        QTest::newRow("share") << u"50%"_s << true << u"50%"_s;
        QTest::newRow("plain days") << u"2"_s << true << u"2d"_s;
        QTest::newRow("words") << u"soon"_s << false << u""_s;
        QTest::newRow("bad share") << u"x%"_s << false << u""_s;
    }

    void lagsReadAndWriteAsPeopleTypeThem() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, written);
        PlanLink link{0, 1, 2, LinkType::FinishToStart, 60, 0, false};
        QCOMPARE(setLagFromText(link, text), valid);
        if (valid)
            QCOMPARE(lagText(link), written);
        else
            QCOMPARE(link.lag, 60); // a refused text leaves the link as it was
    }

    void datesOnScreenFollowTheLocaleWithAFullYear() {
        const QDate day(2026, 12, 3);
        const QDateTime moment(day, QTime(19, 0), QTimeZone::utc());
        QCOMPARE(shown_dates::date(day), u"2026-12-03"_s); // ISO unless the program chooses otherwise
        QCOMPARE(shown_dates::dateTime(moment), u"2026-12-03 19:00 UTC"_s);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        shown_dates::setStyle(shown_dates::Style::Locale);
        const QString german = shown_dates::date(day);
        const QString plannedAt = shown_dates::dateTime(QDateTime(day, QTime(8, 30)));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString american = shown_dates::date(day);
        // The C locale (LANG=C) gives its short times seconds: on screen a moment keeps minutes.
        QLocale::setDefault(QLocale::c());
        const QString plain = shown_dates::dateTime(QDateTime(day, QTime(8, 30)));
        shown_dates::setStyle(shown_dates::Style::Iso);
        QLocale::setDefault(before);
        QCOMPARE(german, u"03.12.2026"_s);
        QCOMPARE(plannedAt, u"03.12.2026 08:30"_s); // a plan's calendar-local time is shown as it is
        QCOMPARE(american, u"12/3/2026"_s);
        QCOMPARE(plain, u"3 Dec 2026 08:30"_s);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
