#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "planning/ExposureHistory.h"
#include "planning/ReleasePlanning.h"
#include "storage/AuditLog.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestRisks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bands_data() {
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("impact");
        QTest::addColumn<QString>("band");
        QTest::newRow("1x1") << 1 << 1 << u"low"_s;
        QTest::newRow("2x2") << 2 << 2 << u"low"_s;
        QTest::newRow("1x5") << 1 << 5 << u"medium"_s;
        QTest::newRow("3x3") << 3 << 3 << u"medium"_s;
        QTest::newRow("2x5") << 2 << 5 << u"high"_s;
        QTest::newRow("3x4") << 3 << 4 << u"high"_s;
        QTest::newRow("3x5") << 3 << 5 << u"extreme"_s;
        QTest::newRow("5x5") << 5 << 5 << u"extreme"_s;
    }

    void bands() {
        QFETCH(int, likelihood);
        QFETCH(int, impact);
        QFETCH(QString, band);
        Risk risk;
        risk.likelihood = likelihood;
        risk.impact = impact;
        QCOMPARE(risk.exposure(), likelihood * impact);
        QCOMPARE(riskBandKey(risk.band()), band);
    }

    void validation() {
        Risk risk;
        risk.releaseId = 1;
        risk.title = u"Supplier late"_s;
        QVERIFY(validation::check(risk));
        risk.likelihood = 0;
        QVERIFY(validation::check(risk).errorMessage().contains(u"1 (rare) to 5"_s));
        risk.likelihood = 3;
        risk.impact = 6;
        QVERIFY(!validation::check(risk));
        risk.impact = 3;
        risk.title = u" "_s;
        QVERIFY(!validation::check(risk));
    }

    void overdueReviews() {
        Risk risk;
        risk.reviewDate = QDate(2026, 11, 1);
        QVERIFY(risk.reviewOverdue(QDate(2026, 11, 2)));
        QVERIFY(!risk.reviewOverdue(QDate(2026, 11, 1)));
        risk.status = Risk::Status::Closed;
        QVERIFY(!risk.reviewOverdue(QDate(2026, 12, 1)));
    }

    void registerIsAuditedAndUndoable() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"risks.db"_s));
        QVERIFY(ws);
        const Id autumn = ws->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        auto demo = ws->risks().risks(autumn);
        QVERIFY(demo);
        QCOMPARE(demo->size(), 5);
        QVERIFY(demo->first().exposure() >= demo->last().exposure()); // highest exposure first
        QVERIFY(std::any_of(demo->cbegin(), demo->cend(), [](const Risk &r) { return r.taskId != 0; }));

        Risk before = demo->first();
        Risk after = before;
        after.likelihood = 1;
        after.status = Risk::Status::Closed;
        EditRecord<Risk> edit(before, after);
        QVERIFY(ws->apply(edit));
        const AuditEntry entry = ws->auditLog().entries(AuditFilter::forRelease(autumn, 1))->last();
        QCOMPARE(entry.entity, u"risk"_s);
        QCOMPARE(entry.before[u"likelihood"_s].toInt(), before.likelihood);
        QCOMPARE(entry.after[u"exposure"_s].toInt(), after.exposure());
        QVERIFY(ws->revert(edit));
        QCOMPARE(*ws->risks().risk(before.id), before);
        QCOMPARE(json::toJson(before)[u"band"_s].toString(), riskBandKey(before.band()));
    }

    void linkedOpenRisksFeedTheSimulation() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"simulation.db"_s));
        QVERIFY(ws);
        const Id autumn = ws->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        const auto input = planning::simulationInput(*ws, autumn);
        QVERIFY(input);
        const auto risks = ws->risks().risks(autumn);
        const auto linked =
            std::count_if(risks->cbegin(), risks->cend(), [](const Risk &r) { return r.threatensSchedule(); });
        QCOMPARE(qsizetype(input->input.riskEvents.size()), qsizetype(linked));
        QVERIFY(linked > 0);
        const Risk &first =
            *std::find_if(risks->cbegin(), risks->cend(), [](const Risk &r) { return r.threatensSchedule(); });
        const auto event = std::find_if(input->input.riskEvents.cbegin(), input->input.riskEvents.cend(),
                                        [&](const RiskEvent &e) { return input->tasks.at(e.task).id == first.taskId; });
        QVERIFY(event != input->input.riskEvents.cend());
        QCOMPARE(event->delay, first.expectedDelay);
        QCOMPARE(event->probability, first.probability());

        Risk closed = first;
        closed.status = Risk::Status::Closed;
        EditRecord<Risk> close(first, closed);
        QVERIFY(ws->apply(close));
        QCOMPARE(qsizetype(planning::simulationInput(*ws, autumn)->input.riskEvents.size()), qsizetype(linked - 1));
    }

    void exposureHistoryReplaysTheAuditTrail() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"history.db"_s));
        QVERIFY(ws);
        const Id autumn = ws->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        const auto history = exposureHistory(*ws, autumn);
        QVERIFY(history);
        // The demo raises five risks over weeks and re-rates four of them.
        QCOMPARE(history->size(), 9);
        QCOMPARE(history->first().total, 12);
        QCOMPARE(history->first().risks, 1);
        QVERIFY(std::is_sorted(history->cbegin(), history->cend(),
                               [](const ExposurePoint &a, const ExposurePoint &b) { return a.at < b.at; }));
        int open = 0;
        const auto current = ws->risks().risks(autumn);
        for (const Risk &r : *current)
            open += r.status == Risk::Status::Closed ? 0 : r.exposure();
        QCOMPARE(history->last().total, open);
        QCOMPARE(history->last().risks, 5);

        // Closing a risk drops its exposure; removing it does the same.
        const Risk gateway = ws->risks().risks(autumn)->first();
        Risk closed = gateway;
        closed.status = Risk::Status::Closed;
        EditRecord<Risk> close(gateway, closed);
        QVERIFY(ws->apply(close));
        QCOMPARE(exposureHistory(*ws, autumn)->last().total, open - gateway.exposure());
        QVERIFY(ws->revert(close));
        RemoveRecord<Risk> remove(gateway);
        QVERIFY(ws->apply(remove));
        QCOMPARE(exposureHistory(*ws, autumn)->last().total, open - gateway.exposure());
        QCOMPARE(exposureHistory(*ws, autumn)->last().risks, 4);
        // The trail says what was done: a removal, and then its undo.
        QVERIFY2(ws->auditLog().entries()->last().summary.startsWith(u"Remove "_s),
                 qPrintable(ws->auditLog().entries()->last().summary));
        QVERIFY(ws->revert(remove));
        QVERIFY2(ws->auditLog().entries()->last().summary.startsWith(u"Undo: remove "_s),
                 qPrintable(ws->auditLog().entries()->last().summary));
    }

    void probabilityFollowsLikelihood() {
        Risk risk;
        risk.likelihood = 1;
        QCOMPARE(risk.probability(), 0.1);
        risk.likelihood = 5;
        QVERIFY(qFuzzyCompare(risk.probability(), 0.9));
    }
};

QTEST_GUILESS_MAIN(TestRisks)
#include "tst_risks.moc"
