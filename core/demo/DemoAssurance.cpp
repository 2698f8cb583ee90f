#include "DemoAssurance.h"

#include "DemoClock.h"

#include "changes/RecordChanges.h"
#include "changes/SignOffChanges.h"
#include "changes/WaiverChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "signing/Crypto.h"
#include "storage/AcceptanceStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

using C = CriterionCategory;
using S = CriterionStatus;

struct DemoPolicy {
    ReleaseType type;
    const char *signOffs;
    const char *categories;
    int leadHours;
    bool frozenBaseline;
    const char *emergencyRole;
};

const DemoPolicy policies[] = {
    {ReleaseType::Major, "change_board:2,test_manager,business_owner,operations_acceptance",
     "functional,security,operational,training", 48, true, "change_board"},
    {ReleaseType::Minor, "change_board,test_manager", "functional", 24, true, "change_board"},
    {ReleaseType::Patch, "test_manager", "functional", 4, false, "change_board"},
    {ReleaseType::Emergency, "change_board", "functional", 0, false, "change_board"},
};

struct DemoCriterion {
    const char *release;
    const char *description;
    C category;
    Role role;
    S status;
    const char *note;
    const char *link;
    const char *file; ///< evidence file name; its demo content is hashed
};

const DemoCriterion deliveredCriteria[] = {
    {"2026.3 Summer", "Billing run reconciles to the cent against 2026.2", C::Functional, Role::TestManager, S::Met,
     "Reconciliation report R-0912: 0 differences over 48,211 invoices", nullptr, nullptr},
    {"2026.3 Summer", "Operations runbook updated for the new batch schedule", C::Operational,
     Role::OperationsAcceptance, S::Met, nullptr, "https://wiki.example.org/ops/billing/runbook", nullptr},
};

const DemoCriterion currentCriteria[] = {
    {"2026.4 Autumn", "Invoices render correctly in all 14 locales", C::Functional, Role::TestManager, S::Met,
     "Regression run 412: 1,318 passed, 0 failed", "https://ci.example.org/billing/runs/412", nullptr},
    {"2026.4 Autumn", "External penetration test shows no high findings", C::Security, Role::OperationsAcceptance,
     S::Met, "Two medium findings accepted by the security officer", nullptr, "pentest-report-2026-11.pdf"},
    {"2026.4 Autumn", "Runbook rehearsed on Staging, including the back-out", C::Operational,
     Role::OperationsAcceptance, S::Open, nullptr, nullptr, nullptr},
    {"2026.4 Autumn", "Service desk briefed on the new invoice layout", C::Training, Role::BusinessOwner, S::Open,
     nullptr, nullptr, nullptr},
    {"2026.4 Autumn", "Year-end load test at twice the expected peak", C::Performance, Role::TestManager, S::NotMet,
     "p95 response 1.8 s against a 1.2 s target; tuning under way", nullptr, nullptr},
    {"Hotfix 2026.3.1", "Rounding fix verified against the customer's reproduction", C::Functional, Role::TestManager,
     S::Met, "Reproduction case INC-5531 passes; regression suite green", nullptr, nullptr},
};

QString demoFileHash(const QString &fileName, int revision) {
    const QByteArray content = u"Relm demo evidence %1, revision %2"_s.arg(fileName).arg(revision).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

/// Writes the demo's assurance records as the people concerned, on the demo clock.
class AssuranceSeeder {
public:
    AssuranceSeeder(Workspace &ws, const QDate &today, DemoClock &clock)
        : m_ws(ws)
        , m_today(today)
        , m_clock(clock) {}

    void at(int daysAgo, int hour) { m_clock.advanceTo(QDateTime(m_today.addDays(-daysAgo), QTime(hour, 0), Qt::UTC)); }

    Result<void> policies() {
        for (const DemoPolicy &d : relm::policies) {
            ReleasePolicy policy;
            policy.releaseType = d.type;
            policy.signOffs =
                policy::signOffsFromText(QString::fromLatin1(d.signOffs)).value_or(QList<SignOffRequirement>{});
            policy.requiredCategories =
                policy::categoriesFromText(QString::fromLatin1(d.categories)).value_or(QList<CriterionCategory>{});
            policy.minimumLeadHours = d.leadHours;
            policy.frozenBaselineRequired = d.frozenBaseline;
            policy.emergencyAuthoriser = fromKey<Role>(QString::fromLatin1(d.emergencyRole));
            CreateRecord<ReleasePolicy> create(policy);
            if (auto r = m_ws.apply(create); !r)
                return r;
        }
        return {};
    }

    Result<void> keys() {
        auto people = m_ws.directory().people();
        if (!people)
            return people.error();
        for (const Person &person : *people) {
            if (auto r = m_ws.actAs(person.login); !r)
                return r;
            auto key =
                crypto::createKey(person.id, demoPassphrase(), m_clock.reader()(), crypto::KeyStrength::Published);
            if (!key)
                return key.error();
            SetSigningKey change(*key);
            if (auto r = m_ws.apply(change); !r)
                return r;
        }
        m_ws.actAsSetup();
        return {};
    }

    Result<void> criteria(std::span<const DemoCriterion> list) {
        for (const DemoCriterion &d : list) {
            auto release = m_ws.releases().releaseByName(QString::fromUtf8(d.release));
            if (!release)
                return release.error();
            AcceptanceCriterion c;
            c.releaseId = release->id;
            c.description = QString::fromUtf8(d.description);
            c.category = d.category;
            c.acceptorRole = d.role;
            c.status = d.status;
            c.evidenceNote = QString::fromUtf8(d.note ? d.note : "");
            c.evidenceLink = QString::fromUtf8(d.link ? d.link : "");
            if (d.file) {
                c.evidenceFile = QString::fromUtf8(d.file);
                c.evidenceSha256 = demoFileHash(c.evidenceFile, 1);
            }
            // The release owner writes the criteria down.
            if (auto r = m_ws.actAs(release->ownerLogin); !r)
                return r;
            CreateRecord<AcceptanceCriterion> create(c);
            auto created = m_ws.apply(create);
            m_ws.actAsSetup();
            if (!created)
                return created;
            m_criteria.insert(c.description, create.record());
        }
        return {};
    }

    /// Signs as `login`; criterion is a description from the lists above, or empty for the release.
    Result<void> sign(const char *login, const char *release, const char *criterion, Role role, SignMeaning meaning,
                      const char *comment = "") {
        if (auto r = m_ws.actAs(QString::fromLatin1(login)); !r)
            return r;
        auto target = m_ws.releases().releaseByName(QString::fromUtf8(release));
        if (!target)
            return target.error();
        auto key = m_ws.signOffs().currentKey(m_ws.actingPerson().id);
        if (!key)
            return key.error();
        if (!*key)
            return makeError(ErrorCode::NotFound, u"Demo person %1 has no key"_s.arg(QString::fromLatin1(login)));
        auto secret = crypto::unlockSecretKey(**key, demoPassphrase(), m_ws.actingPerson().displayName);
        if (!secret)
            return secret.error();
        SignOff draft;
        draft.releaseId = target->id;
        draft.criterionId = criterion ? m_criteria.value(QString::fromUtf8(criterion)).id : 0;
        draft.role = role;
        draft.meaning = meaning;
        draft.comment = QString::fromUtf8(comment);
        SignOffChange change(draft, **key, std::move(secret).value());
        auto result = m_ws.apply(change);
        m_ws.actAsSetup();
        return result;
    }

    /// `login` waives every package error of the release, with the reason.
    Result<void> waiveErrors(const char *login, const char *release, const char *reason) {
        if (auto r = m_ws.actAs(QString::fromLatin1(login)); !r)
            return r;
        auto target = m_ws.releases().releaseByName(QString::fromUtf8(release));
        if (!target)
            return target.error();
        auto findings = release_checks::run(m_ws, target->id);
        if (!findings)
            return findings.error();
        for (const Finding &f : *findings) {
            if (!f.isError())
                continue;
            WaiveFinding waive(target->id, f.key(), QString::fromUtf8(reason));
            if (auto r = m_ws.apply(waive); !r)
                return r;
        }
        m_ws.actAsSetup();
        return {};
    }

    /// The penetration test report was reissued after it was accepted: the acceptance is void.
    Result<void> reissuePenTestReport() {
        AcceptanceCriterion before = m_criteria.value(u"External penetration test shows no high findings"_s);
        AcceptanceCriterion after = before;
        after.evidenceSha256 = demoFileHash(after.evidenceFile, 2);
        after.evidenceNote = u"Report reissued with the retest of finding M-2"_s;
        EditRecord<AcceptanceCriterion> edit(before, after);
        if (auto r = m_ws.actAs(u"alice"_s); !r)
            return r;
        auto result = m_ws.apply(edit);
        m_ws.actAsSetup();
        return result;
    }

private:
    Workspace &m_ws;
    QDate m_today;
    DemoClock &m_clock;
    QHash<QString, AcceptanceCriterion> m_criteria;
};

} // namespace

QString demoPassphrase() {
    return u"relm-demo"_s;
}

Result<void> seedDemoPolicies(Workspace &ws, const QDate &today, DemoClock &clock) {
    AssuranceSeeder seeder(ws, today, clock);
    seeder.at(41, 9);
    if (auto r = seeder.policies(); !r)
        return r;
    if (auto r = seeder.keys(); !r)
        return r;
    seeder.at(40, 10);
    if (auto r = seeder.criteria(deliveredCriteria); !r)
        return r;
    const char *summer = "2026.3 Summer";
    for (const auto &step : {
             std::tuple{"bob", deliveredCriteria[0].description, Role::TestManager},
             std::tuple{"fatima", deliveredCriteria[1].description, Role::OperationsAcceptance},
             std::tuple{"bob", static_cast<const char *>(nullptr), Role::TestManager},
             std::tuple{"dev", static_cast<const char *>(nullptr), Role::ChangeBoard},
         }) {
        if (auto r =
                seeder.sign(std::get<0>(step), summer, std::get<1>(step), std::get<2>(step), SignMeaning::Approved);
            !r)
            return r;
    }
    return {};
}

Result<void> seedDemoSignOffs(Workspace &ws, const QDate &today, DemoClock &clock) {
    AssuranceSeeder seeder(ws, today, clock);
    seeder.at(2, 9);
    if (auto r = seeder.criteria(currentCriteria); !r)
        return r;
    const char *autumn = "2026.4 Autumn";
    const char *hotfix = "Hotfix 2026.3.1";
    seeder.at(2, 14);
    if (auto r = seeder.sign("bob", autumn, currentCriteria[0].description, Role::TestManager, SignMeaning::Approved);
        !r)
        return r;
    if (auto r = seeder.sign("fatima", autumn, currentCriteria[1].description, Role::OperationsAcceptance,
                             SignMeaning::Approved);
        !r)
        return r;
    seeder.at(1, 9);
    if (auto r = seeder.reissuePenTestReport(); !r)
        return r;
    seeder.at(1, 11);
    if (auto r = seeder.sign("bob", hotfix, currentCriteria[5].description, Role::TestManager, SignMeaning::Approved);
        !r)
        return r;
    if (auto r = seeder.sign("erik", hotfix, nullptr, Role::ChangeBoard, SignMeaning::Authorised,
                             "Customer invoices are wrong today; the fix cannot wait for the Autumn release");
        !r)
        return r;
    // The hotfix's billing-api needs a payments-gateway that Production does not run yet; the change
    // board accepts that because the payments team deploys it first in the same window.
    if (auto r = seeder.waiveErrors("erik", hotfix,
                                    "Payments deploys payments-gateway 7.5 first, in the same window, under "
                                    "CHG-7731; the runbook checks it before billing-api goes out.");
        !r)
        return r;
    return seeder.sign("hana", hotfix, nullptr, Role::ChangeBoard, SignMeaning::Approved);
}

} // namespace relm
