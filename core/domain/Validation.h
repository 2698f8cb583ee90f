#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "domain/ChangeWindow.h"
#include "domain/Component.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/NotesTemplate.h"
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
Result<void> check(const ChangeWindow &window);
Result<void> check(const CabMeeting &meeting);
Result<void> check(const PlanCalendar &calendar);
Result<void> check(const Risk &risk);
Result<void> check(const AcceptanceCriterion &criterion);
Result<void> check(const ReleasePolicy &policy);
Result<void> check(const Deployment &deployment);
Result<void> check(const RunbookStep &step);
Result<void> check(const KnownError &error);
Result<void> check(const ReleaseReview &review);
Result<void> check(const NotesTemplate &notesTemplate);
Result<void> check(const NotesBranding &branding);

/// The largest logo a document carries (bytes of PNG).
constexpr qsizetype maximumLogoBytes = 512 * 1024;

/// A name or title: one line of visible text, at most maxLength characters. Refused: nothing but
/// spaces or invisible characters, line breaks, control characters (terminal escapes) and the
/// invisible characters that reorder text (right-to-left overrides). `emptyMessage` says what needs it.
Result<void> checkName(const QString &value, const QString &emptyMessage, int maxLength = 200);
/// Free text (a description, notes): line breaks and tabs are fine, other control characters and
/// text-reordering characters are not. Empty is allowed unless `emptyMessage` is given.
Result<void> checkText(const QString &value, const QString &emptyMessage = {}, int maxLength = 20000);
/// Dates Relm plans with: from 1900-01-01 to 2199-12-31.
Result<void> checkDateInRange(const QDate &date, const QString &fieldLabel);

/// An IANA time zone id this machine knows (Europe/Berlin, UTC).
Result<void> checkTimeZone(const QByteArray &zone);

/// Parses an ISO 8601 date (YYYY-MM-DD) with a message naming the field on failure.
Result<QDate> parseDate(const QString &text, const QString &fieldLabel);
/// Parses a UTC date and time (YYYY-MM-DDTHH:MM, seconds optional, or a date alone for midnight),
/// refusing anything out of range, e.g. an hour of 25.
Result<QDateTime> parseUtcDateTime(const QString &text, const QString &fieldLabel);
} // namespace validation

} // namespace relm
