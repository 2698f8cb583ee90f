#pragma once

#include "Result.h"
#include "signing/SignOffVerifier.h"
#include "storage/AuditLog.h"

namespace relm {

class Workspace;

/// What checking a whole database found: the audit chain and every signature in it.
struct TrailVerification {
    AuditVerification audit;
    int signatures = 0;
    int valid = 0;
    int voided = 0;                 ///< content changed after signing: shown, but not tampering
    QList<VerifiedSignOff> invalid; ///< signatures that do not verify: tampering

    bool intact() const { return audit.intact() && invalid.isEmpty(); }
    /// One sentence naming the first problem, empty when intact.
    QString problem() const;
    QJsonObject toJson() const;
};

/// Checks the audit chain entry by entry, then every sign-off's signature, key and chain head.
Result<TrailVerification> verifyTrail(Workspace &workspace,
                                      const std::function<void(qint64 done, qint64 total)> &progress = {},
                                      const std::atomic<bool> *cancel = nullptr);

} // namespace relm
