#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

namespace relm {
class Workspace;
}

namespace relm::test {

/// The invariants every state of a Relm database keeps, whatever was done to it and by which path:
/// - every schedule computes, so no dependency cycle is stored;
/// - the audit chain and every signature verify;
/// - every gate decision agrees with the package checker, the waivers and the signatures;
/// - task names are unique within a release;
/// - recorded deployment runs happened (not in the future), in order, without overlapping another
///   run to the same environment, and a success has its runbook settled;
/// - stored change windows are valid, and freeze overrides carry a reason and their giver's role;
/// - SQLite finds the file intact.
/// Written once; the model-based test and the unit tests call them. Each returns the broken
/// invariants in words, empty when all hold.
QStringList brokenInvariants(Workspace &workspace, const QDateTime &now);

/// The plans the write door keeps between changes give what a fresh read gives, for the releases
/// still worked on (reviewed ones are only read). Costly on a large portfolio: the model-based test
/// calls it after the steps that hand plans over (imports, undo and redo).
QStringList keptPlansDisagree(Workspace &workspace);

/// The status of every release, to tell afterwards which releases arrived at a gated status.
QHash<Id, ReleaseStatus> releaseStatuses(Workspace &workspace);
/// A release that moved forward into a gated status did so through its gate: the gate to that
/// status passes now (nothing else changed in between). `except` names releases a deployment run
/// moved on as an authorised emergency. Returns what broke, empty when nothing.
QStringList gatesBypassed(Workspace &workspace, const QHash<Id, ReleaseStatus> &before, const QDateTime &now,
                          const QList<Id> &except = {});

/// What each release that has shipped (deployed, reviewed or rolled back) holds: its packages'
/// version ids, sorted.
QHash<Id, QList<Id>> shippedContents(Workspace &workspace);
/// A release that had shipped before a step and still has after it holds what it held: nothing
/// added to or removed from its packages. Returns what changed, empty when nothing.
QStringList shippedContentsChanged(Workspace &workspace, const QHash<Id, QList<Id>> &before);

} // namespace relm::test
