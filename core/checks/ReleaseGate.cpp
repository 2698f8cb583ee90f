#include "ReleaseGate.h"

#include "calendar/ConflictFinder.h"
#include "calendar/FreezeCheck.h"
#include "checks/ReleaseChecks.h"
#include "domain/Contents.h"
#include "domain/ReleaseLifecycle.h"
#include "i18n/ShownDates.h"
#include "i18n/ShownText.h"
#include "storage/AcceptanceStore.h"
#include "storage/DeliveryStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("relm::ReleaseGate", text, disambiguation, n);
}

QString shortTime(const QDateTime &at) {
    return shown_dates::dateTime(at.toUTC());
}

bool isReleaseSignOff(const VerifiedSignOff &v, Role role, SignMeaning meaning) {
    return v.signOff.criterionId == 0 && v.signOff.role == role && v.signOff.meaning == meaning;
}

/// Builds the checklist for one target status; each method adds the checks of one concern.
class Checklist {
public:
    explicit Checklist(const GateInput &input)
        : m_in(input) {}

    QList<GateCheck> checks;

    void add(QString text, bool passed, QString detail = {}, QString findingKey = {}) {
        checks.append({std::move(text), passed, std::move(detail), std::move(findingKey)});
    }

    void requiredCategories() {
        if (!m_in.policy)
            return;
        for (CriterionCategory category : m_in.policy->requiredCategories) {
            const auto count = std::count_if(m_in.criteria.cbegin(), m_in.criteria.cend(),
                                             [category](const auto &c) { return c.category == category; });
            add(tr("At least one %1 criterion").arg(labelInSentence(category)), count > 0,
                count > 0 ? tr("%n defined", nullptr, int(count)) : tr("none defined"));
        }
    }

    void frozenBaseline() {
        if (!m_in.policy || !m_in.policy->frozenBaselineRequired)
            return;
        const bool ok = m_in.baselineFrozen && !m_in.baselineChanged;
        add(tr("Frozen baseline, unchanged"), ok,
            !m_in.baselineFrozen   ? tr("the release is not frozen")
            : m_in.baselineChanged ? tr("the package contents changed after freezing")
                                   : tr("frozen"));
    }

    void criteriaAccepted() {
        for (const AcceptanceCriterion &c : m_in.criteria) {
            const QString text =
                tr("Criterion #%1 \u201C%2\u201D accepted").arg(c.id).arg(shortened(c.description, 60));
            if (!c.isSettled()) {
                add(text, false, tr("status %1").arg(labelInSentence(c.status)));
                continue;
            }
            const VerifiedSignOff *acceptance = nullptr;
            bool voided = false;
            for (const VerifiedSignOff &v : m_in.signOffs) {
                if (v.signOff.criterionId != c.id || v.signOff.role != c.acceptorRole ||
                    v.signOff.meaning != SignMeaning::Approved)
                    continue;
                if (v.isValid())
                    acceptance = &v;
                else
                    voided = true;
            }
            if (acceptance)
                add(text, true,
                    tr("%1, accepted by %2 (%3)")
                        .arg(labelOf(c.status), acceptance->signOff.printedName, labelOf(c.acceptorRole)));
            else
                add(text, false,
                    voided ? tr("%1, but its sign-off by %2 is void").arg(labelOf(c.status), labelOf(c.acceptorRole))
                           : tr("%1, awaiting sign-off by %2").arg(labelOf(c.status), labelOf(c.acceptorRole)));
        }
    }

    void roleApprovals() {
        // Said out loud, so that the change board sees a release go ahead with nobody's approval.
        if (!m_in.policy || m_in.policy->signOffs.isEmpty()) {
            add(tr("Role approvals"), true,
                m_in.policy ? tr("None required by the %1 policy").arg(labelOf(m_in.release.type))
                            : tr("None required: there is no policy for %1 releases").arg(labelOf(m_in.release.type)));
            return;
        }
        for (const SignOffRequirement &requirement : m_in.policy->signOffs) {
            QStringList names;
            int voided = 0;
            for (const VerifiedSignOff &v : m_in.signOffs) {
                if (!isReleaseSignOff(v, requirement.role, SignMeaning::Approved))
                    continue;
                if (!v.isValid())
                    ++voided;
                else if (!names.contains(v.signOff.printedName))
                    names.append(v.signOff.printedName);
            }
            QString detail = tr("%1 of %2").arg(names.size()).arg(requirement.quorum);
            if (!names.isEmpty())
                detail += u": "_s + names.join(u", "_s);
            if (voided > 0)
                detail += tr(" (%n void)", nullptr, voided);
            add(requirement.quorum > 1
                    ? tr("%1 approval by %2 distinct people").arg(labelOf(requirement.role)).arg(requirement.quorum)
                    : tr("%1 approval").arg(labelOf(requirement.role)),
                names.size() >= requirement.quorum, detail);
        }
    }

    void noRejection() {
        QStringList rejections;
        for (const VerifiedSignOff &v : m_in.signOffs) {
            if (v.isValid() && v.signOff.meaning == SignMeaning::Rejected)
                rejections.append(
                    tr("%1 (%2): %3").arg(v.signOff.printedName, labelOf(v.signOff.role), v.signOff.comment));
        }
        add(tr("No standing rejection"), rejections.isEmpty(), rejections.join(u"; "_s));
    }

    void noForgedSignature() {
        int invalid = 0;
        for (const VerifiedSignOff &v : m_in.signOffs)
            invalid += v.state == SignatureState::Invalid ? 1 : 0;
        add(tr("Every signature verifies"), invalid == 0,
            invalid ? tr("%n signature(s) do not verify: the records were altered", nullptr, invalid) : QString());
    }

    void riskReviews() {
        QStringList overdue;
        for (const Risk &r : m_in.risks) {
            if (r.reviewOverdue(m_in.now.date()))
                overdue.append(r.title);
        }
        add(tr("Risk reviews up to date"), overdue.isEmpty(),
            overdue.isEmpty() ? QString() : tr("overdue: %1").arg(overdue.join(u", "_s)));
    }

    /// Errors block unless waived; warnings are listed and do not block.
    void packageFindings() {
        const QString authoriser = m_in.policy && m_in.policy->emergencyAuthoriser
                                       ? labelOf(*m_in.policy->emergencyAuthoriser)
                                       : tr("the authorising role");
        int errors = 0;
        for (const Finding &f : m_in.findings) {
            if (!f.isError()) {
                add(tr("Package warning: %1").arg(f.message), true, tr("listed; a warning does not block"));
                continue;
            }
            ++errors;
            const FindingWaiver *waiver = waiverFor(f);
            if (waiver)
                add(tr("Package error waived: %1").arg(f.message), true,
                    tr("waived by %1 (%2), %3: %4")
                        .arg(waiver->printedName, labelOf(waiver->role), shortTime(waiver->waivedAt), waiver->reason),
                    f.key());
            else
                add(tr("Package error: %1").arg(f.message), false,
                    tr("%1 Or have the %2 waive it with a reason.").arg(f.fix, authoriser.toLower()), f.key());
        }
        if (errors == 0)
            add(tr("No package errors"), true, tr("the package checker found no errors"));
    }

    void freezeWindows() {
        for (const GateInput::FrozenDeployment &d : m_in.frozenDeployments) {
            const QString text =
                tr("Deployment #%1 to %2 outside change freezes").arg(d.deploymentId).arg(d.environment);
            if (!d.overriddenBy.isEmpty())
                add(text, true,
                    tr("planned %1 inside %2; freeze overridden by %3")
                        .arg(shortTime(d.plannedStart), d.freeze, d.overriddenBy));
            else if (const VerifiedSignOff *authorisation = emergencyAuthorisation())
                add(text, true,
                    tr("planned %1 inside %2; authorised emergency by %3")
                        .arg(shortTime(d.plannedStart), d.freeze, authorisation->signOff.printedName));
            else
                add(text, false,
                    tr("planned %1 inside %2. Move the deployment out of the freeze, have the freeze's overriding "
                       "role override it with a reason, or have the emergency authoriser sign an authorisation.")
                        .arg(shortTime(d.plannedStart), d.freeze));
        }
    }

    /// A double booking or a deployment order that breaks an environment blocks the release; two
    /// releases changing the same components at once is shown for the board to weigh.
    void calendarConflicts() {
        for (const Finding &f : m_in.calendarConflicts) {
            const bool blocking = f.message.startsWith(labelOf(CalendarConflict::Kind::EnvironmentBooking)) ||
                                  f.message.startsWith(labelOf(CalendarConflict::Kind::DeploymentOrder));
            add(blocking ? tr("No clash on the change calendar")
                         : tr("Overlaps another release: for the board to weigh"),
                !blocking, f.message + u' ' + f.fix);
        }
    }

    void reviewComplete() {
        if (!m_in.review) {
            add(tr("Post-release review complete"), false, tr("no review written yet"));
            return;
        }
        const QStringList missing = m_in.review->missing();
        add(tr("Post-release review complete"), m_in.review->complete,
            m_in.review->complete ? tr("completed")
            : missing.isEmpty()   ? tr("written, not yet marked complete")
                                  : tr("still needs %1").arg(missing.join(u", "_s)));
    }

    const VerifiedSignOff *emergencyAuthorisation() const { return ReleaseGate::emergencyAuthorisation(m_in); }

    void emergencyAuthorised() {
        if (m_in.release.type != ReleaseType::Emergency || !m_in.policy)
            return;
        if (!m_in.policy->emergencyAuthoriser) {
            add(tr("Emergency authorised"), false, tr("the policy names nobody who may authorise an emergency"));
            return;
        }
        const VerifiedSignOff *authorisation = emergencyAuthorisation();
        add(tr("Emergency authorised by %1").arg(labelOf(*m_in.policy->emergencyAuthoriser)), authorisation,
            authorisation
                ? tr("%1, %2").arg(authorisation->signOff.printedName, shortTime(authorisation->signOff.signedAt))
                : tr("not yet authorised"));
    }

    void leadTime() {
        if (!m_in.policy || m_in.policy->minimumLeadHours <= 0)
            return;
        const int hours = m_in.policy->minimumLeadHours;
        const QString text = tr("Approved at least %n hour(s) before deployment", nullptr, hours);
        if (const VerifiedSignOff *authorisation = emergencyAuthorisation()) {
            add(text, true, tr("waived: emergency authorised by %1").arg(authorisation->signOff.printedName));
            return;
        }
        QDateTime approvedAt;
        for (const VerifiedSignOff &v : m_in.signOffs) {
            if (v.isValid() && v.signOff.criterionId == 0 && v.signOff.meaning == SignMeaning::Approved &&
                (approvedAt.isNull() || v.signOff.signedAt > approvedAt))
                approvedAt = v.signOff.signedAt;
        }
        if (approvedAt.isNull()) {
            add(text, false, tr("no approval recorded"));
            return;
        }
        const QDateTime earliest = approvedAt.addSecs(qint64(hours) * 3600);
        add(text, m_in.now >= earliest,
            tr("approved %1; may deploy from %2").arg(shortTime(approvedAt), shortTime(earliest)));
    }

private:
    const FindingWaiver *waiverFor(const Finding &finding) const {
        const QString key = finding.key();
        for (const FindingWaiver &w : m_in.waivers) {
            if (w.findingKey == key)
                return &w;
        }
        return nullptr;
    }

    const GateInput &m_in;
};

/// Whether the release has a deployment still to run (without one it clashes with nothing).
bool hasPlannedDeployment(AssuranceSources sources, Id releaseId) {
    auto deployments = sources.deployments.deployments(releaseId);
    return deployments && std::any_of(deployments->cbegin(), deployments->cend(),
                                      [](const Deployment &d) { return d.outcome == DeploymentOutcome::Planned; });
}

/// The release's planned production deployments whose window touches a change freeze.
Result<QList<GateInput::FrozenDeployment>> frozenDeployments(AssuranceSources sources, Id releaseId) {
    QList<GateInput::FrozenDeployment> result;
    auto deployments = sources.deployments.deployments(releaseId);
    if (!deployments)
        return deployments.error();
    auto release = sources.releases.release(releaseId);
    if (!release)
        return release.error();
    std::optional<FreezeCheck> freezes;
    for (const Deployment &d : *deployments) {
        if (d.outcome != DeploymentOutcome::Planned || !d.plannedStart.isValid())
            continue;
        auto environment = sources.directory.environment(d.environmentId);
        if (!environment)
            return environment.error();
        if (environment->kind != EnvironmentKind::Production)
            continue;
        if (!freezes) {
            auto loaded = FreezeCheck::load(sources.calendar, sources.releases);
            if (!loaded)
                return loaded.error();
            freezes.emplace(std::move(*loaded));
        }
        auto hits = freezes->hits(d, *release);
        if (!hits)
            return hits.error();
        for (const FreezeHit &hit : *hits) {
            const QString by =
                hit.override ? tr("%1 (%2): %3")
                                   .arg(hit.override->printedName, labelOf(hit.override->role), hit.override->reason)
                             : QString();
            result.append({d.id, environment->name, d.plannedStart, window_occurrences::describe(hit.freeze), by});
        }
    }
    return result;
}

} // namespace

bool GateResult::passed() const {
    return std::all_of(checks.cbegin(), checks.cend(), [](const GateCheck &c) { return c.passed; });
}

QList<GateCheck> GateResult::missing() const {
    QList<GateCheck> result;
    for (const GateCheck &c : checks) {
        if (!c.passed)
            result.append(c);
    }
    return result;
}

QString GateResult::refusal(const QString &releaseName) const {
    QStringList lines{tr("%1 cannot move to %2 yet. Missing:").arg(releaseName, labelOf(to))};
    for (const GateCheck &c : missing())
        lines.append(c.detail.isEmpty() ? u"  \u2022 "_s + c.text : u"  \u2022 %1: %2"_s.arg(c.text, c.detail));
    return lines.join(u'\n');
}

QJsonObject GateResult::toJson() const {
    QJsonArray array;
    for (const GateCheck &c : checks) {
        QJsonObject check{{u"check"_s, c.text}, {u"passed"_s, c.passed}, {u"detail"_s, c.detail}};
        if (!c.findingKey.isEmpty())
            check.insert(u"finding_key"_s, c.findingKey);
        array.append(check);
    }
    return {{u"from"_s, keyOf(from)},
            {u"to"_s, keyOf(to)},
            {u"policy"_s, policyName},
            {u"passed"_s, passed()},
            {u"checks"_s, array}};
}

bool ReleaseGate::isGatedStatus(ReleaseStatus status) {
    return status == ReleaseStatus::AwaitingSignOff || status == ReleaseStatus::Approved ||
           status == ReleaseStatus::Deploying || status == ReleaseStatus::Reviewed;
}

bool ReleaseGate::isGated(ReleaseStatus from, ReleaseStatus to) {
    if (!ReleaseLifecycle::canMove(from, to) || ReleaseLifecycle::forwardStep(from) != to)
        return false;
    return isGatedStatus(to);
}

const VerifiedSignOff *ReleaseGate::emergencyAuthorisation(const GateInput &input) {
    if (!input.policy || !input.policy->emergencyAuthoriser)
        return nullptr;
    for (const VerifiedSignOff &v : input.signOffs) {
        if (v.isValid() && isReleaseSignOff(v, *input.policy->emergencyAuthoriser, SignMeaning::Authorised))
            return &v;
    }
    return nullptr;
}

GateResult ReleaseGate::evaluate(const GateInput &input, ReleaseStatus to) {
    GateResult result;
    result.from = input.release.status;
    result.to = to;
    result.policyName =
        input.policy ? tr("Policy for %1 releases").arg(labelOf(input.release.type))
                     : tr("No policy for %1 releases: only the general checks apply").arg(labelOf(input.release.type));
    Checklist list(input);
    switch (to) {
    case ReleaseStatus::AwaitingSignOff:
        list.requiredCategories();
        list.frozenBaseline();
        break;
    case ReleaseStatus::Reviewed:
        list.reviewComplete();
        break;
    case ReleaseStatus::Approved:
    case ReleaseStatus::Deploying:
        list.requiredCategories();
        list.frozenBaseline();
        list.criteriaAccepted();
        list.roleApprovals();
        list.emergencyAuthorised();
        list.noRejection();
        list.noForgedSignature();
        list.riskReviews();
        list.packageFindings();
        list.freezeWindows();
        list.calendarConflicts();
        if (to == ReleaseStatus::Deploying)
            list.leadTime();
        break;
    default:
        break;
    }
    result.checks = list.checks;
    return result;
}

Result<GateInput> ReleaseGate::load(AssuranceSources sources, Id releaseId, const QDateTime &now, bool withCalendar) {
    GateInput input;
    input.now = now;
    auto release = sources.releases.release(releaseId);
    if (!release)
        return release.error();
    input.release = *release;
    auto policy = sources.acceptance.policyFor(release->type);
    if (!policy)
        return policy.error();
    input.policy = *policy;
    auto criteria = sources.acceptance.criteria(releaseId);
    if (!criteria)
        return criteria.error();
    input.criteria = *criteria;
    auto signOffs = SignOffVerifier(sources).verifyRelease(releaseId);
    if (!signOffs)
        return signOffs.error();
    input.signOffs = *signOffs;
    auto baseline = sources.delivery.baseline(releaseId);
    if (!baseline)
        return baseline.error();
    input.baselineFrozen = baseline->has_value();
    if (input.baselineFrozen) {
        auto content = sources.releases.content(releaseId);
        if (!content)
            return content.error();
        input.baselineChanged = contents::fingerprint(*content) != (*baseline)->fingerprint;
    }
    auto risks = sources.risks.risks(releaseId);
    if (!risks)
        return risks.error();
    input.risks = *risks;
    auto review = sources.deployments.reviewOf(releaseId);
    if (!review)
        return review.error();
    input.review = *review;
    auto findings = release_checks::run(sources, releaseId);
    if (!findings)
        return findings.error();
    input.findings = *findings;
    auto waivers = sources.acceptance.waivers(releaseId);
    if (!waivers)
        return waivers.error();
    input.waivers = *waivers;
    auto frozen = frozenDeployments(sources, releaseId);
    if (!frozen)
        return frozen.error();
    input.frozenDeployments = *frozen;
    if (!withCalendar || !hasPlannedDeployment(sources, releaseId))
        return input;
    auto calendar = calendarFindings(sources, releaseId, now);
    if (!calendar)
        return calendar.error();
    for (const Finding &f : *calendar) {
        if (!f.message.startsWith(labelOf(CalendarConflict::Kind::Freeze)))
            input.calendarConflicts.append(f);
    }
    return input;
}

Result<GateResult> ReleaseGate::check(AssuranceSources sources, Id releaseId, ReleaseStatus to, const QDateTime &now) {
    const bool withCalendar = to == ReleaseStatus::Approved || to == ReleaseStatus::Deploying;
    auto input = load(sources, releaseId, now, withCalendar);
    if (!input)
        return input.error();
    return evaluate(*input, to);
}

} // namespace relm
