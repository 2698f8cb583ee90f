#pragma once

#include "changes/Change.h"
#include "domain/Waiver.h"

namespace relm {

/// Waives one package error of a release. Only a person holding the role the release's policy
/// names as its authoriser may, with a reason, and only for an error the checker reports now.
class WaiveFinding final : public Change {
public:
    WaiveFinding(Id releaseId, QString findingKey, QString reason);

    const FindingWaiver &waiver() const { return m_waiver; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    FindingWaiver m_waiver;
};

/// Withdraws a waiver, so that its finding blocks the gate again; the same people who may waive
/// may withdraw. Undo restores the waiver, checked as a new waiver.
class WithdrawWaiver final : public Change {
public:
    explicit WithdrawWaiver(FindingWaiver waiver);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    FindingWaiver m_waiver;
};

} // namespace relm
