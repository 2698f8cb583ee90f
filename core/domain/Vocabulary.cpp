#include "Vocabulary.h"

#include <QCoreApplication>

namespace relm {

namespace {

constexpr Term<ReleaseType> releaseTypes[] = {
    {ReleaseType::Major, "major", QT_TRANSLATE_NOOP("relm::Vocabulary", "Major")},
    {ReleaseType::Minor, "minor", QT_TRANSLATE_NOOP("relm::Vocabulary", "Minor")},
    {ReleaseType::Patch, "patch", QT_TRANSLATE_NOOP("relm::Vocabulary", "Patch")},
    {ReleaseType::Emergency, "emergency", QT_TRANSLATE_NOOP("relm::Vocabulary", "Emergency")},
};

constexpr Term<ReleaseStatus> releaseStatuses[] = {
    {ReleaseStatus::Draft, "draft", QT_TRANSLATE_NOOP("relm::Vocabulary", "Draft")},
    {ReleaseStatus::Planned, "planned", QT_TRANSLATE_NOOP("relm::Vocabulary", "Planned")},
    {ReleaseStatus::Building, "building", QT_TRANSLATE_NOOP("relm::Vocabulary", "Building")},
    {ReleaseStatus::Testing, "testing", QT_TRANSLATE_NOOP("relm::Vocabulary", "Testing")},
    {ReleaseStatus::AwaitingSignOff, "awaiting_signoff", QT_TRANSLATE_NOOP("relm::Vocabulary", "Awaiting sign-off")},
    {ReleaseStatus::Approved, "approved", QT_TRANSLATE_NOOP("relm::Vocabulary", "Approved")},
    {ReleaseStatus::Deploying, "deploying", QT_TRANSLATE_NOOP("relm::Vocabulary", "Deploying")},
    {ReleaseStatus::Deployed, "deployed", QT_TRANSLATE_NOOP("relm::Vocabulary", "Deployed")},
    {ReleaseStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("relm::Vocabulary", "Reviewed")},
    {ReleaseStatus::RolledBack, "rolled_back", QT_TRANSLATE_NOOP("relm::Vocabulary", "Rolled back")},
    {ReleaseStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("relm::Vocabulary", "Cancelled")},
};

constexpr Term<DeploymentApproach> deploymentApproaches[] = {
    {DeploymentApproach::BigBang, "big_bang", QT_TRANSLATE_NOOP("relm::Vocabulary", "Big bang")},
    {DeploymentApproach::Phased, "phased", QT_TRANSLATE_NOOP("relm::Vocabulary", "Phased")},
    {DeploymentApproach::Pilot, "pilot", QT_TRANSLATE_NOOP("relm::Vocabulary", "Pilot")},
};

constexpr Term<ComponentKind> componentKinds[] = {
    {ComponentKind::Application, "application", QT_TRANSLATE_NOOP("relm::Vocabulary", "In-house application")},
    {ComponentKind::ExternalSoftware, "external_software",
     QT_TRANSLATE_NOOP("relm::Vocabulary", "Externally developed software")},
    {ComponentKind::UtilitySoftware, "utility_software", QT_TRANSLATE_NOOP("relm::Vocabulary", "Utility software")},
    {ComponentKind::SystemSoftware, "system_software",
     QT_TRANSLATE_NOOP("relm::Vocabulary", "Supplier system software")},
    {ComponentKind::Hardware, "hardware", QT_TRANSLATE_NOOP("relm::Vocabulary", "Hardware")},
    {ComponentKind::Documentation, "documentation", QT_TRANSLATE_NOOP("relm::Vocabulary", "Documentation")},
    {ComponentKind::ServiceDocumentation, "service_documentation",
     QT_TRANSLATE_NOOP("relm::Vocabulary", "Service documentation")},
};

constexpr Term<EnvironmentKind> environmentKinds[] = {
    {EnvironmentKind::Build, "build", QT_TRANSLATE_NOOP("relm::Vocabulary", "Build")},
    {EnvironmentKind::Test, "test", QT_TRANSLATE_NOOP("relm::Vocabulary", "Test")},
    {EnvironmentKind::Staging, "staging", QT_TRANSLATE_NOOP("relm::Vocabulary", "Staging")},
    {EnvironmentKind::Production, "production", QT_TRANSLATE_NOOP("relm::Vocabulary", "Production")},
    {EnvironmentKind::Other, "other", QT_TRANSLATE_NOOP("relm::Vocabulary", "Other")},
};

constexpr Term<Role> roles[] = {
    {Role::ReleaseManager, "release_manager", QT_TRANSLATE_NOOP("relm::Vocabulary", "Release manager")},
    {Role::TestManager, "test_manager", QT_TRANSLATE_NOOP("relm::Vocabulary", "Test manager")},
    {Role::BusinessOwner, "business_owner", QT_TRANSLATE_NOOP("relm::Vocabulary", "Business owner")},
    {Role::ChangeBoard, "change_board", QT_TRANSLATE_NOOP("relm::Vocabulary", "Change board")},
    {Role::OperationsAcceptance, "operations_acceptance",
     QT_TRANSLATE_NOOP("relm::Vocabulary", "Operations acceptance")},
    {Role::BuildEngineer, "build_engineer", QT_TRANSLATE_NOOP("relm::Vocabulary", "Build engineer")},
    {Role::DeploymentEngineer, "deployment_engineer", QT_TRANSLATE_NOOP("relm::Vocabulary", "Deployment engineer")},
};

constexpr Term<CriterionCategory> criterionCategories[] = {
    {CriterionCategory::Functional, "functional", QT_TRANSLATE_NOOP("relm::Vocabulary", "Functional")},
    {CriterionCategory::Operational, "operational", QT_TRANSLATE_NOOP("relm::Vocabulary", "Operational")},
    {CriterionCategory::Security, "security", QT_TRANSLATE_NOOP("relm::Vocabulary", "Security")},
    {CriterionCategory::Performance, "performance", QT_TRANSLATE_NOOP("relm::Vocabulary", "Performance")},
    {CriterionCategory::Documentation, "documentation", QT_TRANSLATE_NOOP("relm::Vocabulary", "Documentation")},
    {CriterionCategory::Training, "training", QT_TRANSLATE_NOOP("relm::Vocabulary", "Training and handover")},
};

constexpr Term<CriterionStatus> criterionStatuses[] = {
    {CriterionStatus::Open, "open", QT_TRANSLATE_NOOP("relm::Vocabulary", "Open")},
    {CriterionStatus::Met, "met", QT_TRANSLATE_NOOP("relm::Vocabulary", "Met")},
    {CriterionStatus::NotMet, "not_met", QT_TRANSLATE_NOOP("relm::Vocabulary", "Not met")},
    {CriterionStatus::Waived, "waived", QT_TRANSLATE_NOOP("relm::Vocabulary", "Waived")},
};

constexpr Term<SignMeaning> signMeanings[] = {
    {SignMeaning::Reviewed, "reviewed", QT_TRANSLATE_NOOP("relm::Vocabulary", "Reviewed")},
    {SignMeaning::Approved, "approved", QT_TRANSLATE_NOOP("relm::Vocabulary", "Approved")},
    {SignMeaning::Rejected, "rejected", QT_TRANSLATE_NOOP("relm::Vocabulary", "Rejected")},
    {SignMeaning::Authorised, "authorised", QT_TRANSLATE_NOOP("relm::Vocabulary", "Authorised")},
};

constexpr Term<DeploymentOutcome> deploymentOutcomes[] = {
    {DeploymentOutcome::Planned, "planned", QT_TRANSLATE_NOOP("relm::Vocabulary", "Planned")},
    {DeploymentOutcome::Succeeded, "succeeded", QT_TRANSLATE_NOOP("relm::Vocabulary", "Succeeded")},
    {DeploymentOutcome::Failed, "failed", QT_TRANSLATE_NOOP("relm::Vocabulary", "Failed")},
    {DeploymentOutcome::RolledBack, "rolled_back", QT_TRANSLATE_NOOP("relm::Vocabulary", "Rolled back")},
    {DeploymentOutcome::Partial, "partial", QT_TRANSLATE_NOOP("relm::Vocabulary", "Partially deployed")},
};

constexpr Term<ChangeKind> changeKinds[] = {
    {ChangeKind::Feature, "feature", QT_TRANSLATE_NOOP("relm::Vocabulary", "New")},
    {ChangeKind::Improvement, "improvement", QT_TRANSLATE_NOOP("relm::Vocabulary", "Improved")},
    {ChangeKind::Fix, "fix", QT_TRANSLATE_NOOP("relm::Vocabulary", "Fixed")},
};

constexpr Term<ChangeStatus> changeStatuses[] = {
    {ChangeStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("relm::Vocabulary", "Proposed")},
    {ChangeStatus::Approved, "approved", QT_TRANSLATE_NOOP("relm::Vocabulary", "Approved")},
    {ChangeStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("relm::Vocabulary", "In progress")},
    {ChangeStatus::Implemented, "implemented", QT_TRANSLATE_NOOP("relm::Vocabulary", "Implemented")},
    {ChangeStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("relm::Vocabulary", "Rejected")},
};

constexpr Term<WindowKind> windowKinds[] = {
    {WindowKind::Freeze, "freeze", QT_TRANSLATE_NOOP("relm::Vocabulary", "Change freeze")},
    {WindowKind::Maintenance, "maintenance", QT_TRANSLATE_NOOP("relm::Vocabulary", "Maintenance window")},
};

} // namespace

QString translateTerm(const char *label) {
    return QCoreApplication::translate("relm::Vocabulary", label);
}

template<>
std::span<const Term<ReleaseType>> termsOf<ReleaseType>() {
    return releaseTypes;
}

template<>
std::span<const Term<ReleaseStatus>> termsOf<ReleaseStatus>() {
    return releaseStatuses;
}

template<>
std::span<const Term<DeploymentApproach>> termsOf<DeploymentApproach>() {
    return deploymentApproaches;
}

template<>
std::span<const Term<ComponentKind>> termsOf<ComponentKind>() {
    return componentKinds;
}

template<>
std::span<const Term<EnvironmentKind>> termsOf<EnvironmentKind>() {
    return environmentKinds;
}

template<>
std::span<const Term<Role>> termsOf<Role>() {
    return roles;
}

template<>
std::span<const Term<CriterionCategory>> termsOf<CriterionCategory>() {
    return criterionCategories;
}

template<>
std::span<const Term<CriterionStatus>> termsOf<CriterionStatus>() {
    return criterionStatuses;
}

template<>
std::span<const Term<SignMeaning>> termsOf<SignMeaning>() {
    return signMeanings;
}

template<>
std::span<const Term<DeploymentOutcome>> termsOf<DeploymentOutcome>() {
    return deploymentOutcomes;
}

template<>
std::span<const Term<ChangeKind>> termsOf<ChangeKind>() {
    return changeKinds;
}

template<>
std::span<const Term<ChangeStatus>> termsOf<ChangeStatus>() {
    return changeStatuses;
}

template<>
std::span<const Term<WindowKind>> termsOf<WindowKind>() {
    return windowKinds;
}

QString environmentTitle(const QString &name, EnvironmentKind kind) {
    if (fromKey<EnvironmentKind>(name) == kind || name.compare(labelOf(kind), Qt::CaseInsensitive) == 0)
        return name;
    return QCoreApplication::translate("relm::Vocabulary", "%1 (%2)", "environment name (its kind)")
        .arg(name, labelOf(kind));
}

} // namespace relm
