#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relm::validation {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::validation", text);
}

Result<void> invalid(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

Result<void> requireText(const QString &value, const char *message, int maxLength = 200) {
    if (value.trimmed().isEmpty())
        return invalid(tr(message));
    if (value.size() > maxLength)
        return invalid(tr("%1 characters is too long; at most %2 are allowed.").arg(value.size()).arg(maxLength));
    return {};
}

} // namespace

Result<void> check(const Release &release) {
    if (auto r = requireText(release.name, QT_TRANSLATE_NOOP("relm::validation", "A release needs a name.")); !r)
        return r;
    if (release.name != release.name.trimmed())
        return invalid(tr("A release name cannot start or end with spaces."));
    if (release.name.contains(u'/'))
        return invalid(tr("A release name cannot contain '/' (it separates release and package on the command line)."));
    if (release.plannedStart.isValid() && release.plannedEnd.isValid() && release.plannedEnd < release.plannedStart)
        return invalid(tr("The planned end (%1) is before the planned start (%2).")
                           .arg(release.plannedEnd.toString(Qt::ISODate), release.plannedStart.toString(Qt::ISODate)));
    if (release.ownerId == 0)
        return invalid(tr("A release needs an owner (its release manager)."));
    return {};
}

Result<void> check(const Component &component) {
    if (auto r = requireText(component.name, QT_TRANSLATE_NOOP("relm::validation", "A component needs a name.")); !r)
        return r;
    if (component.name.contains(u'@') || component.name.contains(QRegularExpression(QStringLiteral("\\s"))))
        return invalid(tr("A component name cannot contain spaces or '@' (e.g. use \"auth-service\")."));
    return {};
}

Result<void> check(const ComponentVersion &version) {
    if (auto r =
            requireText(version.version,
                        QT_TRANSLATE_NOOP("relm::validation", "A version needs a version string, e.g. 2.4.1."), 64);
        !r)
        return r;
    if (version.version.contains(QRegularExpression(QStringLiteral("\\s"))))
        return invalid(tr("A version string cannot contain spaces."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!version.sha256.isEmpty() && !hex.match(version.sha256).hasMatch())
        return invalid(tr("A SHA-256 fingerprint is 64 hexadecimal digits (0-9, a-f)."));
    return {};
}

Result<void> check(const Person &person) {
    if (auto r = requireText(person.login, QT_TRANSLATE_NOOP("relm::validation", "A person needs a login name."), 64);
        !r)
        return r;
    if (person.login.contains(QRegularExpression(QStringLiteral("\\s"))))
        return invalid(tr("A login name cannot contain spaces."));
    return requireText(person.displayName, QT_TRANSLATE_NOOP("relm::validation", "A person needs a display name."));
}

Result<void> check(const Environment &environment) {
    return requireText(environment.name, QT_TRANSLATE_NOOP("relm::validation", "An environment needs a name."));
}

Result<void> check(const Package &package) {
    if (auto r = requireText(package.name, QT_TRANSLATE_NOOP("relm::validation", "A package needs a name.")); !r)
        return r;
    if (package.name.contains(u'/'))
        return invalid(tr("A package name cannot contain '/'."));
    return {};
}

Result<void> check(const ChangeRequest &change) {
    if (auto r = requireText(
            change.reference,
            QT_TRANSLATE_NOOP("relm::validation", "A change request needs a reference, e.g. RFC-1042."), 64);
        !r)
        return r;
    return requireText(change.title, QT_TRANSLATE_NOOP("relm::validation", "A change request needs a title."));
}

Result<void> check(const PlanTask &task) {
    if (auto r = requireText(task.name, QT_TRANSLATE_NOOP("relm::validation", "A task needs a name.")); !r)
        return r;
    if (task.duration < 0)
        return invalid(tr("A duration cannot be negative."));
    if (task.percentComplete < 0 || task.percentComplete > 100)
        return invalid(tr("Progress is a percentage from 0 to 100."));
    if (task.constraint != ConstraintType::AsSoonAsPossible && !task.constraintDate.isValid())
        return invalid(tr("A date constraint needs its date."));
    if ((task.optimistic >= 0 && task.optimistic > task.duration) ||
        (task.pessimistic >= 0 && task.pessimistic < task.duration))
        return invalid(tr("A three-point estimate needs optimistic \u2264 most likely \u2264 pessimistic."));
    return {};
}

Result<void> check(const PlanLink &link) {
    if (link.predecessorId == link.successorId)
        return invalid(tr("A task cannot depend on itself."));
    return {};
}

Result<void> check(const PlanFreeze &freeze) {
    if (auto r = requireText(freeze.name, QT_TRANSLATE_NOOP("relm::validation", "A freeze window needs a name.")); !r)
        return r;
    if (!freeze.start.isValid() || !freeze.end.isValid() || freeze.end <= freeze.start)
        return invalid(tr("A freeze window ends after it starts."));
    return {};
}

Result<void> check(const PlanCalendar &calendar) {
    if (auto r = requireText(calendar.name, QT_TRANSLATE_NOOP("relm::validation", "A calendar needs a name.")); !r)
        return r;
    if (!calendar.calendar.hasWorkingTime())
        return invalid(tr("A calendar needs some working time in its week."));
    return {};
}

Result<void> check(const Risk &risk) {
    if (auto r = requireText(risk.title, QT_TRANSLATE_NOOP("relm::validation", "A risk needs a title.")); !r)
        return r;
    if (risk.likelihood < 1 || risk.likelihood > 5)
        return invalid(tr("Likelihood is rated from 1 (rare) to 5 (almost certain), not %1.").arg(risk.likelihood));
    if (risk.impact < 1 || risk.impact > 5)
        return invalid(tr("Impact is rated from 1 (negligible) to 5 (severe), not %1.").arg(risk.impact));
    if (risk.expectedDelay < 0)
        return invalid(tr("An expected delay cannot be negative."));
    if (risk.releaseId == 0)
        return invalid(tr("A risk belongs to a release."));
    return {};
}

Result<void> check(const AcceptanceCriterion &criterion) {
    if (auto r = requireText(criterion.description,
                             QT_TRANSLATE_NOOP("relm::validation", "A criterion needs a description."));
        !r)
        return r;
    if (criterion.releaseId == 0)
        return invalid(tr("A criterion belongs to a release."));
    if (criterion.status == CriterionStatus::Waived && criterion.waiverReason.trimmed().isEmpty())
        return invalid(tr("A waived criterion needs the reason it was waived."));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!criterion.evidenceSha256.isEmpty() && !sha256.match(criterion.evidenceSha256).hasMatch())
        return invalid(tr("The evidence fingerprint must be a SHA-256: 64 hexadecimal digits."));
    if (criterion.status == CriterionStatus::Met && !criterion.hasEvidence())
        return invalid(tr("A criterion is met on evidence: add a note, a link or a file first."));
    return {};
}

Result<void> check(const ReleasePolicy &policy) {
    QList<Role> seen;
    for (const SignOffRequirement &r : policy.signOffs) {
        if (r.quorum < 1 || r.quorum > 25)
            return invalid(tr("A quorum is between 1 and 25 people, not %1.").arg(r.quorum));
        if (seen.contains(r.role))
            return invalid(tr("%1 is listed twice among the sign-offs.").arg(labelOf(r.role)));
        seen.append(r.role);
    }
    if (policy.minimumLeadHours < 0 || policy.minimumLeadHours > 24 * 90)
        return invalid(tr("The lead time is between 0 and 2160 hours (90 days)."));
    return {};
}

Result<void> check(const Deployment &d) {
    if (d.releaseId == 0 || d.environmentId == 0)
        return invalid(tr("A deployment names a release and an environment."));
    if (d.plannedStart.isValid() && d.plannedEnd.isValid() && d.plannedEnd < d.plannedStart)
        return invalid(tr("The planned window ends before it starts."));
    if (d.actualStart.isValid() && d.actualEnd.isValid() && d.actualEnd < d.actualStart)
        return invalid(tr("The deployment ends before it starts."));
    if (d.outcome != DeploymentOutcome::Planned && !d.actualStart.isValid())
        return invalid(tr("A deployment that ran needs its actual start."));
    if (d.emergency && d.emergencyReason.trimmed().isEmpty())
        return invalid(tr("An emergency deployment needs the reason it could not wait."));
    return {};
}

Result<void> check(const RunbookStep &step) {
    if (auto r = requireText(step.title, QT_TRANSLATE_NOOP("relm::validation", "A runbook step needs a title.")); !r)
        return r;
    if (step.expectedMinutes < 0)
        return invalid(tr("A step cannot take negative time."));
    return {};
}

Result<void> check(const KnownError &error) {
    if (auto r = requireText(error.title, QT_TRANSLATE_NOOP("relm::validation", "A known error needs a title.")); !r)
        return r;
    if (error.fixedInReleaseId == error.releaseId && error.releaseId != 0)
        return invalid(tr("A known error cannot be fixed in the release it was found in; remove it instead."));
    return {};
}

Result<void> check(const ReleaseReview &review) {
    if (review.incidents < 0)
        return invalid(tr("Incidents are counted from 0."));
    if (review.complete && !review.missing().isEmpty())
        return invalid(tr("The review is not complete yet: it still needs %1.").arg(review.missing().join(u", ")));
    return {};
}

Result<QDate> parseDate(const QString &text, const QString &fieldLabel) {
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorCode::Invalid,
                         tr("%1: \"%2\" is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.").arg(fieldLabel, text));
    return date;
}

} // namespace relm::validation
