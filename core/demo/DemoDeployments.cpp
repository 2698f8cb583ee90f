#include "DemoDeployments.h"

#include "DemoClock.h"

#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

struct DemoStep {
    const char *title;
    const char *owner;
    int minutes;
    bool backout;
    bool pointOfNoReturn;
    const char *skipped = nullptr; ///< why the step was not run, when it was skipped
};

const DemoStep hotfixRunbook[] = {
    {"Announce the maintenance window on the status page", "ivan", 5, false, false},
    {"Take a database snapshot of billing", "erik", 10, false, false},
    {"Deploy billing-api 4.10.0 to the first node and smoke-test", "georg", 15, false, false},
    {"Roll out to the remaining nodes", "georg", 20, false, false},
    {"Run the invoice rounding check on 100 live invoices", "bob", 15, false, false},
    {"Redeploy billing-api 4.9.0 on every node", "georg", 20, true, false},
    {"Restore the database snapshot if rounding data was written", "erik", 30, true, false},
};

const DemoStep summerRunbook[] = {
    {"Freeze billing batch jobs", "erik", 5, false, false, "No batch job was scheduled that night (bank holiday)"},
    {"Deploy billing-api and customer-portal", "georg", 40, false, false},
    {"Migrate invoice tables to the new schema", "erik", 25, false, true},
    {"Resume batch jobs and watch the first run", "erik", 30, false, false},
    {"Redeploy the previous versions (only before the migration)", "georg", 30, true, false},
};

struct HistoryService {
    const char *service;
    const char *prefix;
    const char *owner;
};

const HistoryService historyServices[] = {
    {"Online Billing", "Billing", "alice"},
    {"Customer Care", "Care", "ivan"},
    {"Branch Connectivity", "Branch", "alice"},
};

class DeploymentSeeder {
public:
    DeploymentSeeder(Workspace &ws, const QDate &today)
        : m_ws(ws)
        , m_today(today) {}

    Result<Id> idOf(const QString &login) {
        auto person = m_ws.directory().personByLogin(login);
        if (!person)
            return person.error();
        return person->id;
    }

    Result<Id> deployment(Deployment d) {
        CreateRecord<Deployment> create(std::move(d));
        if (auto r = m_ws.apply(create); !r)
            return r.error();
        return create.record().id;
    }

    Result<void> runbook(Id deploymentId, std::span<const DemoStep> steps, bool done, const QDateTime &start) {
        int position = 0;
        QDateTime at = start;
        for (const DemoStep &d : steps) {
            RunbookStep step;
            step.deploymentId = deploymentId;
            step.position = ++position;
            step.title = QString::fromUtf8(d.title);
            auto owner = idOf(QString::fromLatin1(d.owner));
            step.ownerId = owner ? *owner : 0;
            step.expectedMinutes = d.minutes;
            step.backout = d.backout;
            step.pointOfNoReturn = d.pointOfNoReturn;
            if (done && !d.backout) {
                at = at.addSecs(d.minutes * 60);
                step.doneAt = at;
                step.doneBy = QString::fromLatin1(d.owner);
                step.skipReason = d.skipped ? QString::fromUtf8(d.skipped) : QString();
            }
            CreateRecord<RunbookStep> create(step);
            if (auto r = m_ws.apply(create); !r)
                return r;
        }
        return {};
    }

    Result<void> current() {
        auto production = m_ws.directory().environmentByName(u"Production"_s);
        auto staging = m_ws.directory().environmentByName(u"Staging"_s);
        auto summer = m_ws.releases().releaseByName(u"2026.3 Summer"_s);
        auto spring = m_ws.releases().releaseByName(u"2026.2 Spring"_s);
        auto autumn = m_ws.releases().releaseByName(u"2026.4 Autumn"_s);
        auto hotfix = m_ws.releases().releaseByName(u"Hotfix 2026.3.1"_s);
        auto winter = m_ws.releases().releaseByName(u"2027.1 Winter"_s);
        auto georg = idOf(u"georg"_s);
        if (!production || !staging || !summer || !spring || !autumn || !hotfix || !winter || !georg)
            return makeError(ErrorCode::NotFound, u"The demo releases are incomplete."_s);

        for (const Release *r : {&*spring, &*summer}) {
            const QDateTime start = r->plannedEnd.addDays(-2).startOfDay(Qt::UTC).addSecs(20 * 3600);
            Deployment d{0,
                         r->id,
                         production->id,
                         0,
                         start,
                         start.addSecs(3 * 3600),
                         start,
                         start.addSecs(2 * 3600),
                         *georg,
                         DeploymentOutcome::Succeeded,
                         u"Went as planned."_s,
                         false,
                         {},
                         {}};
            auto id = deployment(d);
            if (!id)
                return id.error();
            if (r == &*summer) {
                if (auto res = runbook(*id, summerRunbook, true, start); !res)
                    return res;
            }
        }
        // Autumn was rehearsed on Staging; production is planned for its go-live weekend.
        const QDateTime rehearsal = m_today.addDays(-4).startOfDay(Qt::UTC).addSecs(18 * 3600);
        if (auto id = deployment({0,
                                  autumn->id,
                                  staging->id,
                                  0,
                                  rehearsal,
                                  rehearsal.addSecs(4 * 3600),
                                  rehearsal,
                                  rehearsal.addSecs(3 * 3600 + 1200),
                                  *georg,
                                  DeploymentOutcome::Succeeded,
                                  u"Dress rehearsal with production-sized data: 3 h 20 min."_s,
                                  false,
                                  {},
                                  {}});
            !id)
            return id.error();
        const QDateTime golive = autumn->plannedEnd.addDays(-8).startOfDay(Qt::UTC).addSecs(20 * 3600);
        if (auto id = deployment({0,
                                  autumn->id,
                                  production->id,
                                  0,
                                  golive,
                                  golive.addSecs(4 * 3600),
                                  {},
                                  {},
                                  0,
                                  DeploymentOutcome::Planned,
                                  {},
                                  false,
                                  {},
                                  {}});
            !id)
            return id.error();
        // The hotfix waits for tonight's window, runbook written.
        const QDateTime window = m_today.startOfDay(Qt::UTC).addSecs(20 * 3600);
        auto hotfixId = deployment({0,
                                    hotfix->id,
                                    production->id,
                                    0,
                                    window,
                                    window.addSecs(2 * 3600),
                                    {},
                                    {},
                                    0,
                                    DeploymentOutcome::Planned,
                                    {},
                                    false,
                                    {},
                                    {}});
        if (!hotfixId)
            return hotfixId.error();
        if (auto r = runbook(*hotfixId, hotfixRunbook, false, window); !r)
            return r;

        const QList<KnownError> errors = {
            {0, summer->id, u"PDF invoices lose the logo in Safari 17"_s,
             u"The company logo is missing when a PDF invoice is opened inside Safari."_s,
             u"Download the invoice and open it with a PDF reader."_s, u"PRB-2291"_s, winter->id},
            {0, autumn->id, u"Dark mode has low contrast in the invoice table"_s,
             u"Amounts in dark mode are hard to read on some screens."_s,
             u"Switch to the light theme in Settings \u25B8 Appearance."_s, u"PRB-2340"_s, 0},
            {0, hotfix->id, u"Credit notes created before the fix keep the old rounding"_s,
             u"Credit notes issued before the hotfix may differ by one cent."_s,
             u"Service desk re-issues the credit note on request."_s, u"PRB-2355"_s, 0},
        };
        for (const KnownError &e : errors) {
            CreateRecord<KnownError> create(e);
            if (auto r = m_ws.apply(create); !r)
                return r;
        }
        ReleaseReview review;
        review.releaseId = spring->id;
        review.outcome = u"Deployed one day late: the payment provider's certificate renewal took a day longer."_s;
        review.incidents = 1;
        review.incidentNotes = u"INC-4410: 12 minutes of failed card payments after go-live."_s;
        review.serviceLevels = ReleaseReview::ServiceLevels::Met;
        review.lessons = u"Renew supplier certificates a week before the freeze."_s;
        review.followUps = u"Add certificate expiry to the release checklist\nAutomate the payment smoke test"_s;
        review.complete = true;
        CreateRecord<ReleaseReview> create(review);
        return m_ws.apply(create);
    }

    /// Twelve months of monthly releases per service, each with a change request and its
    /// production deployments; every fifth deployment fails and is followed by a fix the next day.
    Result<void> history() {
        auto production = m_ws.directory().environmentByName(u"Production"_s);
        auto georg = idOf(u"georg"_s);
        if (!production || !georg)
            return makeError(ErrorCode::NotFound, u"The demo directory is incomplete."_s);
        int counter = 0;
        for (int monthsAgo = 12; monthsAgo >= 1; --monthsAgo) {
            const QDate month = QDate(m_today.year(), m_today.month(), 1).addMonths(-monthsAgo);
            for (const HistoryService &s : historyServices) {
                ++counter;
                auto owner = idOf(QString::fromLatin1(s.owner));
                Release release;
                release.name = u"%1 %2"_s.arg(QString::fromLatin1(s.prefix), month.toString(u"yyyy.MM"_s));
                release.version = month.toString(u"yyyy.M"_s);
                release.type = counter % 4 == 0 ? ReleaseType::Patch : ReleaseType::Minor;
                release.status = ReleaseStatus::Reviewed;
                release.ownerId = owner ? *owner : 0;
                release.targetService = QString::fromLatin1(s.service);
                release.plannedStart = month.addDays(1);
                release.plannedEnd = month.addDays(14 + counter % 7);
                release.description = u"Monthly %1 release."_s.arg(QString::fromLatin1(s.service));
                CreateRelease create(release, u"Main"_s);
                if (auto r = m_ws.apply(create); !r)
                    return r;
                const Id releaseId = create.release().id;
                for (int c = 0; c < 1 + counter % 3; ++c) {
                    ChangeRequest change;
                    change.reference = u"RFC-%1"_s.arg(3000 + counter * 3 + c);
                    change.title = u"%1 improvement %2"_s.arg(QString::fromLatin1(s.prefix)).arg(c + 1);
                    change.kind = c == 2 ? ChangeKind::Fix : ChangeKind::Improvement;
                    change.status = ChangeStatus::Implemented;
                    static const char *const summaries[] = {
                        "Pages load faster at busy times.",
                        "Clearer error messages when a form is incomplete.",
                        "Dates and amounts are shown in your own format.",
                        "Fewer steps to download your documents.",
                        "Printing works again from every browser.",
                        "Search finds results when a word is misspelt.",
                        "Screen readers announce every button.",
                    };
                    change.publicSummary = u"%1: %2"_s.arg(QString::fromLatin1(s.service),
                                                           QString::fromLatin1(summaries[(counter * 3 + c) % 7]));
                    change.createdAt = month.addDays(-10 - 7 * c - counter % 9).startOfDay(Qt::UTC);
                    change.releaseIds = {releaseId};
                    CreateRecord<ChangeRequest> createChange(change);
                    if (auto r = m_ws.apply(createChange); !r)
                        return r;
                }
                // Deployed between two days early and five days late.
                QDateTime at = release.plannedEnd.addDays(counter % 8 - 2).startOfDay(Qt::UTC).addSecs(19 * 3600);
                const bool fails = counter % 5 == 0;
                if (fails) {
                    const DeploymentOutcome outcome =
                        counter % 10 == 0 ? DeploymentOutcome::RolledBack : DeploymentOutcome::Failed;
                    if (auto id = deployment({0,
                                              releaseId,
                                              production->id,
                                              0,
                                              at,
                                              at.addSecs(7200),
                                              at,
                                              at.addSecs(5400),
                                              *georg,
                                              outcome,
                                              u"Smoke test failed; see the incident."_s,
                                              false,
                                              {},
                                              {}});
                        !id)
                        return id.error();
                    at = at.addSecs(86400 / 2 + 3600 * (counter % 12));
                }
                if (auto id = deployment({0,
                                          releaseId,
                                          production->id,
                                          0,
                                          at,
                                          at.addSecs(7200),
                                          at,
                                          at.addSecs(3600),
                                          *georg,
                                          DeploymentOutcome::Succeeded,
                                          {},
                                          false,
                                          {},
                                          {}});
                    !id)
                    return id.error();
            }
        }
        return {};
    }

private:
    Workspace &m_ws;
    QDate m_today;
};

} // namespace

Result<void> seedDemoDeployments(Workspace &workspace, const QDate &today, DemoClock &clock) {
    clock.advanceTo(QDateTime(today, QTime(0, 0), Qt::UTC).addSecs(-6 * 3600));
    DeploymentSeeder seeder(workspace, today);
    if (auto r = seeder.history(); !r)
        return r;
    return seeder.current();
}

} // namespace relm
