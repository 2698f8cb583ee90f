#include "domain/ReleaseLifecycle.h"
#include "domain/Vocabulary.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
