#include "TestSupport.h"

#include "calendar/CalendarEvents.h"
#include "calendar/ConflictFinder.h"
#include "calendar/WindowOccurrences.h"
#include "changes/CalendarChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseGate.h"
#include "domain/Validation.h"
#include "signing/AssuranceSources.h"
#include "storage/AuditLog.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

ChangeWindow monthEnd(const QString &service) {
    ChangeWindow w;
    w.name = u"Month-end close"_s;
    w.start = QDateTime(QDate(2026, 10, 31), QTime(18, 0));
    w.end = QDateTime(QDate(2026, 11, 1), QTime(6, 0));
    w.timeZone = "Europe/Berlin";
    w.recurrence.frequency = Recurrence::Frequency::Monthly;
    w.recurrence.monthDay = -1;
    if (!service.isEmpty())
        w.scope.services = {service};
    w.reason = u"Finance closes the books."_s;
    return w;
}

QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

qint64 auditCount(Workspace &ws) {
    auto entries = AuditLog(ws.database()).entries();
    return entries ? entries->size() : -1;
}

} // namespace

/// The change calendar: recurring windows in a time zone, their rules, conflicts that name what
/// they affect, and overrides only the right role may give.
class TestCalendar final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;

    std::unique_ptr<Workspace> demo(const QString &name, const QString &login = u"alice"_s) {
        auto ws = test::openWorkspace(m_folder.path(name + u".db"_s), true, login);
        if (!ws)
            qFatal("no demo workspace");
        return ws;
    }

    Id planned(Workspace &ws, const QString &release, const QString &environment, const QDateTime &start) {
        Deployment d;
        d.releaseId = ws.releases().releaseByName(release)->id;
        d.environmentId = ws.directory().environmentByName(environment)->id;
        d.plannedStart = start;
        d.plannedEnd = start.addSecs(2 * 3600);
        CreateRecord<Deployment> create(d);
        if (auto r = ws.apply(create); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        return create.record().id;
    }

private Q_SLOTS:
    void rulesReadBackAsWritten_data() {
        QTest::addColumn<QString>("rule");
        QTest::newRow("last day") << u"FREQ=MONTHLY;BYMONTHDAY=-1"_s;
        QTest::newRow("third Saturday") << u"FREQ=MONTHLY;BYDAY=3SA"_s;
        QTest::newRow("two weekdays, every 2 weeks") << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR"_s;
        QTest::newRow("yearly") << u"FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"_s;
    }

    void rulesReadBackAsWritten() {
        QFETCH(QString, rule);
        const auto read = Recurrence::fromRuleText(rule + u";UNTIL=20271231"_s);
        QVERIFY(read);
        QCOMPARE(read->ruleText(), rule);
        QCOMPARE(read->until, QDate(2027, 12, 31));
        QVERIFY(!Recurrence::fromRuleText(u"FREQ=HOURLY"_s));
        QVERIFY(!Recurrence::fromRuleText(u"BYDAY=XX"_s));
    }

    void monthEndFollowsDaylightSaving() {
        const QList<WindowOccurrence> list =
            window_occurrences::of(monthEnd({}), utc(2026, 10, 1, 0), utc(2027, 5, 1, 0));
        QCOMPARE(list.size(), 7); // Oct to Apr
        // 18:00 in Berlin is 17:00 UTC in winter and 16:00 UTC in summer time.
        QCOMPARE(list.first().start, utc(2026, 10, 31, 17)); // CET already (the change was on 25 Oct)
        QCOMPARE(list.at(1).start, utc(2026, 11, 30, 17));
        QCOMPARE(list.at(3).start, utc(2027, 1, 31, 17));
        QCOMPARE(list.at(4).start, utc(2027, 2, 28, 17));
        QCOMPARE(list.at(5).start, utc(2027, 3, 31, 16)); // CEST from 28 March
        QCOMPARE(list.at(5).end, utc(2027, 4, 1, 4));
        QCOMPARE(list.at(6).start, utc(2027, 4, 30, 16));
        for (const WindowOccurrence &o : list)
            QCOMPARE(o.start.toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(18, 0));
    }

    void clockChangeNightsReadAsICalendarDoes() {
        ChangeWindow sunday;
        sunday.name = u"Sunday maintenance"_s;
        sunday.kind = WindowKind::Maintenance;
        sunday.start = QDateTime(QDate(2027, 3, 21), QTime(2, 0));
        sunday.end = QDateTime(QDate(2027, 3, 21), QTime(6, 0));
        sunday.timeZone = "Europe/Berlin";
        sunday.recurrence = *Recurrence::fromRuleText(u"FREQ=WEEKLY;BYDAY=SU"_s);
        // 02:00 does not happen on 28 March: the offset from before the gap (CET) is used.
        const auto spring = window_occurrences::of(sunday, utc(2027, 3, 27, 0), utc(2027, 3, 29, 0));
        QCOMPARE(spring.size(), 1);
        QCOMPARE(spring.first().start, utc(2027, 3, 28, 1));
        QCOMPARE(spring.first().end, utc(2027, 3, 28, 4)); // 06:00 CEST
        // 02:00 happens twice on 31 October: the first one (CEST).
        const auto autumn = window_occurrences::of(sunday, utc(2027, 10, 30, 0), utc(2027, 11, 1, 0));
        QCOMPARE(autumn.size(), 1);
        QCOMPARE(autumn.first().start, utc(2027, 10, 31, 0));
        QCOMPARE(autumn.first().end, utc(2027, 10, 31, 5)); // 06:00 CET
        QVERIFY(validation::check(sunday));
        ChangeWindow etc = sunday;
        etc.timeZone = "Etc/UTC"; // this computer's own zone name on Debian
        QVERIFY2(validation::check(etc), qPrintable(validation::check(etc).errorMessage()));
    }

    void rulesPickTheRightDays() {
        ChangeWindow w = monthEnd({});
        w.recurrence = *Recurrence::fromRuleText(u"FREQ=MONTHLY;BYDAY=3SA"_s);
        w.start = QDateTime(QDate(2026, 12, 19), QTime(8, 0)); // the third Saturday of December
        w.end = QDateTime(QDate(2026, 12, 19), QTime(12, 0));
        QVERIFY(window_occurrences::startFollowsRule(w));
        const auto saturdays = window_occurrences::of(w, utc(2026, 12, 1, 0), utc(2027, 3, 1, 0));
        QCOMPARE(saturdays.size(), 3);
        QCOMPARE(saturdays.at(1).start.toTimeZone(QTimeZone("Europe/Berlin")).date(), QDate(2027, 1, 16));
        QCOMPARE(saturdays.at(2).start.toTimeZone(QTimeZone("Europe/Berlin")).date(), QDate(2027, 2, 20));
        // The 31st skips the months without one; an end stops the series.
        w.recurrence = *Recurrence::fromRuleText(u"FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20270531"_s);
        w.start = QDateTime(QDate(2027, 1, 31), QTime(8, 0));
        w.end = QDateTime(QDate(2027, 1, 31), QTime(9, 0));
        const auto thirtyFirsts = window_occurrences::of(w, utc(2027, 1, 1, 0), utc(2028, 1, 1, 0));
        QCOMPARE(thirtyFirsts.size(), 3); // Jan, Mar, May
    }

    void theOccurrenceTableAnswersAsExpandingDoes() {
        // Random windows and questions inside, across and outside the table's period, including
        // multi-day windows, daylight-saving nights and scopes that do not apply.
        QRandomGenerator random(20261130);
        const QList<QByteArray> zones{"Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"};
        const QStringList rules{u"FREQ=WEEKLY;BYDAY=SA"_s, u"FREQ=WEEKLY;BYDAY=MO,FR;INTERVAL=2"_s,
                                u"FREQ=MONTHLY;BYMONTHDAY=-1"_s, u"FREQ=MONTHLY;BYDAY=3SA"_s, u"FREQ=YEARLY"_s};
        for (int round = 0; round < 20; ++round) {
            QList<ChangeWindow> windows;
            for (int i = 0; i < 4; ++i) {
                ChangeWindow w = monthEnd(i % 2 ? u"Billing"_s : QString());
                w.id = i + 1;
                w.timeZone = zones.at(random.bounded(int(zones.size())));
                w.start = QDateTime(QDate(2026, 1, 1).addDays(random.bounded(300)), QTime(random.bounded(24), 0));
                w.end = w.start.addSecs(3600 * random.bounded(1, 80));
                if (random.bounded(4) != 0)
                    w.recurrence = *Recurrence::fromRuleText(rules.at(random.bounded(int(rules.size()))));
                windows.append(w);
            }
            const QDateTime from = utc(2026, 3, 1, 0).addDays(random.bounded(100));
            const window_occurrences::Table table(windows, from, from.addDays(400));
            for (int q = 0; q < 50; ++q) {
                const QDateTime start = from.addSecs(qint64(random.bounded(-20 * 86400, 430 * 86400)));
                const QDateTime end = start.addSecs(random.bounded(0, 5 * 86400));
                const DeploymentTarget target{0, random.bounded(2) ? u"billing"_s : u"Web"_s, {}};
                auto expected = window_occurrences::freezesTouching(windows, target, start, end);
                auto found = table.touching(target, start, end);
                const auto byStartAndWindow = [](const WindowOccurrence &a, const WindowOccurrence &b) {
                    return std::pair(a.start, a.windowId) < std::pair(b.start, b.windowId);
                };
                std::sort(expected.begin(), expected.end(), byStartAndWindow);
                std::sort(found.begin(), found.end(), byStartAndWindow);
                QCOMPARE(found, expected);
                QList<WindowOccurrence> starting;
                for (const WindowOccurrence &o : window_occurrences::of(windows, start, end.addDays(30))) {
                    if (o.start >= start)
                        starting.append(o);
                }
                QCOMPARE(table.startingIn(start, end.addDays(30)).size(), starting.size());
            }
        }
    }

    void windowsThatCannotWorkAreRefused() {
        ChangeWindow w = monthEnd({});
        w.start = QDateTime(QDate(2026, 10, 30), QTime(18, 0));
        w.end = QDateTime(QDate(2026, 10, 31), QTime(6, 0));
        auto r = validation::check(w);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"2026-10-31"_s), qPrintable(r.errorMessage())); // the fix
        w = monthEnd({});
        w.timeZone = "Mars/Olympus_Mons";
        QVERIFY(!validation::check(w));
        w = monthEnd({});
        w.recurrence = *Recurrence::fromRuleText(u"FREQ=WEEKLY"_s);
        w.start = QDateTime(QDate(2026, 11, 2), QTime(0, 0));
        w.end = QDateTime(QDate(2026, 11, 12), QTime(0, 0)); // longer than a week
        QVERIFY(!validation::check(w));
        QVERIFY(validation::check(monthEnd(u"Online Billing"_s)));
    }

    void aWindowForAServiceNoReleaseServesIsRefused() {
        auto ws = demo(u"typo"_s);
        const qint64 before = auditCount(*ws);
        CreateRecord<ChangeWindow> typo(monthEnd(u"Online Biling"_s));
        const auto refused = ws->apply(typo);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Online Biling"_s), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"Online Billing"_s), qPrintable(refused.errorMessage())); // listed
        QCOMPARE(auditCount(*ws), before); // nothing written
        const auto windows = ws->calendar().windows();
        QVERIFY(windows);
        QVERIFY(std::none_of(windows->cbegin(), windows->cend(),
                             [](const ChangeWindow &w) { return w.name == u"Month-end close"_s; }));
        // The spelling of a release's service is not asked for: any case will do.
        CreateRecord<ChangeWindow> lower(monthEnd(u"online billing"_s));
        QVERIFY2(ws->apply(lower), qPrintable(ws->apply(lower).errorMessage()));
    }

    void aFreezeConflictNamesEveryComponentAndTheFix() {
        auto ws = demo(u"conflict"_s);
        CreateRecord<ChangeWindow> add(monthEnd(u"Online Billing"_s));
        QVERIFY2(ws->apply(add), qPrintable(ws->apply(add).errorMessage()));
        const Id autumn = planned(*ws, u"2026.4 Autumn"_s, u"Staging"_s, utc(2026, 12, 31, 18));
        const Id winter = planned(*ws, u"2027.1 Winter"_s, u"Test"_s, utc(2026, 12, 31, 18));
        auto data = CalendarData::load(*ws);
        QVERIFY(data);
        auto finder = ConflictFinder::load(*ws, *data);
        QVERIFY(finder);
        const auto found = finder->find(utc(2026, 12, 1, 0), utc(2027, 1, 10, 0));
        const auto inFreeze = std::find_if(found.cbegin(), found.cend(), [&](const CalendarConflict &c) {
            return c.kind == CalendarConflict::Kind::Freeze && c.deploymentIds.contains(autumn);
        });
        QVERIFY(inFreeze != found.cend());
        const Contents content = *ws->releases().content(ws->releases().releaseByName(u"2026.4 Autumn"_s)->id);
        QSet<QString> names;
        for (const ComponentVersion &v : content)
            names.insert(v.componentName);
        QCOMPARE(QSet<QString>(inFreeze->components.cbegin(), inFreeze->components.cend()), names);
        QVERIFY(inFreeze->fix.contains(u"Sunday night maintenance"_s) || inFreeze->fix.contains(u"2027-01-01"_s));
        QVERIFY(inFreeze->fix.contains(u"change board"_s));
        // Winter is another service: the freeze does not apply to it.
        QVERIFY(std::none_of(found.cbegin(), found.cend(), [&](const CalendarConflict &c) {
            return c.kind == CalendarConflict::Kind::Freeze && c.deploymentIds.contains(winter);
        }));
    }

    void aClashReadsTheSameWhateverPeriodIsAsked() {
        auto ws = demo(u"periods"_s);
        auto data = CalendarData::load(*ws);
        QVERIFY(data);
        auto finder = ConflictFinder::load(*ws, *data);
        QVERIFY(finder);
        const auto everything = finder->find(utc(2020, 1, 1, 0), utc(2035, 1, 1, 0));
        int checked = 0;
        for (const CalendarConflict &c : everything) {
            if (c.kind != CalendarConflict::Kind::SharedComponent)
                continue;
            // A period wholly inside the overlap, which may hold no deployment of either release.
            const qint64 third = c.start.secsTo(c.end) / 3;
            const auto inside = finder->find(c.start.addSecs(third), c.end.addSecs(-third));
            const auto same =
                std::find_if(inside.cbegin(), inside.cend(), [&](const CalendarConflict &x) { return x.key == c.key; });
            QVERIFY2(same != inside.cend(), qPrintable(c.summary));
            QCOMPARE(same->summary, c.summary);
            QCOMPARE(same->start, c.start);
            QCOMPARE(same->end, c.end);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void anEmergencyIsOfferedTheFirstFreeSlot() {
        auto ws = demo(u"emergency"_s);
        CreateRecord<ChangeWindow> add(monthEnd(u"Online Billing"_s));
        QVERIFY(ws->apply(add));
        // In the freeze from 31 January 2027 18:00 Berlin to 1 February 06:00 (05:00 UTC); the
        // Sunday maintenance window follows six days later.
        const Id hotfix = planned(*ws, u"Hotfix 2026.3.1"_s, u"Production"_s, utc(2027, 1, 31, 18));
        const Id major = planned(*ws, u"2026.4 Autumn"_s, u"Production"_s, utc(2027, 1, 31, 20));
        auto data = CalendarData::load(*ws);
        auto finder = ConflictFinder::load(*ws, *data);
        QVERIFY(finder);
        const auto found = finder->find(utc(2027, 1, 25, 0), utc(2027, 2, 10, 0));
        const auto fixOf = [&](Id deployment) {
            for (const CalendarConflict &c : found) {
                if (c.kind == CalendarConflict::Kind::Freeze && c.deploymentIds.contains(deployment))
                    return c.fix;
            }
            return QString();
        };
        QVERIFY2(fixOf(hotfix).contains(u"Hotfix 2026.3.1 \u2192 Production to 2027-02-01 05:00"_s),
                 qPrintable(fixOf(hotfix)));
        QVERIFY2(fixOf(major).contains(u"Sunday night maintenance"_s), qPrintable(fixOf(major)));
    }

    void onlyTheOverridingRoleOverrides() {
        auto ws = demo(u"override"_s);
        CreateRecord<ChangeWindow> add(monthEnd(u"Online Billing"_s));
        QVERIFY(ws->apply(add));
        const Id deployment = planned(*ws, u"2026.4 Autumn"_s, u"Staging"_s, utc(2026, 12, 31, 18));
        const qint64 before = auditCount(*ws);
        OverrideFreeze byAlice(add.record().id, deployment, u"Finance agreed."_s);
        QVERIFY(!ws->apply(byAlice));      // a release manager, not the change board
        QCOMPARE(auditCount(*ws), before); // a refusal writes nothing
        QVERIFY(ws->actAs(u"erik"_s));
        OverrideFreeze empty(add.record().id, deployment, u"  "_s);
        QVERIFY(!ws->apply(empty));
        OverrideFreeze byErik(add.record().id, deployment, u"Finance agreed in CAB."_s);
        QVERIFY2(ws->apply(byErik), qPrintable(ws->apply(byErik).errorMessage()));
        QCOMPARE(auditCount(*ws), before + 1);
        OverrideFreeze twice(add.record().id, deployment, u"again"_s);
        QVERIFY(!ws->apply(twice));
        auto data = CalendarData::load(*ws);
        auto finder = ConflictFinder::load(*ws, *data);
        auto found = finder->find(utc(2026, 12, 1, 0), utc(2027, 1, 10, 0));
        auto hit = std::find_if(found.cbegin(), found.cend(), [&](const CalendarConflict &c) {
            return c.kind == CalendarConflict::Kind::Freeze && c.deploymentIds.contains(deployment);
        });
        QVERIFY(hit != found.cend());
        QVERIFY(hit->overridden);
        QVERIFY(hit->override.contains(u"Finance agreed in CAB."_s));
        // Moving the deployment to another month end lapses the override: it was for that slot.
        const Deployment stored = *ws->deployments().deployment(deployment);
        Deployment moved = stored;
        moved.plannedStart = utc(2027, 1, 31, 18);
        moved.plannedEnd = utc(2027, 1, 31, 20);
        EditRecord<Deployment> move(stored, moved);
        QVERIFY2(ws->apply(move), qPrintable(ws->apply(move).errorMessage()));
        data = CalendarData::load(*ws);
        finder = ConflictFinder::load(*ws, *data);
        found = finder->find(utc(2027, 1, 1, 0), utc(2027, 2, 10, 0));
        hit = std::find_if(found.cbegin(), found.cend(), [&](const CalendarConflict &c) {
            return c.kind == CalendarConflict::Kind::Freeze && c.deploymentIds.contains(deployment);
        });
        QVERIFY(hit != found.cend());
        QVERIFY(!hit->overridden);
    }

    void whatAnOverrideRestsOnStaysUntilTheOverrideIsWithdrawn() {
        auto ws = demo(u"withdraw"_s);
        QVERIFY(ws->actAs(u"erik"_s));
        CreateRecord<ChangeWindow> add(monthEnd(u"Online Billing"_s));
        QVERIFY(ws->apply(add));
        const Id deployment = planned(*ws, u"2026.4 Autumn"_s, u"Staging"_s, utc(2026, 12, 31, 18));
        OverrideFreeze give(add.record().id, deployment, u"Finance agreed in CAB."_s);
        QVERIFY2(ws->apply(give), qPrintable(ws->apply(give).errorMessage()));
        const qint64 before = auditCount(*ws);
        RemoveRecord<ChangeWindow> removeWindow(*ws->calendar().window(add.record().id));
        const auto refusedWindow = ws->apply(removeWindow);
        QVERIFY(!refusedWindow);
        QVERIFY2(refusedWindow.errorMessage().contains(u"Withdraw them first"_s),
                 qPrintable(refusedWindow.errorMessage()));
        RemoveRecord<Deployment> removeDeployment(*ws->deployments().deployment(deployment));
        QVERIFY(!ws->apply(removeDeployment));
        QCOMPARE(auditCount(*ws), before);
        QCOMPARE(ws->calendar().overrides(deployment)->size(), 1);
        WithdrawOverride withdraw(ws->calendar().overrides(deployment)->first());
        QVERIFY2(ws->apply(withdraw), qPrintable(ws->apply(withdraw).errorMessage()));
        QVERIFY2(ws->apply(removeWindow), qPrintable(ws->apply(removeWindow).errorMessage()));
        QVERIFY(ws->apply(removeDeployment));
    }

    void onlyTheOverridingRoleLoosensAFreeze() {
        auto ws = demo(u"loosen"_s);
        CreateRecord<ChangeWindow> add(monthEnd(u"Online Billing"_s));
        QVERIFY(ws->apply(add));
        ChangeWindow shorter = add.record();
        shorter.end = QDateTime(QDate(2026, 10, 31), QTime(19, 0));
        EditRecord<ChangeWindow> refused(add.record(), shorter);
        QVERIFY(!ws->apply(refused));
        // Tightening needs no special role: a longer window, a clearer reason.
        ChangeWindow longer = add.record();
        longer.end = QDateTime(QDate(2026, 11, 1), QTime(8, 0));
        longer.reason = u"Finance closes the books; reports run until 08:00."_s;
        EditRecord<ChangeWindow> lengthen(add.record(), longer);
        QVERIFY2(ws->apply(lengthen), qPrintable(ws->apply(lengthen).errorMessage()));
        RemoveRecord<ChangeWindow> remove(longer);
        QVERIFY(!ws->apply(remove));
        QVERIFY(ws->calendar().window(add.record().id));
        QVERIFY(ws->actAs(u"erik"_s));
        EditRecord<ChangeWindow> shorten(longer, shorter);
        QVERIFY2(ws->apply(shorten), qPrintable(ws->apply(shorten).errorMessage()));
        QVERIFY(ws->actAs(u"bob"_s) || ws->actAs(u"carol"_s));
        CreateRecord<ChangeWindow> byOutsider(monthEnd(u"Customer Care"_s));
        if (!ws->actingPerson().roles.contains(Role::ReleaseManager) &&
            !ws->actingPerson().roles.contains(Role::ChangeBoard))
            QVERIFY(!ws->apply(byOutsider));
    }

    void itsMakerTakesBackAFreezeNobodyReliedOn() {
        // Alice (release manager) makes a freeze only the change board may override, a month ahead.
        auto ws = demo(u"takeback"_s);
        ws->setClock([] { return utc(2026, 9, 15, 9); });
        CreateRecord<ChangeWindow> add(monthEnd(u"Online Billing"_s));
        QVERIFY2(ws->apply(add), qPrintable(ws->apply(add).errorMessage()));
        QCOMPARE(add.record().overrideRole, Role::ChangeBoard);
        // Before it begins, and while nobody else touched it, she may correct it or take it back:
        // that is what undoing its creation does.
        ChangeWindow shorter = add.record();
        shorter.end = QDateTime(QDate(2026, 10, 31), QTime(23, 0));
        EditRecord<ChangeWindow> correct(add.record(), shorter);
        QVERIFY2(ws->apply(correct), qPrintable(ws->apply(correct).errorMessage()));
        QVERIFY2(ws->revert(correct), "undoing her own correction");
        QVERIFY2(ws->revert(add), "undoing her own freeze");
        QVERIFY(!ws->calendar().window(add.record().id));
        QVERIFY2(ws->apply(add), "redo, checked again");

        // Once someone else has changed it, it is no longer hers alone.
        QVERIFY(ws->actAs(u"erik"_s));
        ChangeWindow reasoned = *ws->calendar().window(add.record().id);
        reasoned.reason = u"Finance closes the books; agreed in CAB."_s;
        EditRecord<ChangeWindow> byBoard(*ws->calendar().window(add.record().id), reasoned);
        QVERIFY2(ws->apply(byBoard), qPrintable(ws->apply(byBoard).errorMessage()));
        QVERIFY(ws->actAs(u"alice"_s));
        const qint64 before = auditCount(*ws);
        RemoveRecord<ChangeWindow> remove(reasoned);
        const auto refused = ws->apply(remove);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Only the change board"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(auditCount(*ws), before);

        // Nor once it has begun, even untouched by others.
        ChangeWindow customerCare = monthEnd(u"Customer Care"_s);
        customerCare.name = u"Customer Care month end"_s;
        CreateRecord<ChangeWindow> another(customerCare);
        QVERIFY2(ws->apply(another), qPrintable(ws->apply(another).errorMessage()));
        ws->setClock([] { return utc(2026, 10, 31, 20); });
        RemoveRecord<ChangeWindow> removeStarted(another.record());
        QVERIFY(!ws->apply(removeStarted));
        QVERIFY(ws->calendar().window(another.record().id));
        QCOMPARE(auditCount(*ws), before + 1);
    }

    void theDemoShowsEachKindOfClash() {
        auto ws = demo(u"kinds"_s);
        auto data = CalendarData::load(*ws);
        auto finder = ConflictFinder::load(*ws, *data);
        const auto found = finder->find(utc(2026, 11, 1, 0), utc(2027, 12, 31, 0));
        QSet<CalendarConflict::Kind> kinds;
        for (const CalendarConflict &c : found)
            kinds.insert(c.kind);
        QVERIFY(kinds.contains(CalendarConflict::Kind::Freeze));
        QVERIFY(kinds.contains(CalendarConflict::Kind::EnvironmentBooking));
        QVERIFY(kinds.contains(CalendarConflict::Kind::SharedComponent));
        // The hotfix and Autumn both change auth-service: the emergency goes first, and the summary
        // tells a component both change from one another depends on.
        const auto withHotfix = std::find_if(found.cbegin(), found.cend(), [](const CalendarConflict &c) {
            return c.kind == CalendarConflict::Kind::SharedComponent && c.releases.contains(u"Hotfix 2026.3.1"_s) &&
                   c.releases.contains(u"2026.4 Autumn"_s);
        });
        QVERIFY(withHotfix != found.cend());
        // The summary says what the dates are: from each release's first deployment to its last.
        QVERIFY2(withHotfix->summary.startsWith(u"The deployments of "_s) &&
                     withHotfix->summary.contains(u"Both change "_s) && withHotfix->summary.contains(u"auth-service"_s),
                 qPrintable(withHotfix->summary));
        QVERIFY2(withHotfix->fix.startsWith(u"Let the emergency Hotfix 2026.3.1 go first"_s),
                 qPrintable(withHotfix->fix));
        // Events: the maintenance window repeats weekly, the meeting is there.
        const auto events = data->events(utc(2026, 11, 22, 0), utc(2026, 12, 22, 0));
        QVERIFY(std::count_if(events.cbegin(), events.cend(),
                              [](const CalendarEvent &e) { return e.kind == CalendarEvent::Kind::Maintenance; }) >= 4);
        QVERIFY(std::any_of(events.cbegin(), events.cend(),
                            [](const CalendarEvent &e) { return e.kind == CalendarEvent::Kind::Meeting; }));
        CalendarFilter production;
        production.environmentId = ws->directory().environmentByName(u"Production"_s)->id;
        for (const CalendarEvent &e : data->events(utc(2026, 11, 22, 0), utc(2027, 6, 1, 0), production)) {
            if (e.kind == CalendarEvent::Kind::Deployment)
                QCOMPARE(e.environment, u"Production"_s);
        }
    }

    void aDeploymentBeforeWhatItNeedsIsNamed() {
        auto ws = demo(u"order"_s);
        // Staging runs no postgresql 15.6 yet; Winter brings it. A release needing it that goes
        // first leaves Staging incompatible until Winter lands.
        const Release winter = *ws->releases().releaseByName(u"2027.1 Winter"_s);
        const Contents content = *ws->releases().content(winter.id);
        QVERIFY(!content.isEmpty());
        auto data = CalendarData::load(*ws);
        auto finder = ConflictFinder::load(*ws, *data);
        const auto found = finder->find(utc(2026, 11, 1, 0), utc(2027, 12, 31, 0));
        for (const CalendarConflict &c : found) {
            if (c.kind != CalendarConflict::Kind::DeploymentOrder)
                continue;
            QCOMPARE(c.releases.size(), 2);
            QVERIFY(!c.components.isEmpty());
            QVERIFY(c.fix.contains(c.releases.first()));
        }
    }

    void theGateShowsAnOverride() {
        auto ws = demo(u"gate"_s, u"erik"_s);
        const Release autumn = *ws->releases().releaseByName(u"2026.4 Autumn"_s);
        auto windows = ws->calendar().windows();
        const auto yearEnd = std::find_if(windows->cbegin(), windows->cend(),
                                          [](const ChangeWindow &w) { return w.name.startsWith(u"Year-end"_s); });
        QVERIFY(yearEnd != windows->cend());
        Id production = 0;
        const auto deployments = ws->deployments().deployments(autumn.id); // kept: the loop reads it
        for (const Deployment &d : *deployments) {
            if (d.outcome == DeploymentOutcome::Planned && d.plannedStart > utc(2026, 12, 10, 0))
                production = d.id;
        }
        QVERIFY(production);
        OverrideFreeze change(yearEnd->id, production, u"Board agreed: the release fixes the VAT error."_s);
        QVERIFY2(ws->apply(change), qPrintable(ws->apply(change).errorMessage()));
        auto gate = ReleaseGate::check(AssuranceSources::of(*ws), autumn.id, ReleaseStatus::Approved, test::fixedNow());
        QVERIFY(gate);
        QVERIFY(std::any_of(gate->checks.cbegin(), gate->checks.cend(), [](const GateCheck &c) {
            return c.passed && c.detail.contains(u"overridden by"_s) && c.detail.contains(u"VAT"_s);
        }));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
