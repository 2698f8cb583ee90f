#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "notes/NotesBuilder.h"

#include <QDateTime>

namespace relm::notes {

/// What a roll-up covers: the deployments to one environment that ran after `from` (exclusive) up
/// to `to` (inclusive), times in UTC.
struct RollupRange {
    Id environmentId = 0;
    QDateTime from;
    QDateTime to;
};

/// The range from the start of `fromDay` to the end of `toDay` (UTC); refused when it runs backwards.
Result<RollupRange> rangeOfDays(Id environmentId, const QDate &fromDay, const QDate &toDay);
/// The range after deployment `first` up to and including deployment `last`, both to the same
/// environment and both run.
Result<RollupRange> rangeBetweenDeployments(Workspace &workspace, Id first, Id last);

/// What changed in an environment over the range, across every release deployed there, for
/// customers or service management (other audiences are refused), following that audience's
/// template (headings, references) and the organisation's look.
Result<NotesDocument> buildRollup(Workspace &workspace, const RollupRange &range, Audience audience,
                                  const QDate &today);

} // namespace relm::notes
