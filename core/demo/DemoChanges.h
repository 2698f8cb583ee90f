#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QDateTime>

namespace relm {

class Workspace;

/// A change request as the demo writes it; the public summary and the user action are what
/// customers read, the detail stays internal.
struct DemoChange {
    const char *reference;
    const char *title;
    ChangeKind kind;
    ChangeStatus status;
    const char *publicSummary;
    const char *userAction = "";
    const char *detail = "";
};

/// Creates the change delivered by the release, or (the same reference in a second release) links
/// it there too.
Result<void> addDemoChange(Workspace &workspace, const DemoChange &change, Id releaseId, const QDateTime &createdAt);

} // namespace relm
