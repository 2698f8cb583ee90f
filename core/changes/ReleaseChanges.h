#pragma once

#include "changes/RecordChanges.h"

#include <optional>

namespace relm {

/// Creates a release together with its first package, as one step.
class CreateRelease final : public Change {
public:
    explicit CreateRelease(Release release, QString firstPackageName = {});

    const Release &release() const { return m_release.record(); }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    CreateRecord<Release> m_release;
    QString m_packageName;
    std::optional<CreateRecord<Package>> m_package;
};

/// Moves a release to another status, only along the lifecycle's allowed transitions and through
/// the gate of a gated move. It writes the status alone, so other fields edited meanwhile stay.
/// Undo moves it back only while it is still where this change left it; arriving again at a
/// gated status (undoing a step back or a cancel) passes that status's gate again.
class SetReleaseStatus final : public Change {
public:
    /// Whether the move runs its gate; Skip only for callers that checked it themselves (a
    /// deployment past its gate, or an authorised emergency).
    enum class Gate { Check, Skip };

    SetReleaseStatus(const Release &release, ReleaseStatus to, Gate gate = Gate::Check);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<void> move(ChangeContext &context, const Release &release, ReleaseStatus to, const QString &summary);
    Result<void> passGate(ChangeContext &context, const Release &release, ReleaseStatus to) const;

    Id m_releaseId;
    QString m_name;
    ReleaseStatus m_from;
    ReleaseStatus m_to;
    Gate m_gate;
};

/// Adds a component version to a package, or removes it.
class PackageContentChange final : public Change {
public:
    enum class Mode { Add, Remove };

    PackageContentChange(Mode mode, Package package, ComponentVersion version);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<void> apply(ChangeContext &context, Mode mode);

    Mode m_mode;
    Package m_package;
    ComponentVersion m_version;
};

} // namespace relm
