#include "TrailVerification.h"

#include "changes/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace relm {

QString TrailVerification::problem() const {
    if (!audit.intact())
        return audit.problem;
    if (invalid.isEmpty())
        return {};
    const SignOff &s = invalid.first().signOff;
    return QCoreApplication::translate("relm::TrailVerification", "Sign-off #%1 by %2 (%3) does not verify: %4")
        .arg(s.id)
        .arg(s.printedName, labelOf(s.role), invalid.first().problem);
}

QJsonObject TrailVerification::toJson() const {
    QJsonArray bad;
    for (const VerifiedSignOff &v : invalid)
        bad.append(
            QJsonObject{{u"id"_s, v.signOff.id}, {u"release_id"_s, v.signOff.releaseId}, {u"problem"_s, v.problem}});
    return {{u"intact"_s, intact()},
            {u"entries"_s, audit.entries},
            {u"first_bad_entry"_s, audit.firstBadEntry ? QJsonValue(audit.firstBadEntry) : QJsonValue()},
            {u"problem"_s, intact() ? QJsonValue() : QJsonValue(problem())},
            {u"signatures"_s,
             QJsonObject{{u"checked"_s, signatures}, {u"valid"_s, valid}, {u"void"_s, voided}, {u"invalid"_s, bad}}}};
}

Result<TrailVerification> verifyTrail(Workspace &workspace,
                                      const std::function<void(qint64 done, qint64 total)> &progress,
                                      const std::atomic<bool> *cancel) {
    TrailVerification result;
    auto audit = workspace.auditLog().verify(progress, cancel);
    if (!audit)
        return audit.error();
    result.audit = *audit;
    if (audit->cancelled)
        return result;
    auto verified = SignOffVerifier(AssuranceSources::of(workspace)).verifyRelease(0);
    if (!verified)
        return verified.error();
    for (const VerifiedSignOff &v : *verified) {
        ++result.signatures;
        switch (v.state) {
        case SignatureState::Valid:
            ++result.valid;
            break;
        case SignatureState::ContentChanged:
            ++result.voided;
            break;
        case SignatureState::Invalid:
            result.invalid.append(v);
            break;
        }
    }
    return result;
}

} // namespace relm
