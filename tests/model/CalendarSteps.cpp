#include "CalendarSteps.h"

#include "RandomPick.h"

#include "calendar/ConflictFinder.h"
#include "calendar/WindowOccurrences.h"
#include "changes/CalendarChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

namespace {

/// A step reads the database between changes; every read must succeed whatever the session did
/// before (a refused change leaves nothing behind), so a failed read fails the test.
template<typename T>
bool readable(const Result<T> &read, const char *what) {
    const auto check = [&] {
        QVERIFY2(read.ok(), qPrintable(u"Reading %1 failed during a random session: %2"_s.arg(
                                QString::fromLatin1(what), read ? QString() : read.errorMessage())));
    };
    check();
    return read.ok();
}

/// Rules and zones a user might give, some of which the door must refuse.
void reshape(std::mt19937 &rng, ChangeWindow &w) {
    static const QList<QByteArray> zones = {"UTC", "Europe/Berlin", "America/New_York", "Mars/Olympus", ""};
    static const QStringList rules = {u""_s,
                                      u"FREQ=WEEKLY;BYDAY=SU"_s,
                                      u"FREQ=MONTHLY;BYMONTHDAY=-1"_s,
                                      u"FREQ=MONTHLY;BYDAY=3SA"_s,
                                      u"FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"_s,
                                      u"FREQ=WEEKLY;INTERVAL=0;BYDAY=MO"_s,
                                      u"FREQ=DAILY"_s};
    w.timeZone = zones.at(between(rng, 0, int(zones.size()) - 1));
    w.start = QDateTime(QDate(2026, 11, 22).addDays(between(rng, -10, 60)), QTime(between(rng, 0, 23), 0));
    w.end = w.start.addSecs(3600LL * between(rng, -2, 80));
    if (auto rule = Recurrence::fromRuleText(rules.at(between(rng, 0, int(rules.size()) - 1))))
        w.recurrence = *rule;
    if (const QDate first = window_occurrences::firstDayFrom(w.recurrence, w.start.date());
        first.isValid() && chance(rng, 80)) { // as the dialog and relm-cli move it
        const qint64 length = w.start.secsTo(w.end);
        w.start.setDate(first);
        w.end = w.start.addSecs(length);
    }
    // A service scope as typed: right, in another case, misspelt (the door refuses that), or none.
    static const QStringList services = {u"Online Billing"_s, u"customer care"_s, u"Online Biling"_s,
                                         u"Custmer Care"_s};
    if (chance(rng, 60))
        w.scope.services = {services.at(between(rng, 0, int(services.size()) - 1))};
    else if (chance(rng, 30))
        w.scope.services.clear();
    w.kind = chance(rng, 75) ? WindowKind::Freeze : WindowKind::Maintenance;
    w.overrideRole = chance(rng, 60) ? Role::ChangeBoard : Role::BusinessOwner;
}

} // namespace

QString CalendarSteps::editWindow(std::mt19937 &rng) {
    auto windows = m_ws.calendar().windows();
    if (!readable(windows, "the change windows"))
        return u"windows unreadable"_s;
    if (windows->isEmpty() || chance(rng, 35)) {
        ChangeWindow w;
        w.name = u"Window %1"_s.arg(rng() % 1000);
        w.reason = u"Random session"_s;
        reshape(rng, w);
        return m_perform(std::make_unique<CreateRecord<ChangeWindow>>(w));
    }
    const ChangeWindow &before = windows->at(int(rng() % quint32(windows->size())));
    if (chance(rng, 25))
        return m_perform(std::make_unique<RemoveRecord<ChangeWindow>>(before));
    ChangeWindow after = before;
    reshape(rng, after);
    return m_perform(std::make_unique<EditRecord<ChangeWindow>>(before, after));
}

QString CalendarSteps::overrideFreeze(std::mt19937 &rng) {
    auto overrides = m_ws.calendar().overrides();
    if (!readable(overrides, "the freeze overrides"))
        return u"overrides unreadable"_s;
    if (!overrides->isEmpty() && chance(rng, 30))
        return m_perform(std::make_unique<WithdrawOverride>(overrides->at(int(rng() % quint32(overrides->size())))));
    static const QStringList reasons = {u"Agreed at the board"_s, u"Payroll fix cannot wait"_s, u""_s,
                                        u"Fix\u202Egnp.exe"_s};
    const QString reason = reasons.at(chance(rng, 80) ? between(rng, 0, 1) : between(rng, 2, 3));
    // Mostly a deployment that does run in a freeze, as the calendar offers it; sometimes any pair.
    auto data = CalendarData::load(m_ws);
    auto finder = data ? ConflictFinder::load(m_ws, *data) : Result<ConflictFinder>(data.error());
    if (!readable(finder, "the calendar's conflicts"))
        return u"conflicts unreadable"_s;
    if (chance(rng, 80)) {
        QList<CalendarConflict> inFreeze;
        for (const CalendarConflict &c : finder->find(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC),
                                                      QDateTime(QDate(2027, 12, 31), QTime(0, 0), Qt::UTC))) {
            if (c.kind == CalendarConflict::Kind::Freeze && c.windowId != 0 && !c.deploymentIds.isEmpty())
                inFreeze.append(c);
        }
        if (!inFreeze.isEmpty()) {
            const CalendarConflict &c = inFreeze.at(int(rng() % quint32(inFreeze.size())));
            return m_perform(std::make_unique<OverrideFreeze>(c.windowId, c.deploymentIds.first(), reason));
        }
    }
    auto windows = m_ws.calendar().windows();
    auto deployments = m_ws.deployments().deployments();
    if (!readable(windows, "the change windows") || !readable(deployments, "the deployments"))
        return u"windows or deployments unreadable"_s;
    if (windows->isEmpty() || deployments->isEmpty())
        return u"nothing to override"_s;
    const ChangeWindow &w = windows->at(int(rng() % quint32(windows->size())));
    const Deployment &d = deployments->at(int(rng() % quint32(deployments->size())));
    return m_perform(std::make_unique<OverrideFreeze>(w.id, d.id, reason));
}

QString CalendarSteps::moveDeployment(std::mt19937 &rng) {
    auto deployments = m_ws.deployments().deployments();
    if (!readable(deployments, "the deployments"))
        return u"deployments unreadable"_s;
    QList<Deployment> planned;
    for (const Deployment &d : *deployments) {
        if (d.outcome == DeploymentOutcome::Planned && d.plannedStart.isValid())
            planned.append(d);
    }
    if (planned.isEmpty())
        return u"no planned deployment"_s;
    const Deployment &before = planned.at(int(rng() % quint32(planned.size())));
    Deployment after = before;
    const qint64 shift = 3600LL * between(rng, -72, 240);
    after.plannedStart = before.plannedStart.addSecs(shift);
    after.plannedEnd = before.plannedEnd.isValid() ? before.plannedEnd.addSecs(shift) : QDateTime();
    return m_perform(std::make_unique<EditRecord<Deployment>>(before, after));
}

} // namespace relm::test
