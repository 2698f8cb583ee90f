#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "domain/ChangeWindow.h"
#include "domain/Component.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Package.h"
#include "domain/Plan.h"
#include "domain/Release.h"
#include "domain/Risk.h"

#include <QHash>
#include <QJsonObject>

namespace relm {

class ChangeContext;

/// The rules that relate a record to the others in the database, checked by the record changes
/// inside their transaction, after the field rules (validation::check) and before the write. A
/// record kind without rules of its own passes. `stored` is the record as the database holds it
/// before the write, null when the record is being created.
namespace rules {

template<typename T>
Result<void> checkWrite(ChangeContext &, const T &, const T *) {
    return {};
}

/// Rules on removing a record (e.g. a deployment that ran is a fact and stays).
template<typename T>
Result<void> checkRemove(ChangeContext &, const T &) {
    return {};
}

template<>
Result<void> checkWrite<Release>(ChangeContext &context, const Release &release, const Release *stored);
template<>
Result<void> checkWrite<PlanTask>(ChangeContext &context, const PlanTask &task, const PlanTask *stored);
template<>
Result<void> checkWrite<PlanLink>(ChangeContext &context, const PlanLink &link, const PlanLink *stored);
template<>
Result<void> checkWrite<Risk>(ChangeContext &context, const Risk &risk, const Risk *stored);
template<>
Result<void> checkWrite<Deployment>(ChangeContext &context, const Deployment &deployment, const Deployment *stored);
template<>
Result<void> checkWrite<RunbookStep>(ChangeContext &context, const RunbookStep &step, const RunbookStep *stored);
template<>
Result<void> checkWrite<ChangeRequest>(ChangeContext &context, const ChangeRequest &change,
                                       const ChangeRequest *stored);
template<>
Result<void> checkRemove<ChangeRequest>(ChangeContext &context, const ChangeRequest &change);
template<>
Result<void> checkRemove<Deployment>(ChangeContext &context, const Deployment &deployment);

/// A release's list of change requests is history once the release is over (deployed, reviewed,
/// rolled back or cancelled): it says what went out. Linking to it or unlinking from it is refused.
/// `linking`: the change is being added to the release (else taken out of it, or deleted).
Result<void> checkChangeLink(ChangeContext &context, const ChangeRequest &change, Id releaseId, bool linking);

/// What a deployed, reviewed or rolled-back release shipped is on record: no component version goes
/// into or out of its packages any more (the demo, filling history, excepted).
Result<void> checkPackageContent(ChangeContext &context, Id releaseId, const QString &item, bool adding);
template<>
Result<void> checkRemove<RunbookStep>(ChangeContext &context, const RunbookStep &step);

/// Change calendar (CalendarRules.cpp): release managers and the change board keep the calendar;
/// loosening or removing a freeze takes the role that may override it, or the rule would be moot.
template<>
Result<void> checkWrite<ChangeWindow>(ChangeContext &context, const ChangeWindow &window, const ChangeWindow *stored);
template<>
Result<void> checkRemove<ChangeWindow>(ChangeContext &context, const ChangeWindow &window);
template<>
Result<void> checkWrite<CabMeeting>(ChangeContext &context, const CabMeeting &meeting, const CabMeeting *stored);
template<>
Result<void> checkRemove<CabMeeting>(ChangeContext &context, const CabMeeting &meeting);

/// Refuses removing what freeze overrides rest on (a window, or a planned deployment when
/// windowId is 0): the overrides would go with it, unrecorded. `what` names it in the message.
Result<void> requireNoOverrides(ChangeContext &context, Id windowId, Id deploymentId, const QString &what);

/// Refuses an edit, undo or redo when the record changed since the change last saw it: writing
/// over it would silently lose the other change. `expected` and `stored` are the records' JSON;
/// keys in `ignored` are not written by the edit (derived or kept elsewhere). With `labels`, the
/// message names the changed fields a person edits by their labels (and leaves out derived ones).
Result<void> unchangedSince(const QString &what, const QJsonObject &expected, const QJsonObject &stored,
                            const QStringList &ignored = {}, const QHash<QString, QString> &labels = {});

} // namespace rules

} // namespace relm
