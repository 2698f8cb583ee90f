#include "DemoCalendar.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

class CalendarSeeder {
public:
    CalendarSeeder(Workspace &ws, const QDate &today)
        : m_ws(ws)
        , m_today(today) {}

    Result<void> run() {
        for (auto step : {&CalendarSeeder::windows, &CalendarSeeder::deployments, &CalendarSeeder::meeting}) {
            if (auto r = (this->*step)(); !r)
                return r;
        }
        return {};
    }

private:
    template<typename T>
    Result<void> create(T record) {
        CreateRecord<T> change(std::move(record));
        return m_ws.apply(change);
    }

    Result<Id> environment(const QString &name) {
        auto env = m_ws.directory().environmentByName(name);
        if (!env)
            return env.error();
        return env->id;
    }

    Result<void> windows() {
        auto production = environment(u"Production"_s);
        if (!production)
            return production.error();
        // Sunday night, 02:00 to 06:00 in Berlin, summer and winter alike.
        ChangeWindow sunday;
        sunday.name = u"Sunday night maintenance"_s;
        sunday.kind = WindowKind::Maintenance;
        // Agreed a quarter ago: the calendar shows it in past weeks too.
        const QDate quarterAgo = m_today.addDays(-91);
        const QDate firstSunday = quarterAgo.addDays(7 - quarterAgo.dayOfWeek());
        sunday.start = QDateTime(firstSunday, QTime(2, 0));
        sunday.end = QDateTime(firstSunday, QTime(6, 0));
        sunday.timeZone = "Europe/Berlin";
        sunday.recurrence.frequency = Recurrence::Frequency::Weekly;
        sunday.recurrence.weekdays = {Qt::Sunday};
        sunday.scope.environmentIds = {*production};
        sunday.reason = u"Agreed with the business: the lowest traffic of the week."_s;
        if (auto r = create(sunday); !r)
            return r;
        // Customer Care pays its agents on the 25th: no change to its production that day (London time).
        ChangeWindow payroll;
        payroll.name = u"Payroll run freeze"_s;
        const QDate threeMonthsAgo = m_today.addMonths(-3);
        const QDate first25th(threeMonthsAgo.year(), threeMonthsAgo.month(), 25);
        payroll.start = QDateTime(first25th, QTime(6, 0));
        payroll.end = QDateTime(first25th, QTime(22, 0));
        payroll.timeZone = "Europe/London";
        payroll.recurrence.frequency = Recurrence::Frequency::Monthly;
        payroll.recurrence.monthDay = 25;
        payroll.scope.services = {u"Customer Care"_s};
        payroll.scope.environmentIds = {*production};
        payroll.reason = u"Payroll for 1,200 agents runs through the CRM on the 25th."_s;
        payroll.overrideRole = Role::BusinessOwner;
        return create(payroll);
    }

    Result<void> plan(const QString &release, const QString &env, const QDateTime &start, int hours) {
        auto r = m_ws.releases().releaseByName(release);
        if (!r)
            return r.error();
        auto e = environment(env);
        if (!e)
            return e.error();
        Deployment d;
        d.releaseId = r->id;
        d.environmentId = *e;
        d.plannedStart = start;
        d.plannedEnd = start.addSecs(hours * 3600);
        return create(d);
    }

    Result<void> deployments() {
        const QDateTime tonight = m_today.startOfDay(Qt::UTC);
        // Autumn's last dress rehearsal overlaps tonight's hotfix: both change billing-api.
        if (auto r = plan(u"2026.4 Autumn"_s, u"Staging"_s, tonight.addSecs(19 * 3600), 4); !r)
            return r;
        // Winter reaches Staging before Autumn's auth-service and notification-hub do, and books
        // Staging while the branch refresh rehearses there.
        const QDateTime winterStaging = tonight.addDays(9).addSecs(18 * 3600);
        if (auto r = plan(u"2027.1 Winter"_s, u"Staging"_s, winterStaging, 4); !r)
            return r;
        if (auto r = plan(u"Branch network refresh"_s, u"Staging"_s, winterStaging.addSecs(2 * 3600), 3); !r)
            return r;
        // Winter's go-live lands on a payroll day.
        auto winter = m_ws.releases().releaseByName(u"2027.1 Winter"_s);
        if (!winter)
            return winter.error();
        const QDate payday(winter->plannedEnd.year(), winter->plannedEnd.month(), 25);
        return plan(u"2027.1 Winter"_s, u"Production"_s, QDateTime(payday, QTime(9, 0), Qt::UTC), 3);
    }

    Result<void> meeting() {
        auto people = m_ws.directory().people();
        if (!people)
            return people.error();
        CabMeeting cab;
        cab.title = u"Change advisory board"_s;
        cab.start = QDateTime(m_today.addDays(2), QTime(10, 0));
        cab.timeZone = "Europe/Berlin";
        cab.minutes = 60;
        cab.location = u"Room Ada / video link"_s;
        for (const Person &p : *people) {
            if (p.roles.contains(Role::ChangeBoard))
                cab.memberIds.append(p.id);
        }
        return create(cab);
    }

    Workspace &m_ws;
    QDate m_today;
};

} // namespace

Result<void> seedDemoCalendar(Workspace &workspace, const QDate &today) {
    return CalendarSeeder(workspace, today).run();
}

} // namespace relm
