#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "domain/Component.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Package.h"
#include "domain/Plan.h"
#include "domain/Release.h"
#include "domain/Risk.h"

namespace relm {

/// Field rules for each record, with messages a user can act on.
namespace validation {
Result<void> check(const Release &release);
Result<void> check(const Component &component);
Result<void> check(const ComponentVersion &version);
Result<void> check(const Person &person);
Result<void> check(const Environment &environment);
Result<void> check(const Package &package);
Result<void> check(const ChangeRequest &change);
Result<void> check(const PlanTask &task);
Result<void> check(const PlanLink &link);
Result<void> check(const PlanFreeze &freeze);
Result<void> check(const PlanCalendar &calendar);
Result<void> check(const Risk &risk);
Result<void> check(const AcceptanceCriterion &criterion);
Result<void> check(const ReleasePolicy &policy);
Result<void> check(const Deployment &deployment);
Result<void> check(const RunbookStep &step);
Result<void> check(const KnownError &error);
Result<void> check(const ReleaseReview &review);

/// Parses an ISO 8601 date (YYYY-MM-DD) with a message naming the field on failure.
Result<QDate> parseDate(const QString &text, const QString &fieldLabel);
} // namespace validation

} // namespace relm
