#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace relm {

/// Something a release must demonstrate before it is accepted, and the evidence that it does.
struct AcceptanceCriterion {
    Id id = 0;
    Id releaseId = 0;
    QString description;
    CriterionCategory category = CriterionCategory::Functional;
    Role acceptorRole = Role::TestManager; ///< the role whose holder accepts it
    QString evidenceNote;
    QString evidenceLink;
    QString evidenceFile;   ///< the evidence file's name, as it was when fingerprinted
    QString evidenceSha256; ///< the SHA-256 of that file, empty when no file is attached
    CriterionStatus status = CriterionStatus::Open;
    QString waiverReason; ///< required when waived

    bool operator==(const AcceptanceCriterion &) const = default;

    bool hasEvidence() const {
        return !evidenceNote.trimmed().isEmpty() || !evidenceLink.trimmed().isEmpty() || !evidenceSha256.isEmpty();
    }
    /// Met or waived: nothing more is asked of it.
    bool isSettled() const { return status == CriterionStatus::Met || status == CriterionStatus::Waived; }
};

/// A role that must sign a release off, and how many distinct people must do so.
struct SignOffRequirement {
    Role role = Role::ChangeBoard;
    int quorum = 1;

    bool operator==(const SignOffRequirement &) const = default;
};

/// What a release of one type needs before it may go ahead: who signs, which criteria it must
/// have, how long approval must stand before production, and who may authorise an emergency.
struct ReleasePolicy {
    Id id = 0;
    ReleaseType releaseType = ReleaseType::Minor;
    QList<SignOffRequirement> signOffs;
    QList<CriterionCategory> requiredCategories;
    int minimumLeadHours = 0; ///< between approval and the production deployment
    bool frozenBaselineRequired = false;
    std::optional<Role> emergencyAuthoriser; ///< whose "authorised" signature skips the lead time

    bool operator==(const ReleasePolicy &) const = default;

    int quorumFor(Role role) const;
};

namespace policy {
/// "change_board:3,test_manager" ⇄ sign-off requirements (a missing count means 1).
QString signOffsToText(const QList<SignOffRequirement> &signOffs);
std::optional<QList<SignOffRequirement>> signOffsFromText(const QString &text);
QString categoriesToText(const QList<CriterionCategory> &categories);
std::optional<QList<CriterionCategory>> categoriesFromText(const QString &text);
} // namespace policy

} // namespace relm
