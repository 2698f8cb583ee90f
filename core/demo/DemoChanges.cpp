#include "DemoChanges.h"

#include "changes/ChangeRequestChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/ReleaseStore.h"

namespace relm {

Result<void> addDemoChange(Workspace &workspace, const DemoChange &c, Id releaseId, const QDateTime &createdAt) {
    const QString reference = QString::fromLatin1(c.reference);
    if (auto existing = workspace.releases().changeRequestByReference(reference)) {
        auto release = workspace.releases().release(releaseId);
        if (!release)
            return release.error();
        LinkChangeRequest link(LinkChangeRequest::Mode::Link, *existing, *release);
        return workspace.apply(link);
    }
    ChangeRequest change;
    change.reference = reference;
    change.title = QString::fromUtf8(c.title);
    change.description = QString::fromUtf8(c.detail);
    change.kind = c.kind;
    change.status = c.status;
    change.publicSummary = QString::fromUtf8(c.publicSummary);
    change.userAction = QString::fromUtf8(c.userAction);
    change.createdAt = createdAt;
    change.releaseIds = {releaseId};
    CreateRecord<ChangeRequest> create(change);
    return workspace.apply(create);
}

} // namespace relm
