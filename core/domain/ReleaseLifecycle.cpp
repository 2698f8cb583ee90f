#include "ReleaseLifecycle.h"

#include <QCoreApplication>

namespace relm {

namespace {

using S = ReleaseStatus;

struct Transition {
    S from;
    S to;
};

// Forward steps first (the toolbar offers the first one), then steps back and exits.
constexpr Transition transitions[] = {
    {S::Draft, S::Planned},           {S::Draft, S::Cancelled},           {S::Planned, S::Building},
    {S::Planned, S::Draft},           {S::Planned, S::Cancelled},         {S::Building, S::Testing},
    {S::Building, S::Planned},        {S::Building, S::Cancelled},        {S::Testing, S::AwaitingSignOff},
    {S::Testing, S::Building},        {S::Testing, S::Cancelled},         {S::AwaitingSignOff, S::Approved},
    {S::AwaitingSignOff, S::Testing}, {S::AwaitingSignOff, S::Cancelled}, {S::Approved, S::Deploying},
    {S::Approved, S::Testing},        {S::Approved, S::Cancelled},        {S::Deploying, S::Deployed},
    {S::Deploying, S::RolledBack},    {S::Deployed, S::Reviewed},         {S::Deployed, S::RolledBack},
    {S::RolledBack, S::Reviewed},     {S::RolledBack, S::Planned},        {S::RolledBack, S::Cancelled},
};

} // namespace

QList<ReleaseStatus> ReleaseLifecycle::nextStatuses(ReleaseStatus from) {
    QList<ReleaseStatus> result;
    for (const auto &t : transitions) {
        if (t.from == from)
            result.append(t.to);
    }
    return result;
}

bool ReleaseLifecycle::canMove(ReleaseStatus from, ReleaseStatus to) {
    return nextStatuses(from).contains(to);
}

Result<void> ReleaseLifecycle::checkMove(ReleaseStatus from, ReleaseStatus to) {
    if (from == to)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("relm::ReleaseLifecycle", "The release is already %1.").arg(labelOf(to)));
    if (canMove(from, to))
        return {};
    QStringList allowed;
    for (ReleaseStatus s : nextStatuses(from))
        allowed.append(labelOf(s));
    const QString allowedText =
        allowed.isEmpty()
            ? QCoreApplication::translate("relm::ReleaseLifecycle", "none: %1 is a final status").arg(labelOf(from))
            : allowed.join(QLatin1String(", "));
    return makeError(
        ErrorCode::Invalid,
        QCoreApplication::translate("relm::ReleaseLifecycle", "A release cannot move from %1 to %2. Allowed next: %3.")
            .arg(labelOf(from), labelOf(to), allowedText));
}

bool ReleaseLifecycle::isFinal(ReleaseStatus status) {
    return nextStatuses(status).isEmpty();
}

bool ReleaseLifecycle::hasShipped(ReleaseStatus status) {
    return status == ReleaseStatus::Deployed || status == ReleaseStatus::Reviewed ||
           status == ReleaseStatus::RolledBack;
}

int ReleaseLifecycle::stage(ReleaseStatus status) {
    int index = 0;
    for (std::optional<ReleaseStatus> s = S::Draft; s; s = forwardStep(*s), ++index) {
        if (*s == status)
            return index;
    }
    return -1;
}

std::optional<ReleaseStatus> ReleaseLifecycle::forwardStep(ReleaseStatus from) {
    const auto next = nextStatuses(from);
    if (next.isEmpty() || next.first() == S::Cancelled)
        return std::nullopt;
    return next.first();
}

QString ReleaseLifecycle::actionLabel(ReleaseStatus to) {
    switch (to) {
    case S::Draft:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Return to draft");
    case S::Planned:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Mark as planned");
    case S::Building:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Start building");
    case S::Testing:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Start testing");
    case S::AwaitingSignOff:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Submit for sign-off");
    case S::Approved:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Approve");
    case S::Deploying:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Start deployment");
    case S::Deployed:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Mark as deployed");
    case S::Reviewed:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Mark as reviewed");
    case S::RolledBack:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Mark as rolled back");
    case S::Cancelled:
        return QCoreApplication::translate("relm::ReleaseLifecycle", "Cancel release");
    }
    return {};
}

} // namespace relm
