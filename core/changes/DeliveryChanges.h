#pragma once

#include "changes/Change.h"
#include "domain/Contents.h"

#include <optional>

namespace relm {

/// Freezes a release: records a fingerprint over its exact content as its baseline.
class FreezeRelease final : public Change {
public:
    FreezeRelease(Id releaseId, QString releaseName);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;
    const Baseline &baseline() const { return m_baseline; }

private:
    Id m_releaseId;
    QString m_releaseName;
    std::optional<Baseline> m_previous;
    Baseline m_baseline;
    bool m_recorded = false;
};

/// Records a build of a release with a snapshot of the content it was built from.
class RecordBuild final : public Change {
public:
    explicit RecordBuild(Build build, QString releaseName = {});

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;
    const Build &build() const { return m_build; }

private:
    Build m_build;
    QString m_releaseName;
    bool m_snapshotTaken = false;
};

/// Sets what an environment runs, keeping the previous state in its history.
class SetEnvironmentInventory final : public Change {
public:
    SetEnvironmentInventory(Id environmentId, QString environmentName, Contents content, QString reason,
                            Id releaseId = 0);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<void> write(ChangeContext &context, const Contents &from, const Contents &to, const QString &action);

    Id m_environmentId;
    QString m_environmentName;
    Contents m_content;
    Contents m_previous;
    QString m_reason;
    Id m_releaseId;
    Id m_snapshotId = 0;
};

} // namespace relm
