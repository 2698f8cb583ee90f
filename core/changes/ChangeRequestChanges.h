#pragma once

#include "changes/Change.h"
#include "domain/Package.h"
#include "domain/Release.h"

#include <memory>

namespace relm {

/// Links a change request to a release that delivers it, or removes that link. The audit entry
/// belongs to the release, so the release's trail shows what it took on and what it dropped.
class LinkChangeRequest final : public Change {
public:
    enum class Mode { Link, Unlink };

    LinkChangeRequest(Mode mode, ChangeRequest change, Release release);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<void> apply(ChangeContext &context, Mode mode);

    Mode m_mode;
    ChangeRequest m_change;
    Release m_release;
};

class Workspace;

/// One step that makes the release deliver these change requests (those it delivers already are
/// skipped). Refused with a message when it would change nothing.
Result<std::unique_ptr<Change>> linkChangesTo(Workspace &workspace, const QList<Id> &changeIds, Id releaseId);

} // namespace relm
