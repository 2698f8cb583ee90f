#include "DemoRisks.h"

#include "DemoClock.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

struct DemoRisk {
    const char *release;
    const char *title;
    const char *category;
    int likelihood;
    int impact;
    const char *owner;
    const char *mitigation;
    const char *contingency;
    Risk::Status status;
    int reviewInDays;
    const char *task; ///< threatened task, or nullptr
    double delayDays;
};

const QList<DemoRisk> risks = {
    {"2026.4 Autumn", "Payment gateway 7.5 certification slips", "Supplier", 4, 4, "carla",
     "Weekly call with the supplier; certification test slot booked early", "Stay on gateway 7.4 for the pilot region",
     Risk::Status::Mitigating, 7, "User acceptance on Staging", 3},
    {"2026.4 Autumn", "Customer portal 2.0 performance under year-end load", "Technical", 3, 5, "georg",
     "Performance test at twice the expected peak", "Scale out the web tier; feature flag for the new dashboard",
     Risk::Status::Open, -2, "Performance test", 2},
    {"2026.4 Autumn", "Key UAT testers on leave in December", "Schedule", 3, 2, "bob",
     "Agree test windows with the business before the freeze", "Extend UAT by two days", Risk::Status::Open, 14,
     nullptr, 0},
    {"2026.4 Autumn", "Dark mode colour contrast fails accessibility review", "Compliance", 2, 2, "alice",
     "Contrast checks in the design system", "Ship without dark mode", Risk::Status::Accepted, 30, nullptr, 0},
    {"2026.4 Autumn", "Database migration exceeds the deployment window", "Operational", 2, 5, "erik",
     "Dress rehearsal on Staging with production-sized data", "Roll back using the snapshot taken before migration",
     Risk::Status::Open, 5, "Deploy to Production", 1},
    {"Hotfix 2026.3.1", "Fix changes rounding for other invoice types", "Technical", 2, 4, "ivan",
     "Regression suite over all invoice types", "Redeploy billing-api 4.9.0", Risk::Status::Open, 1, nullptr, 0},
    {"2027.1 Winter", "CRM upgrade breaks custom integrations", "Supplier", 4, 3, "carla",
     "Integration inventory and supplier compatibility statement", "Keep the old CRM connector in parallel",
     Risk::Status::Open, 21, "Platform upgrade build", 5},
    {"2027.1 Winter", "Java 21 memory behaviour differs in production", "Technical", 1, 3, "georg",
     "Soak test on Staging", "Revert the runtime per service", Risk::Status::Closed, 40, nullptr, 0},
};

/// How a risk was rated when it was raised, and how many days ago it moved to its current rating.
struct DemoRerating {
    const char *title;
    int daysAgo;
    int likelihood;
    int impact;
    Risk::Status status;
};

const QList<DemoRerating> reratings = {
    {"Database migration exceeds the deployment window", 20, 3, 5, Risk::Status::Open},
    {"Payment gateway 7.5 certification slips", 12, 3, 4, Risk::Status::Open},
    {"Customer portal 2.0 performance under year-end load", 8, 2, 5, Risk::Status::Open},
    {"Dark mode colour contrast fails accessibility review", 5, 3, 2, Risk::Status::Open},
    {"Java 21 memory behaviour differs in production", 3, 2, 3, Risk::Status::Open},
};

const DemoRerating *reratingOf(const QString &title) {
    for (const DemoRerating &r : reratings) {
        if (title == QString::fromUtf8(r.title))
            return &r;
    }
    return nullptr;
}

} // namespace

Result<void> seedDemoRisks(Workspace &ws, const QDate &today, DemoClock &clock) {
    // Each risk is raised a few days after the one before; some were rated differently at first.
    struct Event {
        int daysAgo;
        qsizetype risk;
        bool rerating;
    };
    QList<Risk> finals;
    QList<Event> events;
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const DemoRisk &d = risks.at(i);
        auto release = ws.releases().releaseByName(QString::fromUtf8(d.release));
        if (!release)
            return release.error();
        Risk risk;
        risk.releaseId = release->id;
        risk.title = QString::fromUtf8(d.title);
        risk.category = QString::fromUtf8(d.category);
        risk.likelihood = d.likelihood;
        risk.impact = d.impact;
        if (auto owner = ws.directory().personByLogin(QString::fromLatin1(d.owner)))
            risk.ownerId = owner->id;
        risk.mitigation = QString::fromUtf8(d.mitigation);
        risk.contingency = QString::fromUtf8(d.contingency);
        risk.status = d.status;
        risk.reviewDate = today.addDays(d.reviewInDays);
        if (d.task) {
            if (auto tasks = ws.plan().tasks(release->id)) {
                for (const PlanTask &t : *tasks) {
                    if (t.name == QString::fromUtf8(d.task))
                        risk.taskId = t.id;
                }
            }
            risk.expectedDelay = qint64(d.delayDays * 480);
        }
        finals.append(risk);
        events.append({35 - 3 * int(i), i, false});
        if (const DemoRerating *r = reratingOf(risk.title))
            events.append({r->daysAgo, i, true});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.daysAgo > b.daysAgo; });

    QList<Risk> stored(finals.size());
    for (const Event &e : events) {
        clock.advanceTo(QDateTime(today.addDays(-e.daysAgo), QTime(10, 0), Qt::UTC));
        const Risk &target = finals.at(e.risk);
        if (e.rerating) {
            Risk after = target;
            after.id = stored.at(e.risk).id;
            EditRecord<Risk> edit(stored.at(e.risk), after);
            if (auto r = ws.apply(edit); !r)
                return r;
            stored[e.risk] = after;
            continue;
        }
        Risk first = target;
        if (const DemoRerating *r = reratingOf(target.title)) {
            first.likelihood = r->likelihood;
            first.impact = r->impact;
            first.status = r->status;
        }
        CreateRecord<Risk> create(first);
        if (auto r = ws.apply(create); !r)
            return r;
        stored[e.risk] = create.record();
    }
    return {};
}

} // namespace relm
