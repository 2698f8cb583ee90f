#include "SignOffRules.h"

#include "i18n/ShownDates.h"

#include <QCoreApplication>

namespace relm::signOffRules {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SignOffRules", text);
}

Error refused(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

} // namespace

bool isIndependentRole(Role role) {
    return role == Role::TestManager || role == Role::BusinessOwner || role == Role::OperationsAcceptance;
}

Result<void> check(const SignOffRequest &request, const QList<VerifiedSignOff> &existing) {
    const Person &signer = request.signer;
    if (!signer.roles.contains(request.role))
        return refused(
            tr("%1 does not hold the role %2, so cannot sign in it.").arg(signer.displayName, labelOf(request.role)));
    if (request.meaning == SignMeaning::Rejected && request.comment.trimmed().isEmpty())
        return refused(tr("A rejection needs a comment saying why."));
    if (signer.id == request.release.ownerId && isIndependentRole(request.role))
        return refused(tr("%1 owns %2 and so cannot sign it as %3: test and acceptance sign-offs must come from "
                          "someone independent of the owner.")
                           .arg(signer.displayName, request.release.name, labelOf(request.role)));
    if (request.criterion && request.criterion->acceptorRole != request.role)
        return refused(tr("Criterion #%1 is accepted by the role %2; sign it in that role.")
                           .arg(request.criterion->id)
                           .arg(labelOf(request.criterion->acceptorRole)));
    const Id criterionId = request.criterion ? request.criterion->id : 0;
    for (const VerifiedSignOff &v : existing) {
        const SignOff &s = v.signOff;
        if (s.personId != signer.id || s.releaseId != request.release.id || v.state == SignatureState::Invalid)
            continue;
        if (s.role != request.role)
            return refused(tr("%1 already signed %2 as %3; one person cannot sign one release in two roles.")
                               .arg(signer.displayName, request.release.name, labelOf(s.role)));
        if (s.criterionId == criterionId && v.isValid())
            return refused(tr("%1 already signed this as %2 on %3, and that signature still stands.")
                               .arg(signer.displayName, labelOf(s.role), shown_dates::dateTime(s.signedAt.toUTC())));
    }
    return {};
}

bool acceptsCriterion(const SignOffRequest &request) {
    return request.criterion && request.meaning == SignMeaning::Approved &&
           request.criterion->acceptorRole == request.role && request.criterion->status != CriterionStatus::Met &&
           request.criterion->status != CriterionStatus::Waived;
}

Result<void> checkAcceptance(const SignOffRequest &request) {
    if (!acceptsCriterion(request) || request.criterion->hasEvidence())
        return {};
    return refused(tr("Criterion #%1 has no evidence yet. Accepting it marks it met, and met needs evidence: add a "
                      "note, a link or a file to it first.")
                       .arg(request.criterion->id));
}

} // namespace relm::signOffRules
