#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace relm {

enum class ReleaseType { Major, Minor, Patch, Emergency };

enum class ReleaseStatus {
    Draft,
    Planned,
    Building,
    Testing,
    AwaitingSignOff,
    Approved,
    Deploying,
    Deployed,
    Reviewed,
    RolledBack,
    Cancelled
};

enum class DeploymentApproach { BigBang, Phased, Pilot };

enum class ComponentKind {
    Application,
    ExternalSoftware,
    UtilitySoftware,
    SystemSoftware,
    Hardware,
    Documentation,
    ServiceDocumentation
};

enum class EnvironmentKind { Build, Test, Staging, Production, Other };

enum class Role {
    ReleaseManager,
    TestManager,
    BusinessOwner,
    ChangeBoard,
    OperationsAcceptance,
    BuildEngineer,
    DeploymentEngineer
};

/// What an acceptance criterion is about.
enum class CriterionCategory { Functional, Operational, Security, Performance, Documentation, Training };

enum class CriterionStatus { Open, Met, NotMet, Waived };

/// What a signature says about the thing signed.
enum class SignMeaning { Reviewed, Approved, Rejected, Authorised };

/// How a deployment went; Planned until it is recorded as run.
enum class DeploymentOutcome { Planned, Succeeded, Failed, RolledBack, Partial };

/// What a change request brings: the release notes sort it under "New", "Improved" or "Fixed".
enum class ChangeKind { Feature, Improvement, Fix };

/// Where a change request stands in the organisation's change process.
enum class ChangeStatus { Proposed, Approved, InProgress, Implemented, Rejected };

/// What a window on the change calendar says: no changes (a freeze) or changes preferred (maintenance).
enum class WindowKind { Freeze, Maintenance };

/// One value of a closed vocabulary: its stable key (files, CLI, JSON) and its label (GUI, translated).
template<typename E>
struct Term {
    E value;
    const char *key;
    const char *label;
};

/// The table of terms for an enum; specialised for each vocabulary in Vocabulary.cpp.
template<typename E>
std::span<const Term<E>> termsOf();

template<>
std::span<const Term<ReleaseType>> termsOf<ReleaseType>();
template<>
std::span<const Term<ReleaseStatus>> termsOf<ReleaseStatus>();
template<>
std::span<const Term<DeploymentApproach>> termsOf<DeploymentApproach>();
template<>
std::span<const Term<ComponentKind>> termsOf<ComponentKind>();
template<>
std::span<const Term<EnvironmentKind>> termsOf<EnvironmentKind>();
template<>
std::span<const Term<Role>> termsOf<Role>();
template<>
std::span<const Term<CriterionCategory>> termsOf<CriterionCategory>();
template<>
std::span<const Term<CriterionStatus>> termsOf<CriterionStatus>();
template<>
std::span<const Term<SignMeaning>> termsOf<SignMeaning>();
template<>
std::span<const Term<DeploymentOutcome>> termsOf<DeploymentOutcome>();
template<>
std::span<const Term<ChangeKind>> termsOf<ChangeKind>();
template<>
std::span<const Term<ChangeStatus>> termsOf<ChangeStatus>();
template<>
std::span<const Term<WindowKind>> termsOf<WindowKind>();

QString translateTerm(const char *label);

/// The stable key of a value, e.g. "awaiting_signoff".
template<typename E>
QString keyOf(E value) {
    for (const auto &term : termsOf<E>()) {
        if (term.value == value)
            return QString::fromLatin1(term.key);
    }
    return {};
}

/// The translated label of a value, e.g. "Awaiting sign-off".
template<typename E>
QString labelOf(E value) {
    for (const auto &term : termsOf<E>()) {
        if (term.value == value)
            return translateTerm(term.label);
    }
    return {};
}

/// The label as a word inside a sentence: "functional" in English; a language that capitalises its
/// nouns (German "Funktional", "Änderungsausschuss") keeps the translation as it is.
template<typename E>
QString labelInSentence(E value) {
    for (const auto &term : termsOf<E>()) {
        if (term.value == value) {
            const QString label = translateTerm(term.label);
            return label == QLatin1String(term.label) ? label.toLower() : label;
        }
    }
    return {};
}

/// The value for a key; also accepts the untranslated label and hyphens for underscores.
template<typename E>
std::optional<E> fromKey(QStringView text) {
    QString normalised = text.trimmed().toString().toLower();
    normalised.replace(u'-', u'_').replace(u' ', u'_');
    for (const auto &term : termsOf<E>()) {
        if (normalised == QLatin1String(term.key))
            return term.value;
        QString label = QString::fromLatin1(term.label).toLower();
        label.replace(u'-', u'_').replace(u' ', u'_');
        if (normalised == label)
            return term.value;
    }
    return std::nullopt;
}

template<typename E>
QList<E> allOf() {
    QList<E> values;
    for (const auto &term : termsOf<E>())
        values.append(term.value);
    return values;
}

template<typename E>
QStringList keysOf() {
    QStringList keys;
    for (const auto &term : termsOf<E>())
        keys.append(QString::fromLatin1(term.key));
    return keys;
}

/// An environment as lists name it: "Production", or "EU cluster (Production)" when its name does
/// not already say its kind (in English or in the user's language).
QString environmentTitle(const QString &name, EnvironmentKind kind);

} // namespace relm
