#include "WaiverChanges.h"

#include "changes/ChangeContext.h"
#include "checks/ReleaseChecks.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "i18n/ShownDates.h"
#include "storage/AcceptanceStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::WaiverChanges", text);
}

/// The role that may waive and withdraw waivers of the release's findings, held by the actor.
Result<Role> actorsAuthority(ChangeContext &context, const Release &release) {
    auto policy = context.acceptance().policyFor(release.type);
    if (!policy)
        return policy.error();
    const std::optional<Role> authoriser = *policy ? (*policy)->emergencyAuthoriser : std::nullopt;
    if (!authoriser)
        return makeError(ErrorCode::Invalid,
                         tr("The policy for releases of type %1 names nobody who may waive findings. Name an "
                            "authorising role in Policies first.")
                             .arg(labelOf(release.type)));
    if (!context.actor().roles.contains(*authoriser))
        return makeError(ErrorCode::Invalid,
                         tr("%1 may not waive findings of %2, nor withdraw their waivers: only someone holding the "
                            "%3 role may.")
                             .arg(context.actor().displayName, release.name, labelOf(*authoriser)));
    return *authoriser;
}

/// The rules a waiver must meet each time it is written; fills in who waives what, and when.
Result<void> authorise(ChangeContext &context, FindingWaiver &waiver) {
    if (auto r = validation::checkText(waiver.reason, tr("A waiver needs the reason the finding is accepted.")); !r)
        return r;
    auto release = context.releases().release(waiver.releaseId);
    if (!release)
        return release.error();
    auto authoriser = actorsAuthority(context, *release);
    if (!authoriser)
        return authoriser.error();
    auto findings = release_checks::run(AssuranceSources::of(context), release->id);
    if (!findings)
        return findings.error();
    const auto finding = std::find_if(findings->cbegin(), findings->cend(),
                                      [&](const Finding &f) { return f.key() == waiver.findingKey; });
    if (finding == findings->cend())
        return makeError(
            ErrorCode::NotFound,
            tr("%1 has no finding %2 now; run the package check again.").arg(release->name, waiver.findingKey));
    if (!finding->isError())
        return makeError(ErrorCode::Invalid, tr("A warning does not block the gate and needs no waiver."));
    waiver.finding = finding->message;
    waiver.personId = context.actor().id;
    waiver.login = context.actor().login;
    waiver.printedName = context.actor().displayName;
    waiver.role = *authoriser;
    waiver.waivedAt = context.now().toUTC();
    return {};
}

Result<void> store(ChangeContext &context, FindingWaiver &waiver, const QString &summary) {
    auto existing = context.acceptance().waivers(waiver.releaseId);
    if (!existing)
        return existing.error();
    for (const FindingWaiver &other : *existing) {
        if (other.findingKey == waiver.findingKey)
            return makeError(ErrorCode::Conflict,
                             tr("%1 waived this finding already on %2 UTC, giving the reason \u201C%3\u201D. Withdraw "
                                "that waiver first to give "
                                "another reason.")
                                 .arg(other.printedName, shown_dates::dateTime(other.waivedAt), other.reason));
    }
    auto id = context.acceptance().insert(waiver);
    if (!id)
        return id.error();
    waiver.id = *id;
    context.notify({Entity::Waiver, ChangeNotice::Kind::Created, waiver.id, waiver.releaseId});
    return context.audit(u"finding_waiver"_s, waiver.id, u"waive"_s, waiver.releaseId, summary, {},
                         json::toJson(waiver));
}

Result<void> remove(ChangeContext &context, const FindingWaiver &waiver, const QString &summary) {
    auto stored = context.acceptance().waiver(waiver.id);
    if (!stored)
        return stored.error();
    if (auto r = context.acceptance().removeWaiver(waiver.id); !r)
        return r;
    context.notify({Entity::Waiver, ChangeNotice::Kind::Removed, waiver.id, waiver.releaseId});
    return context.audit(u"finding_waiver"_s, waiver.id, u"withdraw"_s, waiver.releaseId, summary,
                         json::toJson(*stored), {});
}

} // namespace

WaiveFinding::WaiveFinding(Id releaseId, QString findingKey, QString reason) {
    m_waiver.releaseId = releaseId;
    m_waiver.findingKey = std::move(findingKey);
    m_waiver.reason = reason.trimmed();
}

QString WaiveFinding::text() const {
    return tr("Waive a package finding");
}

Result<void> WaiveFinding::redo(ChangeContext &context) {
    if (auto r = context.lockRelease(m_waiver.releaseId); !r)
        return r;
    if (auto r = authorise(context, m_waiver); !r)
        return r;
    return store(context, m_waiver,
                 tr("%1 waived \u201C%2\u201D: %3").arg(m_waiver.printedName, m_waiver.finding, m_waiver.reason));
}

Result<void> WaiveFinding::undo(ChangeContext &context) {
    return remove(context, m_waiver, tr("Undo: waiver of \u201C%1\u201D").arg(m_waiver.finding));
}

WithdrawWaiver::WithdrawWaiver(FindingWaiver waiver)
    : m_waiver(std::move(waiver)) {}

QString WithdrawWaiver::text() const {
    return tr("Withdraw the waiver of a package finding");
}

Result<void> WithdrawWaiver::redo(ChangeContext &context) {
    auto release = context.releases().release(m_waiver.releaseId);
    if (!release)
        return release.error();
    if (auto authoriser = actorsAuthority(context, *release); !authoriser)
        return authoriser.error();
    return remove(context, m_waiver,
                  tr("%1 withdrew the waiver of \u201C%2\u201D").arg(context.actor().displayName, m_waiver.finding));
}

Result<void> WithdrawWaiver::undo(ChangeContext &context) {
    if (auto r = authorise(context, m_waiver); !r)
        return r;
    return store(context, m_waiver, tr("Undo: withdraw the waiver of \u201C%1\u201D").arg(m_waiver.finding));
}

} // namespace relm
